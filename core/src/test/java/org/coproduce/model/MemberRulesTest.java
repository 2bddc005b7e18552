package org.coproduce.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.coproduce.model.Problems.at;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules each object checks on its own members when it is built. */
class MemberRulesTest {

  // ---- Ids ------------------------------------------------------------------------------------

  /** Every type that has an id, built with the given id. */
  static Stream<Arguments> idHolders() {
    return Stream.of(
        Arguments.of("Programme", (Function<String, Object>) id ->
            Programme.builder().id(id).name("n").build()),
        Arguments.of("Organisation", (Function<String, Object>) id ->
            Organisation.builder().id(id).name("n").sector(Sector.ACADEMIC).build()),
        Arguments.of("Participant", (Function<String, Object>) id ->
            Participant.builder().id(id).name("n").build()),
        Arguments.of("Conference", (Function<String, Object>) id ->
            Conference.builder().id(id).name("n").build()),
        Arguments.of("Strand", (Function<String, Object>) id ->
            Strand.builder().id(id).title("t").build()),
        Arguments.of("Session", (Function<String, Object>) id ->
            Session.builder().id(id).title("t").kind(SessionKind.PANEL).build()),
        Arguments.of("Visit", (Function<String, Object>) id ->
            Visit.builder().id(id).title("t").conference("c").build()),
        Arguments.of("Quote", (Function<String, Object>) id ->
            Quote.builder().id(id).speaker("s").text("t").build()),
        Arguments.of("Output", (Function<String, Object>) id ->
            Output.builder().id(id).title("t").kind(OutputKind.OTHER).build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idHolders")
  void acceptsWellFormedIds(String type, Function<String, Object> build) {
    for (String id : List.of("a", "0", "a-b", "a1-b2-c3", "2018", "x".repeat(64),
        "a-" + "b".repeat(62))) {
      assertThatCode(() -> build.apply(id)).as("%s id %s", type, id).doesNotThrowAnyException();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idHolders")
  void rejectsMalformedIds(String type, Function<String, Object> build) {
    for (String id : List.of("", "A", "Abc", "a_b", "a--b", "-a", "a-", "-", "a b", "a.b",
        "caf\u00e9", "\uff41", "a\n", " a", "a\u0000")) {
      assertThat(Problems.of(() -> build.apply(id)))
          .as("%s id %s", type, id)
          .containsExactly(at(Problem.quote(id)
              + " is not an id: lowercase ASCII letters and digits in words joined by single"
              + " hyphens", "id"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idHolders")
  void rejectsIdsLongerThan64Characters(String type, Function<String, Object> build) {
    assertThat(Problems.of(() -> build.apply("x".repeat(65))))
        .containsExactly(at("an id is at most 64 characters; this one has 65", "id"));
    assertThat(Problems.of(() -> build.apply("a-" + "b".repeat(200))))
        .containsExactly(at("an id is at most 64 characters; this one has 202", "id"));
  }

  // ---- Text -----------------------------------------------------------------------------------

  /** Every required text member, built with the given value. */
  static Stream<Arguments> requiredText() {
    return Stream.of(
        Arguments.of("name", (Function<String, Object>) t ->
            Programme.builder().id("p").name(t).build()),
        Arguments.of("name", (Function<String, Object>) t ->
            Organisation.builder().id("o").name(t).sector(Sector.PUBLIC).build()),
        Arguments.of("name", (Function<String, Object>) t ->
            Participant.builder().id("p").name(t).build()),
        Arguments.of("name", (Function<String, Object>) t ->
            Conference.builder().id("c").name(t).build()),
        Arguments.of("title", (Function<String, Object>) t ->
            Strand.builder().id("s").title(t).build()),
        Arguments.of("title", (Function<String, Object>) t ->
            Session.builder().id("s").title(t).kind(SessionKind.KEYNOTE).build()),
        Arguments.of("title", (Function<String, Object>) t ->
            Visit.builder().id("v").title(t).conference("c").build()),
        Arguments.of("text", (Function<String, Object>) t ->
            Quote.builder().id("q").speaker("s").text(t).build()),
        Arguments.of("title", (Function<String, Object>) t ->
            Source.builder().title(t).build()),
        Arguments.of("name", (Function<String, Object>) t ->
            Place.builder().name(t).country("ZA").build()),
        Arguments.of("title", (Function<String, Object>) t ->
            Output.builder().id("o").title(t).kind(OutputKind.REPORT).build()));
  }

  /** Every optional text member, built with the given value. */
  static Stream<Arguments> optionalText() {
    return Stream.of(
        Arguments.of("summary", (Function<String, Object>) t ->
            Programme.builder().id("p").name("n").summary(t).build()),
        Arguments.of("shortName", (Function<String, Object>) t ->
            Organisation.builder().id("o").name("n").sector(Sector.PUBLIC).shortName(t).build()),
        Arguments.of("summary", (Function<String, Object>) t ->
            Conference.builder().id("c").name("n").summary(t).build()),
        Arguments.of("summary", (Function<String, Object>) t ->
            Strand.builder().id("s").title("t").summary(t).build()),
        Arguments.of("summary", (Function<String, Object>) t ->
            Session.builder().id("s").title("t").kind(SessionKind.OTHER).summary(t).build()),
        Arguments.of("summary", (Function<String, Object>) t ->
            Visit.builder().id("v").title("t").conference("c").summary(t).build()),
        Arguments.of("publisher", (Function<String, Object>) t ->
            Source.builder().title("t").publisher(t).build()),
        Arguments.of("region", (Function<String, Object>) t ->
            Place.builder().name("n").country("ZA").region(t).build()),
        Arguments.of("title", (Function<String, Object>) t ->
            Affiliation.builder().organisation("o").title(t).build()),
        Arguments.of("summary", (Function<String, Object>) t ->
            Output.builder().id("o").title("t").kind(OutputKind.REPORT).summary(t).build()));
  }

  /** Blank means empty or made only of U+0009 to U+000D and U+0020. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("requiredText")
  void rejectsBlankRequiredText(String member, Function<String, Object> build) {
    for (String blank : List.of("", " ", "\t", "\n", "\u000b", "\f", "\r", " \t\n\u000b\f\r ")) {
      assertThat(Problems.of(() -> build.apply(blank)))
          .as("%s %s", member, Problem.quote(blank))
          .containsExactly(at("must not be blank", member));
    }
  }

  /** Other white space, even what Java calls white space, is text. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("requiredText")
  void acceptsRequiredTextOfOtherWhiteSpace(String member, Function<String, Object> build) {
    for (String text : List.of("\u00a0", "\u0085", "\u2028", "\u3000", "\u200b", "\u001c",
        "\u0008", "\u000e", "\ufeff", "x", " x ", "\u0000")) {
      assertThatCode(() -> build.apply(text))
          .as("%s %s", member, Problem.quote(text))
          .doesNotThrowAnyException();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requiredText")
  void keepsRequiredTextExactlyAsGiven(String member, Function<String, Object> build) {
    String text = "  \"Caf\u00e9\" \\ \ud83d\ude00\n\t";
    assertThat(build.apply(text).toString()).contains(text);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"requiredText", "optionalText"})
  void rejectsUnpairedSurrogates(String member, Function<String, Object> build) {
    assertThat(Problems.of(() -> build.apply("a\ud800b")))
        .containsExactly(at("holds an unpaired surrogate at character 1: text must be valid"
            + " Unicode", member));
    assertThat(Problems.of(() -> build.apply("\udc00")))
        .containsExactly(at("holds an unpaired surrogate at character 0: text must be valid"
            + " Unicode", member));
    // A high surrogate at the very end, after a valid pair.
    assertThat(Problems.of(() -> build.apply("\ud83d\ude00\ud83d")))
        .containsExactly(at("holds an unpaired surrogate at character 2: text must be valid"
            + " Unicode", member));
    // Two surrogates in the wrong order are two unpaired ones; the first is reported.
    assertThat(Problems.of(() -> build.apply("xy\ude00\ud83d")))
        .containsExactly(at("holds an unpaired surrogate at character 2: text must be valid"
            + " Unicode", member));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("optionalText")
  void acceptsAnyValidOptionalTextEvenBlank(String member, Function<String, Object> build) {
    for (String text : List.of("", " ", "\ud83d\ude00", "\"\\", "\u0000")) {
      assertThatCode(() -> build.apply(text)).as("%s %s", member, Problem.quote(text))
          .doesNotThrowAnyException();
    }
  }

  // ---- Themes, hashtags, goals ----------------------------------------------------------------

  static Stream<Arguments> themeHolders() {
    return Stream.of(
        Arguments.of("Programme", (Function<List<String>, Object>) themes ->
            Programme.builder().id("p").name("n").themes(themes).build()),
        Arguments.of("Conference", (Function<List<String>, Object>) themes ->
            Conference.builder().id("c").name("n").themes(themes).build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("themeHolders")
  void rejectsRepeatedBlankAndBrokenThemes(String type, Function<List<String>, Object> build) {
    List<String> themes = List.of("co-production", "democracy", "co-production", " ", "a\ud800",
        "democracy", "Co-production");
    assertThat(Problems.of(() -> build.apply(themes)))
        .containsExactly(
            at("repeats \"co-production\"", "themes", 2),
            at("must not be blank", "themes", 3),
            at("holds an unpaired surrogate at character 1", "themes", 4),
            at("repeats \"democracy\"", "themes", 5));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("themeHolders")
  void comparesThemesByCodePoints(String type, Function<List<String>, Object> build) {
    // Canonically equivalent but different code points, and different case: all distinct.
    assertThatCode(() -> build.apply(List.of("\u00e9cole", "e\u0301cole", "Ecole", "ecole")))
        .doesNotThrowAnyException();
  }

  @Test
  void acceptsHashtagsOfLettersDigitsAndUnderscores() {
    List<String> hashtags = List.of("CoProduceGM", "_", "2018", "a_b_1", "x".repeat(100));
    assertThat(Fixtures.programme().hashtags(hashtags).build().hashtags())
        .containsExactlyElementsOf(hashtags);
  }

  @Test
  void rejectsMalformedHashtags() {
    List<String> hashtags = List.of("#CoProduceGM", "", "co-produce", "caf\u00e9", "a b",
        "x".repeat(101), "\uff21");
    String rule = " is not a hashtag: 1 to 100 ASCII letters, digits or _, without #";
    assertThat(Problems.of(() -> Fixtures.programme().hashtags(hashtags).build()))
        .containsExactly(
            at("\"#CoProduceGM\"" + rule, "hashtags", 0),
            at("\"\"" + rule, "hashtags", 1),
            at("\"co-produce\"" + rule, "hashtags", 2),
            at("\"caf\u00e9\"" + rule, "hashtags", 3),
            at("\"a b\"" + rule, "hashtags", 4),
            at(Problem.quote("x".repeat(101)) + rule, "hashtags", 5),
            at("\"\uff21\"" + rule, "hashtags", 6));
  }

  @Test
  void rejectsHashtagsRepeatedIgnoringAsciiCase() {
    List<String> hashtags = List.of("CoProduceGM", "coproducegm", "Other", "COPRODUCEGM", "other");
    assertThat(Problems.of(() -> Fixtures.programme().hashtags(hashtags).build()))
        .containsExactly(
            at("repeats \"coproducegm\" (hashtags are compared ignoring case)", "hashtags", 1),
            at("repeats \"COPRODUCEGM\" (hashtags are compared ignoring case)", "hashtags", 3),
            at("repeats \"other\" (hashtags are compared ignoring case)", "hashtags", 4));
  }

  @Test
  void acceptsEveryGoalOnce() {
    List<Integer> goals = List.of(17, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
    assertThat(Fixtures.programme().sdgs(goals).build().sdgs()).containsExactlyElementsOf(goals);
  }

  @Test
  void rejectsGoalsOutsideOneToSeventeenAndRepeatedGoals() {
    List<Integer> goals = List.of(11, 0, 18, 11, -1, Integer.MAX_VALUE, 17, 17);
    String rule = " is not a Sustainable Development Goal: goals are 1 to 17";
    assertThat(Problems.of(() -> Fixtures.programme().sdgs(goals).build()))
        .containsExactly(
            at("0" + rule, "sdgs", 1),
            at("18" + rule, "sdgs", 2),
            at("repeats goal 11", "sdgs", 3),
            at("-1" + rule, "sdgs", 4),
            at(Integer.MAX_VALUE + rule, "sdgs", 5),
            at("repeats goal 17", "sdgs", 7));
  }

  // ---- URLs -----------------------------------------------------------------------------------

  static Stream<Arguments> urlHolders() {
    return Stream.of(
        Arguments.of("Organisation", (Function<String, Object>) url ->
            Organisation.builder().id("o").name("n").sector(Sector.PUBLIC).url(url).build()),
        Arguments.of("Participant", (Function<String, Object>) url ->
            Participant.builder().id("p").name("n").url(url).build()),
        Arguments.of("Conference", (Function<String, Object>) url ->
            Conference.builder().id("c").name("n").url(url).build()),
        Arguments.of("Source", (Function<String, Object>) url ->
            Source.builder().title("t").url(url).build()),
        Arguments.of("Output", (Function<String, Object>) url ->
            Output.builder().id("o").title("t").kind(OutputKind.REPORT).url(url).build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("urlHolders")
  void acceptsAbsoluteHttpUrlsWithAHost(String type, Function<String, Object> build) {
    for (String url : List.of("https://example.org", "http://example.org/", "HTTPS://EXAMPLE.ORG",
        "https://www.mistraurbanfutures.org/en/realising-just-cities",
        "http://127.0.0.1:8080/a?b=c#d", "https://[2001:db8::1]/", "https://user@example.org/",
        "http://under_score.example/", "https://example.org/a%20b?q=%22x%22")) {
      assertThatCode(() -> build.apply(url)).as("%s %s", type, url).doesNotThrowAnyException();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("urlHolders")
  void rejectsOtherUrls(String type, Function<String, Object> build) {
    for (String url : List.of("", "example.org", "www.example.org/path", "/relative", "//example.org",
        "ftp://example.org", "mailto:someone@example.org", "javascript:alert(1)", "http:example.org",
        "https://", "https:///path", "https://:443/", "https://user@/", "https://exa mple.org/",
        "https://example.org/a b", "file:///etc/passwd", "urn:isbn:0451450523",
        // A URI is ASCII: an IRI's other characters must come percent-encoded.
        "https://caf\u00e9.example/", "https://example.org/caf\u00e9",
        "https://example.org/\ud83d\ude00")) {
      assertThat(Problems.of(() -> build.apply(url)))
          .as("%s %s", type, url)
          .containsExactly(at(Problem.quote(url)
              + " is not an absolute http or https URL with a host", "url"));
    }
  }

  // ---- Countries ------------------------------------------------------------------------------

  @Test
  void knowsExactlyThe249OfficiallyAssignedCodes() {
    assertThat(Countries.ASSIGNED).hasSize(249).allMatch(code -> code.matches("[A-Z]{2}"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ZA", "ES", "GB", "SE", "US", "AX", "BQ", "CW", "SS", "SX", "BL", "MF",
      "EH", "PS", "TL", "AQ", "BV", "HM", "UM", "VA", "ZW", "AD"})
  void acceptsOfficiallyAssignedCountryCodes(String code) {
    assertThat(Place.builder().name("n").country(code).build().country()).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"UK", "EU", "XK", "AN", "YU", "CS", "TP", "ZR", "SU", "DD", "FX", "EZ",
      "UN", "AA", "ZZ", "QM", "XA", "za", "Za", "GBR", "G", "", " ZA", "\u0396\u0391"})
  void rejectsCodesThatAreNotOfficiallyAssigned(String code) {
    assertThat(Problems.of(() -> Place.builder().name("n").country(code).build()))
        .containsExactly(at(Problem.quote(code)
            + " is not an officially assigned ISO 3166-1 alpha-2 country code in upper case",
            "country"));
  }

  // ---- Language tags --------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"en", "ca", "es-ES", "x-private", "zh-min-nan", "i-klingon", "EN",
      "en-gb", "zh-Hant-TW", "sr-Latn-RS", "de-CH-1901", "en-GB-oed", "es-419", "ast", "qaa",
      "sgn-BE-FR", "en-a-bbb-x-a-ccc", "x-a-b-c", "de-1996", "tlh", "abcde", "zh-yue-HK",
      "en-US-u-islamcal", "hy-Latn-IT-arevela", "Ca", "FR-fr", "QAA"})
  void acceptsWellFormedLanguageTags(String tag) {
    assertThat(Fixtures.quote("q", "s").language(tag).build().language()).contains(tag);
    assertThat(Fixtures.output("o").language(tag).build().language()).contains(tag);
    assertThat(Fixtures.programme().language(tag).build().language()).contains(tag);
    assertThat(Fixtures.conference("c").putTranslation(tag,
        ConferenceTranslation.builder().name("n").build()).build().translations())
        .containsOnlyKeys(tag);
  }

  @Test
  void wellFormedTagsSeenBeforeDoNotMakeMalformedOnesAccepted() {
    // Long tags found well-formed are remembered; a malformed tag must still be refused, whatever
    // was remembered before it.
    for (int i = 0; i < 500; i++) {
      String wellFormed = "zh-Hant-" + (100 + i);
      String malformed = "zh-Hant_" + (100 + i);
      assertThat(Fixtures.quote("q", "s").language(wellFormed).build().language())
          .contains(wellFormed);
      assertThat(Problems.of(() -> Fixtures.quote("q", "s").language(malformed).build()))
          .containsExactly(at(Problem.quote(malformed)
              + " is not a well-formed BCP 47 language tag", "language"));
    }
    // Remembered tags match others ignoring ASCII case only: the Kelvin sign folds to "k".
    for (String wellFormed : List.of("i-klingon", "I-KLINGON", "zh-Hant-TW", "ZH-hant-tw")) {
      assertThat(Fixtures.quote("q", "s").language(wellFormed).build().language())
          .contains(wellFormed);
    }
    for (String malformed : List.of("i-\u212alingon", "i-\u212Alingon")) {
      assertThat(Problems.of(() -> Fixtures.quote("q", "s").language(malformed).build()))
          .containsExactly(at(Problem.quote(malformed)
              + " is not a well-formed BCP 47 language tag", "language"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"e", "en_GB", "en--x", "", "en-", "-en", "x", "x-", "123",
      "en-abcdefghi", "i-notirregular", "en-GB-", "en GB", "\u00e9n",
      "en-x", "a-DE", "en-a", "abcdefghi", "e1", "en1", "en-G1", "e-GBR", "en-\u00e9s", "\u212aa",
      "en@GB"})
  void rejectsMalformedLanguageTags(String tag) {
    Problem atLanguage =
        at(Problem.quote(tag) + " is not a well-formed BCP 47 language tag", "language");
    assertThat(Problems.of(() -> Fixtures.quote("q", "s").language(tag).build()))
        .containsExactly(atLanguage);
    assertThat(Problems.of(() -> Fixtures.output("o").language(tag).build()))
        .containsExactly(atLanguage);
    assertThat(Problems.of(() -> Fixtures.programme().language(tag).build()))
        .containsExactly(atLanguage);
    assertThat(Problems.of(() -> Fixtures.conference("c").putTranslation(tag,
            ConferenceTranslation.builder().name("n").build()).build()))
        .containsExactly(at(Problem.quote(tag) + " is not a well-formed BCP 47 language tag",
            "translations", tag));
  }

  @Test
  void checksTheLanguageASessionIsHeldInAsATag() {
    Session session = Fixtures.session("s");
    assertThat(Session.builder().from(session).language("ca").build().language()).contains("ca");
    assertThat(Problems.of(() -> Session.builder().from(session).language("en_GB").build()))
        .containsExactly(at("\"en_GB\" is not a well-formed BCP 47 language tag", "language"));
  }

  // ---- Coordinates ----------------------------------------------------------------------------

  @Test
  void acceptsCoordinatesOnTheEdges() {
    for (double[] point : new double[][] {{90, 180}, {-90, -180}, {0, 0}, {-0.0, -0.0},
        {-33.9249, 18.4241}, {41.3874, 2.1686}}) {
      Coordinates c = Coordinates.builder().latitude(point[0]).longitude(point[1]).build();
      assertThat(c.latitude()).isEqualTo(point[0]);
      assertThat(c.longitude()).isEqualTo(point[1]);
    }
  }

  @Test
  void rejectsLatitudesOutsideMinus90To90() {
    assertThat(Problems.of(() -> Coordinates.builder().latitude(90.0001).longitude(0).build()))
        .containsExactly(at("90.0001 is not a latitude from -90 to 90", "latitude"));
    assertThat(Problems.of(() -> Coordinates.builder().latitude(-91).longitude(0).build()))
        .containsExactly(at("-91.0 is not a latitude from -90 to 90", "latitude"));
  }

  @Test
  void rejectsLongitudesOutsideMinus180To180() {
    assertThat(Problems.of(() -> Coordinates.builder().latitude(0).longitude(180.5).build()))
        .containsExactly(at("180.5 is not a longitude from -180 to 180", "longitude"));
    assertThat(Problems.of(() -> Coordinates.builder().latitude(0).longitude(-1e300).build()))
        .containsExactly(at("-1.0E300 is not a longitude from -180 to 180", "longitude"));
  }

  @Test
  void rejectsNaNAndInfinitiesBothAtOnce() {
    assertThat(Problems.of(() ->
            Coordinates.builder().latitude(Double.NaN).longitude(Double.NaN).build()))
        .containsExactly(
            at("NaN is not a latitude from -90 to 90", "latitude"),
            at("NaN is not a longitude from -180 to 180", "longitude"));
    assertThat(Problems.of(() -> Coordinates.builder()
            .latitude(Double.POSITIVE_INFINITY).longitude(Double.NEGATIVE_INFINITY).build()))
        .containsExactly(
            at("Infinity is not a latitude from -90 to 90", "latitude"),
            at("-Infinity is not a longitude from -180 to 180", "longitude"));
  }

  // ---- Several problems of one object ---------------------------------------------------------

  @Test
  void reportsEveryProblemOfAnObjectAtOnceInMemberOrder() {
    assertThat(Problems.of(() -> Organisation.builder()
            .id("Bad Id").name(" ").shortName("\ud800").sector(Sector.VOLUNTARY)
            .url("ftp://x").build()))
        .containsExactly(
            at("\"Bad Id\" is not an id: lowercase ASCII letters and digits in words joined by"
                + " single hyphens", "id"),
            at("must not be blank", "name"),
            at("holds an unpaired surrogate at character 0: text must be valid Unicode",
                "shortName"),
            at("\"ftp://x\" is not an absolute http or https URL with a host", "url"));
  }

  @Test
  void rejectsAVisitTravellerListedTwice() {
    assertThat(Problems.of(() -> Fixtures.visit("v", "c")
            .addParticipants("a", "b", "a", "c", "b", "a").build()))
        .containsExactly(
            at("repeats \"a\"", "participants", 2),
            at("repeats \"b\"", "participants", 4),
            at("repeats \"a\"", "participants", 5));
  }

  @Test
  void quotesLongAndControlValuesInMessagesShortly() {
    String url = "ftp://" + "x".repeat(200) + "\u0001\"";
    String message = Problems.of(() -> Source.builder().title("t").url(url).build())
        .get(0).message();
    assertThat(message)
        .isEqualTo("\"ftp://" + "x".repeat(74) + "\"... is not an absolute http or https URL"
            + " with a host");
    assertThat(Problem.quote("a\u0001\"\\\ud800")).isEqualTo("\"a\\u0001\\\"\\\\\\ud800\"");
  }
}
