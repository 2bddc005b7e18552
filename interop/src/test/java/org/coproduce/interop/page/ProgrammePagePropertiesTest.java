package org.coproduce.interop.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.coproduce.interop.schemaorg.SchemaOrg;
import org.coproduce.model.Conference;
import org.coproduce.model.LanguagePreference;
import org.coproduce.model.Participant;
import org.coproduce.model.Participation;
import org.coproduce.model.Programme;
import org.coproduce.model.Sector;
import org.coproduce.model.Session;
import org.coproduce.model.testing.ProgrammeGenerator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Properties of the page over generated programmes, of format 1.0 and 1.1, for readers with and
 * without preferred languages (each test is named by its seed, to replay):
 * the same programme gives the same page; the pictures' tables hold the model's answers (the
 * dated conferences and their visits, the sector mix of every conference and session, every
 * host, participation, representation and affiliation); everyone is named; every output is there;
 * the only script is the JSON-LD, equal to the export.
 */
class ProgrammePagePropertiesTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @TestFactory
  Stream<DynamicTest> showsWhatTheModelAnswersForEveryGeneratedProgramme() {
    return LongStream.range(0, 25).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      int size = (int) (seed * 11 % 90);
      Programme programme = generator(seed).programme(size);
      // Every other programme uses format 1.1; every third page is for a reader of Catalan
      // (ca-ES falls back to ca) or else Swedish.
      String[] languages = seed % 3 == 0 ? new String[] {"ca-ES", "sv"} : new String[0];
      PageOptions options = PageOptions.defaults().withLanguages(languages);
      String html = ProgrammePage.html(programme, options);
      assertThat(ProgrammePage.html(generator(seed).programme(size), options))
          .as("the page of an equal programme").isEqualTo(html);
      check(programme, programme.preferring(languages), Jsoup.parse(html));
    }));
  }

  static ProgrammeGenerator generator(long seed) {
    ProgrammeGenerator generator = new ProgrammeGenerator(seed);
    return seed % 2 == 0 ? generator.withFormat11() : generator;
  }

  private static void check(Programme programme, LanguagePreference reader, Document page) {
    assertThat(page.select("script")).singleElement().satisfies(script ->
        assertThat(MAPPER.readTree(script.data()))
            .isEqualTo(SchemaOrg.tree(programme, SchemaOrg.DEFAULT_BASE)));

    List<String> timeline = new ArrayList<>();
    List<List<String>> mix = new ArrayList<>();
    int links = 0;
    for (Conference conference : programme.conferencesByDate()) {
      if (conference.dates().isPresent()) {
        timeline.add(shown(conference.name(reader).text()));
        programme.visitsTo(conference.id())
            .forEach(v -> timeline.add(shown(v.title(reader).text())));
      }
      mix.add(mixRow(conference.name(reader).text(), programme.sectorMix(conference.id())));
      for (Session session : conference.sessions()) {
        mix.add(mixRow(session.title(reader).text(),
            programme.sectorMix(conference.id(), session.id())));
      }
      links += conference.hosts().size() + conference.participations().size();
      links += (int) conference.participations().stream()
          .filter(p -> p.representing().isPresent()).count();
    }
    for (Participant participant : programme.participants()) {
      links += participant.affiliations().size();
    }

    Element timelineTable = page.selectFirst("#timeline-figure table");
    if (timeline.isEmpty()) {
      assertThat(timelineTable).isNull();
    } else {
      assertThat(ProgrammePageTest.rows(timelineTable).stream().map(r -> r.get(0)))
          .containsExactlyElementsOf(timeline);
    }
    if (!programme.conferences().isEmpty()) {
      assertThat(ProgrammePageTest.rows(page.selectFirst("#sector-mix-figure table")))
          .containsExactlyElementsOf(mix);
    }
    Element network = page.selectFirst("#network-section table");
    assertThat(network == null ? 0 : ProgrammePageTest.rows(network).size())
        .as("rows of the network's table").isEqualTo(links);

    String text = page.text();
    for (Participant participant : programme.participants()) {
      assertThat(text).contains(shown(participant.name()));
    }
    assertThat(page.select("#outputs article").eachAttr("id")).containsExactlyElementsOf(
        programme.outputs().stream().map(o -> "outputs/" + o.id()).toList());
    for (Participation participation : programme.conferences().stream()
        .flatMap(c -> c.participations().stream()).toList()) {
      assertThat(page.getElementById("participants/" + participation.participant())).isNotNull();
    }
  }

  private static List<String> mixRow(String name, Map<Sector, Integer> mix) {
    List<String> row = new ArrayList<>();
    row.add(shown(name));
    int all = 0;
    for (Sector sector : Sector.values()) {
      int count = mix.getOrDefault(sector, 0);
      row.add(Integer.toString(count));
      all += count;
    }
    row.add(Integer.toString(all));
    return row;
  }

  /**
   * The text as jsoup reads it off the page: forbidden code points replaced, white space
   * collapsed, invisible characters (zero-width space, soft hyphen) left out.
   */
  private static String shown(String text) {
    return new Element("p").text(Clean.text(text)).text();
  }
}
