package org.coproduce.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.coproduce.model.Problems.at;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules of format 1.1's languages and translations, for one object and for a programme. */
class LanguageRulesTest {
  private static final String NOT_A_TAG = " is not a well-formed BCP 47 language tag";

  private static SessionTranslation title(String title) {
    return SessionTranslation.builder().title(title).build();
  }

  private static String original(String tag) {
    return "\"" + tag + "\" is the language of the original text, which is not a translation";
  }

  // ---- Translation objects --------------------------------------------------------------------

  @Test
  void translatedValuesMustNotBeBlank() {
    assertThat(Problems.of(() -> SessionTranslation.builder().title(" \t").summary("").build()))
        .containsExactly(at("must not be blank", "title"), at("must not be blank", "summary"));
    assertThat(Problems.of(() -> QuoteTranslation.builder().text("\n").build()))
        .containsExactly(at("must not be blank", "text"));
    assertThat(Problems.of(() -> PlaceTranslation.builder().name("x").region("\ud800").build()))
        .containsExactly(at("holds an unpaired surrogate at character 0: text must be valid"
            + " Unicode", "region"));
  }

  @Test
  void aTranslationMustTranslateSomething() {
    String nothing = "translates nothing: give at least one translated member";
    assertThat(Problems.of(() -> ProgrammeTranslation.builder().build()))
        .containsExactly(at(nothing));
    assertThat(Problems.of(() -> OrganisationTranslation.builder().build()))
        .containsExactly(at(nothing));
    assertThat(Problems.of(() -> QuoteTranslation.builder().build())).containsExactly(at(nothing));
    assertThat(Problems.of(() -> OutputTranslation.builder().build())).containsExactly(at(nothing));
  }

  @Test
  void aTranslationOfOnlyNewerMembersIsKept() {
    // A newer minor version may translate members this one does not know: they are not lost.
    Extensions newer = Extensions.builder().put("x-description", "Descripció").build();
    assertThat(StrandTranslation.builder().extensions(newer).build().extensions())
        .isEqualTo(newer);
  }

  // ---- Translations of one object -------------------------------------------------------------

  @Test
  void translationsKeepTheOrderAndTheCaseOfTheirTags() {
    Session session = Session.builder().from(Fixtures.session("w"))
        .putTranslation("sv-SE", title("Verkstad"))
        .putTranslation("ca", title("Taller"))
        .putTranslation("ES", title("Taller"))
        .build();
    assertThat(session.translations().keySet()).containsExactly("sv-SE", "ca", "ES");
    assertThat(session.translations().get("ca").title()).contains("Taller");
  }

  @Test
  void rejectsMalformedTags() {
    for (String tag : List.of("", "c", "ca_ES", "toolonglanguage", "en-", "-en", "é", "en--gb")) {
      assertThat(Problems.of(() -> Session.builder().from(Fixtures.session("w"))
              .putTranslation(tag, title("t")).build()))
          .as(tag)
          .containsExactly(at(Problem.quote(tag) + NOT_A_TAG, "translations", tag));
    }
  }

  @Test
  void acceptsWellFormedTags() {
    for (String tag : List.of("ca", "es-ES", "sv-SE", "x-private", "zh-Hant-TW", "i-klingon",
        "de-CH-1901", "es-419", "EN-gb", "en-a-bbb-x-a-ccc")) {
      assertThatCode(() -> Strand.builder().from(Fixtures.strand("s"))
              .putTranslation(tag, StrandTranslation.builder().title("t").build()).build())
          .as(tag)
          .doesNotThrowAnyException();
    }
  }

  @Test
  void aTagRepeatedIgnoringCaseIsAnErrorAtTheLaterOne() {
    assertThat(Problems.of(() -> Session.builder().from(Fixtures.session("w"))
            .putTranslation("es-ES", title("a"))
            .putTranslation("ca", title("b"))
            .putTranslation("ES-es", title("c"))
            .putTranslation("CA", title("d"))
            .build()))
        .containsExactly(
            at("repeats the language \"ES-es\" (language tags are compared ignoring case)",
                "translations", "ES-es"),
            at("repeats the language \"CA\" (language tags are compared ignoring case)",
                "translations", "CA"));
  }

  @Test
  void aTranslationMustNotTranslateAMemberTheObjectLacks() {
    assertThat(Problems.of(() -> Session.builder().from(Fixtures.session("w"))
            .putTranslation("ca", SessionTranslation.builder().summary("Resum").build())
            .build()))
        .containsExactly(at("translates summary, which this object does not have",
            "translations", "ca", "summary"));
    assertThat(Problems.of(() -> Place.builder().from(Fixtures.place("Cape Town", "ZA"))
            .putTranslation("ca", PlaceTranslation.builder().name("Ciutat del Cap")
                .region("Cap Occidental").build())
            .build()))
        .containsExactly(at("translates region, which this object does not have",
            "translations", "ca", "region"));
    assertThat(Problems.of(() -> Fixtures.org("o").withTranslations(java.util.Map.of("es",
            OrganisationTranslation.builder().shortName("GMCA").build()))))
        .containsExactly(at("translates shortName, which this object does not have",
            "translations", "es", "shortName"));
    // With the member present, the same translations are fine.
    assertThatCode(() -> Fixtures.org("o").withShortName("GMCA").withTranslations(
            java.util.Map.of("es", OrganisationTranslation.builder().shortName("GMCA").build())))
        .doesNotThrowAnyException();
  }

  @Test
  void aTranslationIntoTheObjectsOwnLanguageIsAnErrorAtThatTag() {
    QuoteTranslation words = QuoteTranslation.builder().text("Paraules").build();
    assertThat(Problems.of(() -> Fixtures.quote("q", "p").language("ca")
            .putTranslation("es", words).putTranslation("CA", words).build()))
        .containsExactly(at(original("CA"), "translations", "CA"));
    assertThat(Problems.of(() -> Fixtures.output("o").language("en-GB")
            .putTranslation("en-gb", OutputTranslation.builder().title("t").build()).build()))
        .containsExactly(at(original("en-gb"), "translations", "en-gb"));
    assertThat(Problems.of(() -> Fixtures.programme().language("en")
            .putTranslation("EN", ProgrammeTranslation.builder().name("n").build()).build()))
        .containsExactly(at(original("EN"), "translations", "EN"));
    // A language that is itself in error is not compared: that problem is the one reported.
    assertThat(Problems.of(() -> Fixtures.quote("q", "p").language("c_a")
            .putTranslation("c_a", words).build()))
        .containsExactly(at("\"c_a\"" + NOT_A_TAG, "language"),
            at("\"c_a\"" + NOT_A_TAG, "translations", "c_a"));
  }

  @Test
  void aRegionalTagIsNotTheOriginalsLanguage() {
    assertThatCode(() -> Fixtures.quote("q", "p").language("ca")
            .putTranslation("ca-ES", QuoteTranslation.builder().text("t").build()).build())
        .doesNotThrowAnyException();
  }

  // ---- The programme's language ---------------------------------------------------------------

  @Test
  void rejectsAMalformedProgrammeLanguage() {
    assertThat(Problems.of(() -> Fixtures.programme().language("en_GB").build()))
        .containsExactly(at("\"en_GB\"" + NOT_A_TAG, "language"));
  }

  @Test
  void aTranslationIntoTheProgrammesLanguageIsAnErrorWhereverItIs() {
    PlaceTranslation place = PlaceTranslation.builder().name("Ciutat del Cap").build();
    Place capeTown = Place.builder().from(Fixtures.place("Cape Town", "ZA"))
        .putTranslation("CA", place).build();
    Programme.Builder p = Fixtures.programme().language("ca")
        .addOrganisation(Organisation.builder().from(Fixtures.org("o")).place(capeTown)
            .putTranslation("ca", OrganisationTranslation.builder().name("n").build()).build())
        .addParticipant(Fixtures.person("p"))
        .addConference(Fixtures.conference("c").place(capeTown)
            .putTranslation("es", ConferenceTranslation.builder().name("n").build())
            .putTranslation("Ca", ConferenceTranslation.builder().name("n").build())
            .addStrand(Strand.builder().from(Fixtures.strand("s"))
                .putTranslation("ca", StrandTranslation.builder().title("t").build()).build())
            .addSession(Session.builder().from(Fixtures.session("w"))
                .putTranslation("ca", title("t")).build())
            .build())
        .addVisit(Fixtures.visit("v", "c").origin(capeTown)
            .putTranslation("ca", VisitTranslation.builder().title("t").build()).build())
        .addQuote(Fixtures.quote("q", "p")
            .putTranslation("ca", QuoteTranslation.builder().text("t").build()).build())
        .addOutput(Fixtures.output("out")
            .putTranslation("ca", OutputTranslation.builder().title("t").build()).build());
    assertThat(Problems.of(p::build)).containsExactlyInAnyOrder(
        at(original("ca"), "organisations", 0, "translations", "ca"),
        at(original("CA"), "organisations", 0, "place", "translations", "CA"),
        at(original("Ca"), "conferences", 0, "translations", "Ca"),
        at(original("CA"), "conferences", 0, "place", "translations", "CA"),
        at(original("ca"), "conferences", 0, "strands", 0, "translations", "ca"),
        at(original("ca"), "conferences", 0, "sessions", 0, "translations", "ca"),
        at(original("ca"), "visits", 0, "translations", "ca"),
        at(original("CA"), "visits", 0, "origin", "translations", "CA"),
        at(original("ca"), "quotes", 0, "translations", "ca"),
        at(original("ca"), "outputs", 0, "translations", "ca"));
  }

  @Test
  void aQuoteOrOutputInItsOwnLanguageMayBeTranslatedIntoTheProgrammes() {
    Programme programme = Fixtures.programme().language("en")
        .addParticipant(Fixtures.person("p"))
        .addQuote(Fixtures.quote("q", "p").language("ca")
            .putTranslation("en", QuoteTranslation.builder().text("Words").build()).build())
        .addOutput(Fixtures.output("o").language("es")
            .putTranslation("en", OutputTranslation.builder().title("Report").build()).build())
        .build();
    assertThat(programme.quotes().get(0).translations()).containsOnlyKeys("en");
  }

  @Test
  void withoutAProgrammeLanguageAnyTagMayBeATranslation() {
    assertThatCode(() -> Fixtures.programme()
            .addConference(Fixtures.conference("c")
                .putTranslation("en", ConferenceTranslation.builder().name("n").build()).build())
            .build())
        .doesNotThrowAnyException();
  }

  @Test
  void problemsComeInTheOrderOfTheProgrammesMembers() {
    List<Problem> problems = Problems.of(() -> Fixtures.programme().language("en")
        .addOutput(Fixtures.output("o").addAuthor("nobody").build())
        .addConference(Fixtures.conference("c")
            .putTranslation("en", ConferenceTranslation.builder().name("n").build()).build())
        .putTranslation("en", ProgrammeTranslation.builder().name("n").build())
        .id("P")
        .build());
    assertThat(problems).extracting(p -> p.path().get(0))
        .containsExactly("id", "conferences", "outputs", "translations");
    assertThat(problems.get(0).path()).isEqualTo(List.of("id"));
    assertThat(Optional.of(problems.get(3).message())).contains(original("en"));
  }
}
