package org.coproduce.interop.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.coproduce.interop.ExportOptions;
import org.coproduce.interop.internal.Names;
import org.coproduce.interop.internal.TranslatedText;
import org.coproduce.model.Conference;
import org.coproduce.model.DateRange;
import org.coproduce.model.Output;
import org.coproduce.model.Participant;
import org.coproduce.model.Programme;
import org.coproduce.model.Visit;
import org.coproduce.model.testing.ProgrammeGenerator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Over generated programmes (each test named by its seed, to replay with {@code new
 * ProgrammeGenerator(seed)}): the tables, read back by the test's own RFC 4180 reader, hold every
 * item and relation of the programme, in order, with keys that resolve.
 */
class CsvTablesPropertiesTest {
  @TestFactory
  Stream<DynamicTest> tablesHoldEveryItemAndRelation() {
    return LongStream.range(0, 50).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      ProgrammeGenerator generator = new ProgrammeGenerator(seed);
      // Odd seeds use what format 1.1 adds: outputs, translations, the programme's language.
      Programme programme = (seed % 2 == 0 ? generator : generator.withFormat11())
          .programme((int) (seed * 7 % 120));
      check(programme, new Tables(
          CsvTables.tables(programme, ExportOptions.defaults()).output(), true));
      check(programme, new Tables(CsvTables.tables(
          programme, ExportOptions.defaults().withSpreadsheetSafe(false)).output(), false));
      // In a preferred language (one the programme has, where it has any), no text is lost.
      String language = TranslatedText.of(programme).stream()
          .flatMap(text -> text.translations().keySet().stream()).findFirst().orElse("es");
      noTextLost(programme, new Tables(CsvTables.tables(
          programme, ExportOptions.defaults().withLanguage(language)).output(), true));
    }));
  }

  /**
   * Each translated text, in every language, is either in its item's cell or a row of the
   * translations table, once.
   */
  private static void noTextLost(Programme p, Tables t) {
    for (TranslatedText text : TranslatedText.of(p)) {
      List<String> expected = new ArrayList<>();
      expected.add(text.language().orElse("") + "|" + text.original());
      text.translations().forEach((tag, translated) -> expected.add(tag + "|" + translated));
      String item = text.table() + "|" + text.conferenceId() + "|" + text.id() + "|"
          + text.column();
      List<String> found = new ArrayList<>(t.column("translations",
          "table", "conference_id", "id", "column", "language", "text").stream()
          .filter(row -> row.startsWith(item + "|"))
          .map(row -> row.substring(item.length() + 1)).toList());
      List<Map<String, String>> rows = t.rows(text.table()).stream()
          .filter(row -> row.getOrDefault("id", "").equals(text.id())
              // Only strands and sessions are keyed by their conference too.
              && (text.conferenceId().isEmpty()
                  || row.get("conference_id").equals(text.conferenceId())))
          .toList();
      assertThat(rows).as("the row of %s", item).hasSize(1);
      String shown = rows.get(0).get(text.column());
      // The cell shows the original or one translation; its language is the one not listed.
      List<String> listedLanguages = found.stream().map(f -> f.substring(0, f.indexOf('|')))
          .toList();
      String shownLanguage = expected.stream().map(e -> e.substring(0, e.indexOf('|')))
          .filter(l -> !listedLanguages.contains(l)).findFirst().orElse("?");
      found.add(shownLanguage + "|" + shown);
      assertThat(found).as("%s in every language", item)
          .containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  private static void check(Programme p, Tables t) {
    String id = p.id();
    assertThat(t.column("programme", "id", "name", "summary", "language"))
        .containsExactly(id + "|" + p.name() + "|" + text(p.summary()) + "|"
            + text(p.language()));
    assertThat(t.column("programme", "start", "end"))
        .containsExactly(text(p.period().map(DateRange::start)) + "|"
            + text(p.period().flatMap(DateRange::end)));
    assertThat(t.column("programme_leads", "organisation_id")).isEqualTo(p.leads());
    assertThat(t.column("programme_funders", "organisation_id")).isEqualTo(p.funders());
    assertThat(t.column("programme_themes", "theme")).isEqualTo(p.themes());
    assertThat(t.column("programme_hashtags", "hashtag")).isEqualTo(p.hashtags());
    assertThat(t.column("programme_sdgs", "sdg"))
        .isEqualTo(p.sdgs().stream().map(String::valueOf).toList());
    for (String relation : List.of("programme_leads", "programme_funders", "programme_themes",
        "programme_hashtags", "programme_sdgs")) {
      assertThat(t.column(relation, "programme_id")).allMatch(id::equals);
    }

    assertThat(t.column("organisations", "id", "name", "short_name", "sector", "parent_id"))
        .isEqualTo(map(p.organisations(), o -> o.id() + "|" + o.name() + "|"
            + text(o.shortName()) + "|" + Names.of(o.sector()) + "|" + text(o.parent())));
    assertThat(t.column("participants", "id", "name", "sector", "url"))
        .isEqualTo(map(p.participants(), x -> x.id() + "|" + x.name() + "|"
            + text(x.sector()) + "|" + text(x.url())));
    List<String> affiliations = new ArrayList<>();
    for (Participant x : p.participants()) {
      x.affiliations().forEach(a -> affiliations.add(x.id() + "|" + a.organisation() + "|"
          + text(a.title()) + "|" + text(a.period().map(DateRange::start))));
    }
    assertThat(t.column("affiliations", "participant_id", "organisation_id", "title", "start"))
        .isEqualTo(affiliations);

    assertThat(t.column("conferences", "id", "name", "country", "start", "end", "url"))
        .isEqualTo(map(p.conferences(), c -> c.id() + "|" + c.name() + "|"
            + text(c.place().map(pl -> pl.country())) + "|"
            + text(c.dates().map(DateRange::start)) + "|"
            + text(c.dates().flatMap(DateRange::end)) + "|" + text(c.url())));
    List<String> hosts = new ArrayList<>();
    List<String> themes = new ArrayList<>();
    List<String> strands = new ArrayList<>();
    List<String> sessions = new ArrayList<>();
    List<String> participations = new ArrayList<>();
    for (Conference c : p.conferences()) {
      c.hosts().forEach(h -> hosts.add(c.id() + "|" + h));
      c.themes().forEach(h -> themes.add(c.id() + "|" + h));
      c.strands().forEach(s -> strands.add(c.id() + "|" + s.id() + "|" + s.title() + "|"
          + text(s.summary())));
      c.sessions().forEach(s -> sessions.add(c.id() + "|" + s.id() + "|" + s.title() + "|"
          + Names.of(s.kind()) + "|" + text(s.strand()) + "|" + text(s.date()) + "|"
          + text(s.summary())));
      c.participations().forEach(x -> participations.add(c.id() + "|" + x.participant() + "|"
          + Names.of(x.role()) + "|" + text(x.session()) + "|" + text(x.representing())));
    }
    assertThat(t.column("conference_hosts", "conference_id", "organisation_id")).isEqualTo(hosts);
    assertThat(t.column("conference_themes", "conference_id", "theme")).isEqualTo(themes);
    assertThat(t.column("strands", "conference_id", "id", "title", "summary")).isEqualTo(strands);
    assertThat(t.column("sessions",
        "conference_id", "id", "title", "kind", "strand_id", "date", "summary"))
        .isEqualTo(sessions);
    assertThat(t.column("participations",
        "conference_id", "participant_id", "role", "session_id", "representing_id"))
        .isEqualTo(participations);

    assertThat(t.column("visits", "id", "title", "conference_id", "origin", "summary"))
        .isEqualTo(map(p.visits(), v -> v.id() + "|" + v.title() + "|" + v.conference() + "|"
            + text(v.origin().map(o -> o.name())) + "|" + text(v.summary())));
    List<String> travellers = new ArrayList<>();
    List<String> funders = new ArrayList<>();
    for (Visit v : p.visits()) {
      v.participants().forEach(x -> travellers.add(v.id() + "|" + x));
      v.funders().forEach(x -> funders.add(v.id() + "|" + x));
    }
    assertThat(t.column("visit_travellers", "visit_id", "participant_id")).isEqualTo(travellers);
    assertThat(t.column("visit_funders", "visit_id", "organisation_id")).isEqualTo(funders);
    assertThat(t.column("quotes", "id", "speaker_id", "text", "language", "said", "conference_id"))
        .isEqualTo(map(p.quotes(), q -> q.id() + "|" + q.speaker() + "|" + q.text() + "|"
            + text(q.language()) + "|" + text(q.said()) + "|" + text(q.conference())));

    List<String> outputs = new ArrayList<>();
    List<String> authors = new ArrayList<>();
    List<String> credited = new ArrayList<>();
    List<String> about = new ArrayList<>();
    for (Output o : p.outputs()) {
      outputs.add(o.id() + "|" + o.title() + "|" + Names.of(o.kind()) + "|" + text(o.published())
          + "|" + text(o.url()) + "|" + text(o.language()) + "|" + text(o.summary()));
      o.authors().forEach(a -> authors.add(o.id() + "|" + a));
      o.organisations().forEach(a -> credited.add(o.id() + "|" + a));
      o.conferences().forEach(a -> about.add(o.id() + "|conference|" + a));
      o.visits().forEach(a -> about.add(o.id() + "|visit|" + a));
    }
    assertThat(t.column("outputs", "id", "title", "kind", "published", "url", "language",
        "summary")).isEqualTo(outputs);
    assertThat(t.column("output_authors", "output_id", "participant_id")).isEqualTo(authors);
    assertThat(t.column("output_organisations", "output_id", "organisation_id"))
        .isEqualTo(credited);
    List<String> named = new ArrayList<>();
    t.column("output_conferences", "output_id", "conference_id")
        .forEach(r -> named.add(r.replace("|", "|conference|")));
    t.column("output_visits", "output_id", "visit_id")
        .forEach(r -> named.add(r.replace("|", "|visit|")));
    assertThat(named).containsExactlyInAnyOrderElementsOf(about);

    // Without a preferred language, the tables show the originals and every translation is a row.
    List<String> translations = new ArrayList<>();
    for (TranslatedText text : TranslatedText.of(p)) {
      text.translations().forEach((tag, translated) -> translations.add(text.table() + "|"
          + text.conferenceId() + "|" + text.id() + "|" + text.column() + "|" + tag + "|false|"
          + translated));
    }
    assertThat(t.column("translations", "table", "conference_id", "id", "column", "language",
        "original", "text")).isEqualTo(translations);
    keysResolve(t);
  }

  /** Every id a relation names is a key of the table it refers to, read from the tables alone. */
  private static void keysResolve(Tables t) {
    Set<String> organisations = new HashSet<>(t.column("organisations", "id"));
    Set<String> participants = new HashSet<>(t.column("participants", "id"));
    Set<String> conferences = new HashSet<>(t.column("conferences", "id"));
    Set<String> visits = new HashSet<>(t.column("visits", "id"));
    Set<String> strands = new HashSet<>(t.column("strands", "conference_id", "id"));
    Set<String> sessions = new HashSet<>(t.column("sessions", "conference_id", "id"));
    assertThat(organisations).hasSameSizeAs(t.rows("organisations"));
    assertThat(sessions).as("sessions are keyed by conference and id")
        .hasSameSizeAs(t.rows("sessions"));
    assertThat(strands).hasSameSizeAs(t.rows("strands"));
    assertThat(organisations).containsAll(t.column("programme_leads", "organisation_id"))
        .containsAll(t.column("programme_funders", "organisation_id"))
        .containsAll(t.column("affiliations", "organisation_id"))
        .containsAll(t.column("conference_hosts", "organisation_id"))
        .containsAll(t.column("visit_funders", "organisation_id"))
        .containsAll(nonEmpty(t.column("organisations", "parent_id")))
        .containsAll(nonEmpty(t.column("participations", "representing_id")));
    assertThat(participants).containsAll(t.column("affiliations", "participant_id"))
        .containsAll(t.column("participations", "participant_id"))
        .containsAll(t.column("visit_travellers", "participant_id"))
        .containsAll(t.column("quotes", "speaker_id"))
        .containsAll(t.column("output_authors", "participant_id"));
    assertThat(organisations).containsAll(t.column("output_organisations", "organisation_id"));
    assertThat(conferences).containsAll(t.column("output_conferences", "conference_id"));
    assertThat(visits).containsAll(t.column("output_visits", "visit_id"));
    Set<String> outputs = new HashSet<>(t.column("outputs", "id"));
    assertThat(outputs).hasSameSizeAs(t.rows("outputs"))
        .containsAll(t.column("output_authors", "output_id"))
        .containsAll(t.column("output_organisations", "output_id"))
        .containsAll(t.column("output_conferences", "output_id"))
        .containsAll(t.column("output_visits", "output_id"));
    assertThat(conferences).containsAll(t.column("strands", "conference_id"))
        .containsAll(t.column("sessions", "conference_id"))
        .containsAll(t.column("participations", "conference_id"))
        .containsAll(t.column("visits", "conference_id"))
        .containsAll(nonEmpty(t.column("quotes", "conference_id")));
    assertThat(visits).containsAll(t.column("visit_travellers", "visit_id"))
        .containsAll(t.column("visit_funders", "visit_id"));
    for (var row : t.rows("sessions")) {
      if (!row.get("strand_id").isEmpty()) {
        assertThat(strands).contains(row.get("conference_id") + "|" + row.get("strand_id"));
      }
    }
    for (var row : t.rows("participations")) {
      if (!row.get("session_id").isEmpty()) {
        assertThat(sessions).contains(row.get("conference_id") + "|" + row.get("session_id"));
      }
    }
  }

  private static List<String> nonEmpty(List<String> values) {
    return values.stream().filter(v -> !v.isEmpty()).toList();
  }

  private static <T> List<String> map(List<T> items, Function<T, String> row) {
    return items.stream().map(row).toList();
  }

  private static String text(Optional<?> value) {
    return value.map(v -> v instanceof Enum<?> e ? Names.of(e) : v.toString()).orElse("");
  }
}
