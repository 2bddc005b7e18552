package org.coproduce.interop.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.coproduce.model.Conference;
import org.coproduce.model.Organisation;
import org.coproduce.model.Output;
import org.coproduce.model.OutputKind;
import org.coproduce.model.OutputTranslation;
import org.coproduce.model.Participant;
import org.coproduce.model.PartialDate;
import org.coproduce.model.Place;
import org.coproduce.model.PlaceTranslation;
import org.coproduce.model.Programme;
import org.coproduce.model.ProgrammeTranslation;
import org.coproduce.model.Quote;
import org.coproduce.model.QuoteTranslation;
import org.coproduce.model.Sector;
import org.coproduce.model.Session;
import org.coproduce.model.SessionKind;
import org.coproduce.model.Visit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** The export of what format 1.1 adds: languages, translations and outputs. */
class SchemaOrgLanguagesTest {
  private static final URI BASE = URI.create("https://streets.example.org/");

  private static Programme.Builder minimal() {
    return Programme.builder().id("p").name("Streets in Common")
        .addOrganisation(Organisation.builder().id("o").name("O").sector(Sector.PUBLIC).build())
        .addParticipant(Participant.builder().id("marta").name("Marta").build())
        .addParticipant(Participant.builder().id("joan").name("Joan").build())
        .addConference(Conference.builder().id("forum").name("Forum").build())
        .addConference(Conference.builder().id("summit").name("Summit").build());
  }

  private static JsonNode node(Programme programme, String id) {
    for (JsonNode node : SchemaOrg.tree(programme, BASE).get("@graph")) {
      if (node.get("@id").stringValue().equals(BASE + id)) {
        return node;
      }
    }
    throw new AssertionError("no node " + id);
  }

  private static List<String> ids(JsonNode array) {
    List<String> ids = new ArrayList<>();
    array.forEach(n -> ids.add(n.get("@id").stringValue().substring(BASE.toString().length())));
    return ids;
  }

  /** A language-tagged value, as "text@tag"; a plain string as itself. */
  private static List<String> values(JsonNode value) {
    List<String> values = new ArrayList<>();
    value.forEach(v -> values.add(v.isString() ? v.stringValue()
        : v.get("@value").stringValue() + "@" + v.get("@language").stringValue()));
    return values;
  }

  @Test
  void translatedTextIsTheOriginalInItsLanguageThenEachTranslationTagged() {
    Programme programme = minimal().language("en")
        .summary("Who shares the street")
        .putTranslation("ca", ProgrammeTranslation.builder().name("Carrers en Comú").build())
        .putTranslation("es", ProgrammeTranslation.builder().name("Calles en Común").build())
        .build();
    JsonNode project = node(programme, "programmes/p");
    assertThat(values(project.get("name"))).containsExactly("Streets in Common@en",
        "Carrers en Comú@ca", "Calles en Común@es");
    // A text that no translation gives stays a plain string.
    assertThat(project.get("description").stringValue()).isEqualTo("Who shares the street");
  }

  @Test
  void anOriginalOfUnknownLanguageIsAPlainStringBeforeTheTaggedTranslations() {
    Programme programme = minimal()
        .putTranslation("ca", ProgrammeTranslation.builder().name("Carrers en Comú").build())
        .build();
    assertThat(values(node(programme, "programmes/p").get("name")))
        .containsExactly("Streets in Common", "Carrers en Comú@ca");
  }

  @Test
  void aPlacesNameAndRegionCarryTheirTranslations() {
    Place cape = Place.builder().name("Cape Town").region("Western Cape").country("ZA")
        .putTranslation("ca", PlaceTranslation.builder().name("Ciutat del Cap").build())
        .build();
    Programme programme = minimal().language("en")
        .addOrganisation(Organisation.builder().id("u").name("U").sector(Sector.ACADEMIC)
            .place(cape).build())
        .build();
    JsonNode place = node(programme, "organisations/u").get("location");
    assertThat(values(place.get("name"))).containsExactly("Cape Town@en", "Ciutat del Cap@ca");
    assertThat(values(place.at("/address/addressLocality")))
        .containsExactly("Cape Town@en", "Ciutat del Cap@ca");
    assertThat(place.at("/address/addressRegion").stringValue()).isEqualTo("Western Cape");
  }

  @Test
  void aQuoteIsInItsOwnLanguageElseTheProgrammes() {
    Programme programme = minimal().language("en")
        .addQuote(Quote.builder().id("q1").speaker("marta").text("Els carrers són nostres")
            .language("ca")
            .putTranslation("en", QuoteTranslation.builder().text("The streets are ours").build())
            .build())
        .addQuote(Quote.builder().id("q2").speaker("joan").text("Streets for people").build())
        .build();
    JsonNode own = node(programme, "quotes/q1");
    assertThat(values(own.get("text")))
        .containsExactly("Els carrers són nostres@ca", "The streets are ours@en");
    assertThat(own.get("inLanguage").stringValue()).isEqualTo("ca");
    JsonNode other = node(programme, "quotes/q2");
    assertThat(other.get("text").stringValue()).isEqualTo("Streets for people");
    assertThat(other.get("inLanguage").stringValue()).isEqualTo("en");
  }

  @Test
  void aSessionIsInTheLanguageItIsHeldIn() {
    Programme programme = minimal().language("en")
        .conferences(List.of(Conference.builder().id("forum").name("Forum")
            .addSession(Session.builder().id("lab").title("Street lab").kind(SessionKind.WORKSHOP)
                .language("ca").build())
            .addSession(Session.builder().id("walk").title("Walk").kind(SessionKind.FIELD_TRIP)
                .build())
            .build()))
        .build();
    assertThat(node(programme, "conferences/forum").at("/subEvent/0/inLanguage").stringValue())
        .isEqualTo("ca");
    // The programme's language is that of its text, not of the sessions held.
    assertThat(node(programme, "conferences/forum").at("/subEvent/1").has("inLanguage"))
        .isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "REPORT, Report", "ARTICLE, Article", "BLOG_POST, BlogPosting",
    "SOCIAL_POST, SocialMediaPosting", "PRESENTATION, PresentationDigitalDocument",
    "VIDEO, VideoObject", "PODCAST, PodcastEpisode", "DATASET, Dataset",
    "TOOLKIT, CreativeWork", "OTHER, CreativeWork"
  })
  void anOutputIsACreativeWorkOfTheFittingType(OutputKind kind, String type) {
    Programme programme = minimal()
        .addOutput(Output.builder().id("out").title("Out").kind(kind).build())
        .build();
    assertThat(node(programme, "outputs/out").get("@type").stringValue()).isEqualTo(type);
  }

  @Test
  void anOutputHasItsAuthorsWhatItIsAboutAndWhenAndWhereItWasPublished() {
    Programme programme = minimal().language("en")
        .addVisit(Visit.builder().id("to-summit").title("To the summit").conference("summit")
            .build())
        .addVisit(Visit.builder().id("to-forum").title("To the forum").conference("forum")
            .build())
        .addOutput(Output.builder().id("report").title("What the forum learnt")
            .kind(OutputKind.REPORT).addAuthors("marta", "joan").addOrganisation("o")
            .addConference("forum").addVisits("to-summit", "to-forum")
            .published(PartialDate.ofMonth(2019, 2)).url("https://streets.example.org/report")
            .summary("Findings")
            .putTranslation("es", OutputTranslation.builder().title("Lo que aprendió el foro")
                .build())
            .build())
        .addOutput(Output.builder().id("video").title("El fòrum").kind(OutputKind.VIDEO)
            .language("ca").build())
        .build();
    JsonNode report = node(programme, "outputs/report");
    assertThat(values(report.get("name")))
        .containsExactly("What the forum learnt@en", "Lo que aprendió el foro@es");
    assertThat(report.get("description").stringValue()).isEqualTo("Findings");
    assertThat(ids(report.get("author"))).containsExactly("participants/marta",
        "participants/joan");
    assertThat(ids(report.get("sourceOrganization"))).containsExactly("organisations/o");
    assertThat(report.get("producer").get("@id").stringValue()).isEqualTo(BASE + "programmes/p");
    // Its conferences, then those its visits went to, each once.
    assertThat(ids(report.get("about"))).containsExactly("conferences/forum",
        "conferences/summit");
    assertThat(report.get("datePublished").stringValue()).isEqualTo("2019-02");
    assertThat(report.get("inLanguage").stringValue()).isEqualTo("en");
    assertThat(report.get("url").stringValue()).isEqualTo("https://streets.example.org/report");
    JsonNode video = node(programme, "outputs/video");
    assertThat(video.get("inLanguage").stringValue()).isEqualTo("ca");
    assertThat(video.has("about")).isFalse();
    assertThat(video.has("author")).isFalse();
  }
}
