package org.coproduce.interop.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coproduce.interop.ArticleProgramme;
import org.coproduce.interop.schemaorg.SchemaOrg;
import org.coproduce.model.Conference;
import org.coproduce.model.DateRange;
import org.coproduce.model.PartialDate;
import org.coproduce.model.Programme;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The article's page holds the article's facts, in the order and shape a reader relies on. */
class ProgrammePageTest {
  private static Programme programme;
  private static String html;
  private static Document page;

  @BeforeAll
  static void makePage() {
    programme = ArticleProgramme.programme();
    html = ProgrammePage.html(programme);
    page = Jsoup.parse(html);
  }

  @Test
  void namesTheProgrammeAndItsLeadFunderThemeAndHashtag() {
    assertThat(page.title()).isEqualTo("Realising Just Cities");
    assertThat(page.select("h1").text()).isEqualTo("Realising Just Cities");
    assertThat(page.select("header dl").text()).isEqualTo("Led by Mistra Urban Futures"
        + " Funded by Mistra Themes co-production Hashtags #CoProduceGM");
  }

  @Test
  void listsTheOrganisationsBySector() {
    Element section = page.getElementById("organisations");
    assertThat(section.select("h3").eachText())
        .containsExactly("Public", "Academic", "Community", "Voluntary");
    assertThat(section.select("h3:contains(Public) + ul > li").eachText()).containsExactly(
        "Greater Manchester Combined Authority (GMCA)",
        "International Observatory for Participatory Democracy (IOPD)");
    assertThat(page.getElementById("organisations/jam-and-justice-arc").text()).isEqualTo(
        "Jam and Justice Action Research Collective (Action Research Collective),"
            + " part of Jam and Justice");
  }

  @Test
  void showsTheConferencesInDateOrderWithStrandsSessionsAndRoles() {
    Elements conferences = page.select("#conferences > article");
    assertThat(conferences.eachAttr("id")).containsExactly(
        "conferences/rjc-conference-2018", "conferences/iopd-conference-2018");
    Element barcelona = conferences.get(1);
    assertThat(barcelona.select("dl.facts").first().text()).isEqualTo("When November 2018"
        + " Where Barcelona, ES Hosted by International Observatory for Participatory Democracy");
    assertThat(barcelona.select("time").attr("datetime")).isEqualTo("2018-11");
    assertThat(barcelona.select("h4 + ul li").eachText()).containsExactly("Direct democracy",
        "Citizen initiative", "Ecosystems of inclusive democracy");
    assertThat(barcelona.select(".session h5").text()).isEqualTo("Co-producing the city");
    assertThat(rows(barcelona.selectFirst("table"))).containsExactly(
        List.of("Beth Perry", "facilitator", "Co-producing the city", ""),
        List.of("Bertie Russell", "facilitator", "Co-producing the city", ""),
        List.of("Alice Toomer-McAlpine", "facilitator", "Co-producing the city", ""),
        List.of("Katie Finney", "facilitator", "Co-producing the city", ""),
        List.of("David Rogerson", "observer", "the whole conference", ""));
    assertThat(rows(conferences.get(0).selectFirst("table"))).containsExactly(
        List.of("David Rogerson", "observer", "the whole conference", ""),
        List.of("Katie Finney", "delegate", "the whole conference",
            "Jam and Justice Action Research Collective"));
  }

  @Test
  void showsTheVisitsWithTheirTravellersAndFunders() {
    assertThat(page.getElementById("visits/visit-to-cape-town").select("dl").text())
        .isEqualTo("To Realising Just Cities conference 2018 From Greater Manchester, GB"
            + " Travellers David Rogerson, Katie Finney");
    assertThat(page.getElementById("visits/visit-to-barcelona").select("dl").text())
        .endsWith("Travellers Beth Perry, Bertie Russell, Alice Toomer-McAlpine, Katie Finney,"
            + " David Rogerson Funded by Mistra");
  }

  @Test
  void quotesTheSpeakersVerbatimInTheirLanguage() {
    Elements quotes = page.select("#quotes figure");
    assertThat(quotes).hasSize(2);
    for (int i = 0; i < 2; i++) {
      assertThat(quotes.get(i).select("blockquote p").text())
          .isEqualTo(programme.quotes().get(i).text());
      assertThat(quotes.get(i).select("blockquote p").attr("lang")).isEqualTo("en");
    }
    assertThat(quotes.get(1).select("figcaption").text()).isEqualTo("\u2014 Katie Finney, 2018");
  }

  @Test
  void embedsTheSchemaOrgDocument() {
    assertThat(page.select("script[type=application/ld+json]")).singleElement().satisfies(s ->
        assertThat(JsonMapper.builder().build().readTree(s.data()))
            .isEqualTo(SchemaOrg.tree(programme, SchemaOrg.DEFAULT_BASE)));
    String base = "https://rjc.example.org/";
    Document withBase = Jsoup.parse(ProgrammePage.html(programme,
        PageOptions.defaults().withBase(URI.create(base))));
    assertThat(withBase.select("script").first().data()).contains(base + "organisations/gmca");
  }

  @Test
  void drawsADateKnownToTheYearOrMonthAsTheSpanItCovers() {
    Elements bars = page.select("#timeline g > rect");
    assertThat(bars).hasSize(4);
    double plot = Timeline.WIDTH - 16 - 250;
    // 2018: the whole of the one year on the axis.
    assertThat(number(bars.get(0), "x")).isEqualTo(250);
    assertThat(number(bars.get(0), "width")).isCloseTo(plot, offset(0.1));
    // November 2018: its 30 days, from day 304 of the year on.
    assertThat(number(bars.get(2), "x")).isCloseTo(250 + plot * 304 / 365, offset(0.1));
    assertThat(number(bars.get(2), "width")).isCloseTo(plot * 30 / 365, offset(0.1));
    // The visits are drawn over their conferences' dates.
    assertThat(number(bars.get(1), "width")).isCloseTo(plot, offset(0.1));
    assertThat(number(bars.get(3), "width")).isCloseTo(plot * 30 / 365, offset(0.1));
  }

  @Test
  void labelsAFewYearsOnATimelineOfMillennia() {
    Programme longAgo = Programme.builder().id("ages").name("Ages")
        .addConference(Conference.builder().id("first").name("First")
            .dates(DateRange.of(PartialDate.ofYear(1))).build())
        .addConference(Conference.builder().id("last").name("Last")
            .dates(DateRange.of(PartialDate.ofYear(9999))).build())
        .build();
    Element timeline = Jsoup.parse(ProgrammePage.html(longAgo)).getElementById("timeline");
    assertThat(timeline.select("> text").eachText())
        .containsExactly("1", "1001", "2001", "3001", "4001", "5001", "6001", "7001", "8001",
            "9001");
    assertThat(timeline.select("g > rect")).hasSize(2);
  }

  @Test
  void drawsTheSectorMixThatTheModelGives() {
    List<List<String>> rows = rows(page.select("#sector-mix-figure table").first());
    assertThat(rows).containsExactly(
        List.of("Realising Just Cities conference 2018", "1", "0", "1", "0", "0", "2"),
        List.of("Field trips", "0", "0", "0", "0", "0", "0"),
        List.of("International Observatory for Participatory Democracy conference 2018",
            "1", "2", "2", "0", "0", "5"),
        List.of("Co-producing the city", "0", "2", "2", "0", "0", "4"));
    assertThat(page.select("#sector-mix text[fill=" + Palette.PAPER + "]").eachText())
        .containsExactly("1", "1", "1", "2", "2", "2", "2");
  }

  @Test
  void drawsTheNetworkOfWhoTookPartWhere() {
    assertThat(page.select("#network circle")).hasSize(5);
    assertThat(page.select("#network g > rect")).hasSize(6);
    assertThat(page.select("#network polygon")).hasSize(2);
    // Two hosts, seven participations, one of them on behalf of an organisation, five affiliations.
    assertThat(rows(page.select("#network-figure table").first())).hasSize(15).contains(
        List.of("International Observatory for Participatory Democracy",
            "International Observatory for Participatory Democracy conference 2018", "hosted"),
        List.of("Katie Finney", "Jam and Justice Action Research Collective",
            "represented it at Realising Just Cities conference 2018"),
        List.of("Beth Perry", "International Observatory for Participatory Democracy"
            + " conference 2018", "facilitator in Co-producing the city"),
        List.of("David Rogerson", "Greater Manchester Combined Authority",
            "affiliated: Strategist"));
  }

  @Test
  void givesTheSamePageForTheSameProgramme() {
    assertThat(ProgrammePage.html(ArticleProgramme.programme())).isEqualTo(html);
  }

  @Test
  void needsNothingFromOutsideThePage() {
    assertThat(page.select("[src], link, iframe, object, embed, img, base")).isEmpty();
    assertThat(page.select("a[href]")).isEmpty(); // the article's programme holds no URL
    assertThat(page.select("style").html()).doesNotContain("url(").doesNotContain("@import");
  }

  @Test
  void givesEveryPictureATitleADescriptionAndATable() {
    for (Element svg : page.select("svg")) {
      assertThat(svg.attr("role")).isEqualTo("img");
      assertThat(page.getElementById(svg.attr("aria-labelledby")).text()).isNotBlank();
      assertThat(page.getElementById(svg.attr("aria-describedby")).text()).isNotBlank();
      assertThat(svg.parent().select("table > caption").text()).isNotBlank();
    }
    assertThat(page.select("svg")).hasSize(3);
  }

  @Test
  void keepsItsHeadingsInOrder() {
    int level = 0;
    for (Element heading : page.select("h1, h2, h3, h4, h5, h6")) {
      int next = heading.tagName().charAt(1) - '0';
      assertThat(next).as("<%s>%s after a level %d", heading.tagName(), heading.text(), level)
          .isLessThanOrEqualTo(level + 1);
      level = next;
    }
    assertThat(page.select("h1")).hasSize(1);
    assertThat(page.select("table")).allSatisfy(t -> {
      assertThat(t.select("> caption").text()).isNotBlank();
      assertThat(t.select("th").eachAttr("scope")).doesNotContain("");
    });
  }

  @Test
  void writesTheSamePageToAWriterAndToAFile(@TempDir Path dir) throws Exception {
    StringWriter out = new StringWriter();
    ProgrammePage.write(programme, PageOptions.defaults(), out);
    assertThat(out.toString()).isEqualTo(html);
    Path file = dir.resolve("page.html");
    ProgrammePage.write(programme, PageOptions.defaults(), file);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(html);
  }

  @Test
  void leavesOutWhatAProgrammeWithNothingButANameLacks() {
    Document bare = Jsoup.parse(ProgrammePage.html(
        Programme.builder().id("bare").name("Bare").build()));
    assertThat(bare.select("h2").eachText()).containsExactly("Timeline");
    assertThat(bare.select("svg")).isEmpty();
    assertThat(bare.select("header dl")).isEmpty();
  }

  @Test
  void refusesNullsAndMalformedLanguagesByName() {
    assertThatThrownBy(() -> ProgrammePage.html(null))
        .isInstanceOf(NullPointerException.class).hasMessage("programme");
    assertThatThrownBy(() -> ProgrammePage.html(programme, null))
        .isInstanceOf(NullPointerException.class).hasMessage("options");
    assertThatThrownBy(() -> ProgrammePage.write(programme, PageOptions.defaults(), (Path) null))
        .isInstanceOf(NullPointerException.class).hasMessage("file");
    assertThatThrownBy(() -> PageOptions.defaults().withLanguages("en", "not a range"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("languages[1]: \"not a range\" is not a well-formed BCP 47 language range");
    assertThat(PageOptions.defaults().withLanguages("ca-ES", "*").languages())
        .containsExactly("ca-ES", "*");
  }

  private static double number(Element element, String attribute) {
    return Double.parseDouble(element.attr(attribute));
  }

  static List<List<String>> rows(Element table) {
    return table.select("tbody tr").stream()
        .map(row -> row.select("th, td").stream().map(Element::text).toList()).toList();
  }
}
