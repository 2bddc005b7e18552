package org.coproduce.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.examples.StreetsInCommon.ERIK_LUND;
import static org.coproduce.examples.StreetsInCommon.GRACE_OKAFOR;
import static org.coproduce.examples.StreetsInCommon.MARTA_SOLER;
import static org.coproduce.examples.StreetsInCommon.NORRVIK_VISIT;
import static org.coproduce.examples.StreetsInCommon.SUMMIT;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Locale;
import org.coproduce.model.LanguagePreference;
import org.coproduce.model.LocalizedText;
import org.coproduce.model.Output;
import org.coproduce.model.Programme;
import org.coproduce.model.Quote;
import org.coproduce.model.Session;
import org.coproduce.model.SessionKind;
import org.coproduce.model.SessionTranslation;
import org.coproduce.model.Visit;
import org.junit.jupiter.api.Test;

/** The fictional Streets in Common programme, and the README's walk through it. */
class StreetsInCommonTest {
  private final Programme programme = StreetsInCommon.programme();

  @Test
  void theProgrammeIsInEnglishWithTranslations() {
    assertThat(programme.language()).contains("en");
    assertThat(programme.translations()).containsOnlyKeys("ca", "es", "sv");
    assertThat(programme.outputs()).extracting(Output::id)
        .containsExactly("summit-report", "school-street-post", "norrvik-video");
  }

  @Test
  void theOutputQuestionsAnswerAsTheReadmeSays() {
    assertThat(programme.outputsBy(MARTA_SOLER)).extracting(Output::id)
        .containsExactly("summit-report", "school-street-post");
    assertThat(programme.outputsBy(GRACE_OKAFOR)).extracting(Output::id)
        .containsExactly("summit-report");
    assertThat(programme.outputsBy(ERIK_LUND)).extracting(Output::id)
        .containsExactly("norrvik-video");
    assertThat(programme.outputsAbout(SUMMIT)).extracting(Output::id)
        .containsExactly("summit-report", "school-street-post");
    assertThat(programme.outputsAboutVisit(NORRVIK_VISIT)).extracting(Output::id)
        .containsExactly("summit-report", "norrvik-video");
  }

  @Test
  void theReadmesReaderGetsCatalanWhereThereIsSomeElseTheOriginal() {
    LanguagePreference reader = programme.preferring("ca-ES", "es");
    LocalizedText name = programme.name(reader);
    assertThat(name.text()).isEqualTo("Carrers en Comú");
    assertThat(name.language()).contains("ca");
    assertThat(name.isTranslation()).isTrue();
    Visit visit = programme.visitsTo(SUMMIT).get(0);
    assertThat(visit.title(reader).text()).isEqualTo("Norrvik's delegation to Vilamar");
    assertThat(visit.title(reader).language()).contains("en");
    assertThat(visit.title(reader).isTranslation()).isFalse();
    Quote quote = programme.quotesAbout(SUMMIT).get(0);
    assertThat(quote.text(reader).text()).isEqualTo("Els carrers són de qui hi viu.");
    assertThat(quote.text(reader).language()).contains("ca");
    assertThat(quote.text(reader).isTranslation()).isFalse();
    // Spanish comes second: it is the answer where there is no Catalan.
    assertThat(programme.conference(SUMMIT).orElseThrow().place().orElseThrow().region(
        programme.preferring("fr", "es"))).map(LocalizedText::text).contains("Cataluña");
  }

  @Test
  void anAcceptLanguageHeaderAndAPreferenceWithoutAProgrammeWorkToo() {
    LanguagePreference header = programme.preferring(Locale.LanguageRange.parse("ca-ES,es;q=0.8"));
    assertThat(programme.name(header).text()).isEqualTo("Carrers en Comú");
    Visit visit = programme.visitsTo(SUMMIT).get(0);
    assertThat(visit.title(LanguagePreference.of("ca")).language()).isEmpty();
    assertThat(programme.quotes().get(0).text(LanguagePreference.of("ca")).language())
        .contains("ca");
  }

  @Test
  void reportInCatalanMarksTranslationsAndOriginals() {
    String report = StreetsInCommon.report(programme, programme.preferring("ca-ES"));
    assertThat(report.lines().findFirst()).contains("Carrers en Comú  [ca, translated]");
    assertThat(report).contains(
        "Cimera Carrers en Comú 2031  [ca, translated]",
        "  in Vilamar  [en]",
        "  region Catalunya  [ca, translated]",
        "  workshop Laboratori de carrer: un carrer escolar per un dia  [ca, translated]",
        "  visit Norrvik's delegation to Vilamar  [en]",
        "  Marta Soler: Els carrers són de qui hi viu.  [ca]",
        "  blog-post Com vam tancar el carrer de l'escola als cotxes  [ca]");
  }

  @Test
  void reportInSwedishOrEnglishFallsBackWhereNeeded() {
    String swedish = StreetsInCommon.report(programme, programme.preferring("sv-SE"));
    assertThat(swedish).contains("Gator i gemenskap  [sv, translated]",
        "  workshop Gatulabb: en skolgata för en dag  [sv, translated]",
        "  visit Norrviks delegation till Vilamar  [sv, translated]",
        "  video Norrvik i Vilamar  [sv, translated]",
        "  Marta Soler: Els carrers són de qui hi viu.  [ca]",
        "  report What a street can be: the Vilamar summit report  [en]");
    String english = StreetsInCommon.report(programme, programme.preferring("en"));
    assertThat(english).contains("Streets in Common  [en]",
        "  Marta Soler: The streets belong to those who live in them.  [en, translated]",
        "  blog-post How we closed the school street to cars  [en, translated]")
        .contains("  A fictional network of cities that redesign their streets with their people."
            + "  [en]");
  }

  @Test
  void theReadmesSessionBuildsWithItsTranslation() {
    Session lab = Session.builder()
        .id("street-lab").kind(SessionKind.WORKSHOP)
        .title("Street lab: a school street for a day")
        .putTranslation("ca", SessionTranslation.builder()
            .title("Laboratori de carrer: un carrer escolar per un dia").build())
        .build();
    assertThat(lab).isEqualTo(programme.conference(SUMMIT).orElseThrow()
        .session("street-lab").orElseThrow().withTranslations(lab.translations()));
    assertThat(lab.title(LanguagePreference.of("ca")).text())
        .isEqualTo("Laboratori de carrer: un carrer escolar per un dia");
  }

  @Test
  void readmeWalksThroughThisProgramme() throws IOException {
    String readme = Files.readString(Paths.get("..", "README.md"), StandardCharsets.UTF_8);
    assertThat(readme).contains("### Languages and outputs",
        "LanguagePreference reader = programme.preferring(\"ca-ES\", \"es\");",
        "name.text();             // \"Carrers en Comú\"",
        "name.language();         // Optional[ca], found for ca-ES",
        ".title(\"Laboratori de carrer: un carrer escolar per un dia\").build())",
        "programme.outputsBy(StreetsInCommon.MARTA_SOLER);",
        "programme.outputsAboutVisit(StreetsInCommon.NORRVIK_VISIT);");
  }
}
