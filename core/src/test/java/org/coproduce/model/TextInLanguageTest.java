package org.coproduce.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading any text member in the languages a reader prefers (RFC 4647 lookup). */
class TextInLanguageTest {
  private static final Place CAPE_TOWN = Place.builder().name("Cape Town").region("Western Cape")
      .country("ZA")
      .putTranslation("ca", PlaceTranslation.builder().name("Ciutat del Cap").build())
      .putTranslation("ES", PlaceTranslation.builder().name("Ciudad del Cabo")
          .region("Cabo Occidental").build())
      .build();

  private static final Session WORKSHOP = Session.builder().id("w").kind(SessionKind.WORKSHOP)
      .title("Co-producing the city").summary("A workshop")
      .putTranslation("ca", SessionTranslation.builder().title("Coproduir la ciutat").build())
      .putTranslation("sv-SE", SessionTranslation.builder().title("Samskapa staden")
          .summary("En verkstad").build())
      .build();

  private static final Programme PROGRAMME = Programme.builder().id("p").name("Just Cities")
      .language("en")
      .putTranslation("ca", ProgrammeTranslation.builder().name("Ciutats Justes").build())
      .addParticipant(Participant.builder().id("ana").name("Ana").build())
      .addConference(Conference.builder().id("c").name("Conference").place(CAPE_TOWN)
          .addSession(WORKSHOP).build())
      .addQuote(Quote.builder().id("q").speaker("ana").text("Fem ciutat").language("ca")
          .putTranslation("en", QuoteTranslation.builder().text("We make the city").build())
          .build())
      .build();

  private static LocalizedText original(String text, String language) {
    return LocalizedText.original(text, Optional.ofNullable(language));
  }

  private static LocalizedText translation(String text, String tag) {
    return LocalizedText.translation(text, tag);
  }

  @Test
  void aRegionalPreferenceFallsBackToItsLanguage() {
    LanguagePreference reader = PROGRAMME.preferring("ca-ES");
    assertThat(CAPE_TOWN.name(reader)).isEqualTo(translation("Ciutat del Cap", "ca"));
    assertThat(WORKSHOP.title(reader)).isEqualTo(translation("Coproduir la ciutat", "ca"));
    assertThat(PROGRAMME.name(reader)).isEqualTo(translation("Ciutats Justes", "ca"));
  }

  @Test
  void aTagIsMatchedIgnoringCaseAndReportedAsWritten() {
    LanguagePreference reader = PROGRAMME.preferring("es");
    assertThat(CAPE_TOWN.name(reader)).isEqualTo(translation("Ciudad del Cabo", "ES"));
    assertThat(WORKSHOP.title(PROGRAMME.preferring("SV-se"))).isEqualTo(
        translation("Samskapa staden", "sv-SE"));
    assertThat(WORKSHOP.title(PROGRAMME.preferring("sv"))).isEqualTo(
        original("Co-producing the city", "en"));
  }

  @Test
  void theFirstPreferredLanguageAvailableWins() {
    LanguagePreference reader = PROGRAMME.preferring("fr", "sv-SE", "ca");
    assertThat(WORKSHOP.title(reader)).isEqualTo(translation("Samskapa staden", "sv-SE"));
    assertThat(CAPE_TOWN.name(reader)).isEqualTo(translation("Ciutat del Cap", "ca"));
  }

  @Test
  void theOriginalsLanguageCountsAsAvailable() {
    // English is preferred to Catalan and the original is English: the original is the answer.
    assertThat(WORKSHOP.title(PROGRAMME.preferring("en-GB", "ca")))
        .isEqualTo(original("Co-producing the city", "en"));
    assertThat(PROGRAMME.name(PROGRAMME.preferring("en", "ca")))
        .isEqualTo(original("Just Cities", "en"));
  }

  @Test
  void withoutAFittingTranslationTheOriginalIsTheAnswer() {
    LanguagePreference reader = PROGRAMME.preferring("fr", "de");
    LocalizedText title = WORKSHOP.title(reader);
    assertThat(title).isEqualTo(original("Co-producing the city", "en"));
    assertThat(title.isTranslation()).isFalse();
    assertThat(PROGRAMME.preferring().ranges()).isEmpty();
    assertThat(WORKSHOP.title(PROGRAMME.preferring())).isEqualTo(title);
    // A wildcard matches nothing in a lookup: the original stays.
    assertThat(WORKSHOP.title(PROGRAMME.preferring("*"))).isEqualTo(title);
  }

  @Test
  void eachMemberIsChosenOnItsOwn() {
    LanguagePreference reader = PROGRAMME.preferring("ca", "sv");
    // Catalan has a title but no summary; Swedish (sv-SE, not sv) is no fallback for "sv".
    assertThat(WORKSHOP.title(reader)).isEqualTo(translation("Coproduir la ciutat", "ca"));
    assertThat(WORKSHOP.summary(reader)).contains(original("A workshop", "en"));
    assertThat(WORKSHOP.summary(PROGRAMME.preferring("ca", "sv-SE")))
        .contains(translation("En verkstad", "sv-SE"));
    assertThat(CAPE_TOWN.region(PROGRAMME.preferring("ca", "es")))
        .contains(translation("Cabo Occidental", "ES"));
  }

  @Test
  void anAbsentMemberHasNoText() {
    Session plain = Fixtures.session("s");
    assertThat(plain.summary(PROGRAMME.preferring("ca"))).isEmpty();
    assertThat(Fixtures.org("o").shortName(PROGRAMME.preferring("ca"))).isEmpty();
    assertThat(plain.title(PROGRAMME.preferring("ca"))).isEqualTo(original("Session s", "en"));
  }

  @Test
  void anObjectsOwnLanguageIsThatOfItsOriginal() {
    Quote quote = PROGRAMME.quotes().get(0);
    assertThat(quote.text(PROGRAMME.preferring("ca-ES", "en")))
        .isEqualTo(original("Fem ciutat", "ca"));
    assertThat(quote.text(PROGRAMME.preferring("en")))
        .isEqualTo(translation("We make the city", "en"));
    assertThat(quote.text(PROGRAMME.preferring("de"))).isEqualTo(original("Fem ciutat", "ca"));
    Output report = Fixtures.output("o").title("Informe").language("es")
        .putTranslation("en", OutputTranslation.builder().title("Report").build()).build();
    assertThat(report.title(LanguagePreference.of("fr"))).isEqualTo(original("Informe", "es"));
    assertThat(report.title(LanguagePreference.of("en-US")))
        .isEqualTo(translation("Report", "en"));
  }

  @Test
  void withoutAKnownDocumentLanguageTheOriginalsLanguageIsUnknown() {
    LanguagePreference reader = LanguagePreference.of("fr");
    assertThat(reader.documentLanguage()).isEmpty();
    assertThat(WORKSHOP.title(reader)).isEqualTo(original("Co-producing the city", null));
    assertThat(WORKSHOP.title(reader).language()).isEmpty();
    // A translation in a preferred language is still found.
    assertThat(WORKSHOP.title(LanguagePreference.of("ca")))
        .isEqualTo(translation("Coproduir la ciutat", "ca"));
    // A programme without a language gives a preference that knows none.
    Programme unknown = Fixtures.programme().build();
    assertThat(unknown.preferring("en").documentLanguage()).isEmpty();
    assertThat(unknown.name(unknown.preferring("en"))).isEqualTo(original("Programme", null));
    // The programme's own language holds for its own name, whatever the preference knows.
    assertThat(PROGRAMME.name(LanguagePreference.of("de")))
        .isEqualTo(original("Just Cities", "en"));
  }

  @Test
  void weightsOfAnAcceptLanguageHeaderAreRespected() {
    LanguagePreference reader =
        PROGRAMME.preferring(Locale.LanguageRange.parse("es;q=0.5, ca-ES;q=0.9, fr;q=0"));
    assertThat(reader.documentLanguage()).contains("en");
    assertThat(CAPE_TOWN.name(reader)).isEqualTo(translation("Ciutat del Cap", "ca"));
    assertThat(CAPE_TOWN.region(reader)).contains(translation("Cabo Occidental", "ES"));
  }

  @Test
  void everyTypeWithTextAnswersTheSameWay() {
    LanguagePreference ca = LanguagePreference.of("ca");
    assertThat(Fixtures.programme().summary("s")
            .putTranslation("ca", ProgrammeTranslation.builder().summary("r").build()).build()
            .summary(ca)).contains(translation("r", "ca"));
    assertThat(Organisation.builder().from(Fixtures.org("o")).shortName("s")
            .putTranslation("ca", OrganisationTranslation.builder().name("n").shortName("c")
                .build()).build()
            .shortName(ca)).contains(translation("c", "ca"));
    assertThat(Fixtures.conference("c")
            .putTranslation("ca", ConferenceTranslation.builder().name("n").build()).build()
            .name(ca)).isEqualTo(translation("n", "ca"));
    assertThat(Strand.builder().from(Fixtures.strand("s")).summary("s")
            .putTranslation("ca", StrandTranslation.builder().summary("r").build()).build()
            .summary(ca)).contains(translation("r", "ca"));
    assertThat(Fixtures.visit("v", "c").summary("s")
            .putTranslation("ca", VisitTranslation.builder().title("t").summary("r").build())
            .build().title(ca)).isEqualTo(translation("t", "ca"));
    assertThat(Fixtures.output("o").summary("s")
            .putTranslation("ca", OutputTranslation.builder().summary("r").build()).build()
            .summary(ca)).contains(translation("r", "ca"));
  }

  @Test
  void malformedRangesAreRefused() {
    assertThatThrownBy(() -> LanguagePreference.of("ca_ES"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PROGRAMME.preferring("", "ca"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void preferencesAndAnswersAreValues() {
    assertThat(LanguagePreference.of("ca", "es")).isEqualTo(LanguagePreference.of(
        List.of(new Locale.LanguageRange("ca"), new Locale.LanguageRange("es"))))
        .isNotEqualTo(PROGRAMME.preferring("ca", "es"))
        .hasSameHashCodeAs(LanguagePreference.of("CA", "ES"));
    assertThat(PROGRAMME.preferring("ca").toString())
        .isEqualTo("LanguagePreference{ranges=[ca], documentLanguage=en}");
    LocalizedText text = WORKSHOP.title(PROGRAMME.preferring("ca"));
    assertThat(text.text()).isEqualTo("Coproduir la ciutat");
    assertThat(text.language()).contains("ca");
    assertThat(text.isTranslation()).isTrue();
    assertThat(text).hasSameHashCodeAs(translation("Coproduir la ciutat", "ca"))
        .isNotEqualTo(original("Coproduir la ciutat", "ca"));
    assertThat(text.toString())
        .isEqualTo("LocalizedText{text=Coproduir la ciutat, language=ca, translation=true}");
  }
}
