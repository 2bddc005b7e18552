package org.coproduce.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.coproduce.model.Extensions;
import org.coproduce.model.Programme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** What the reader's messages say, and what the writer never writes. */
class MessagesTest {
  private static final ProgrammeJson JSON = ProgrammeJson.create();
  private static final String HEAD = "{\"formatVersion\":\"1.0\",\"id\":\"p\",\"name\":\"P\",";

  private static List<DocumentProblem> problems(String document) {
    DocumentException e = catchThrowableOfType(DocumentException.class, () -> JSON.read(document));
    assertThat(e).as(document).isNotNull();
    return e.problems();
  }

  @Test
  void aRepeatedLanguageTagIsFoundAmongFewOrManyTags() {
    for (int tags : new int[] {2, 3, 9, 10, 40}) {
      StringBuilder translations = new StringBuilder();
      for (int i = 0; i < tags - 1; i++) {
        translations.append("\"x-t").append(i).append("\": {\"name\": \"Q").append(i)
            .append("\"}, ");
      }
      // The last tag repeats the first, in another case.
      translations.append("\"X-T0\": {\"name\": \"Q\"}");
      assertThat(problems(HEAD + "\"translations\": {" + translations + "}}"))
          .as("%d tags", tags)
          .containsExactly(new DocumentProblem("/translations/X-T0",
              "repeats the language \"X-T0\" (language tags are compared ignoring case)"));
    }
  }

  @Test
  void tagsRepeatIgnoringCaseAsLowerCasingInTheRootLocaleSays() {
    // The Kelvin sign lower-cases to "k": both tags are then malformed, the second a repeat.
    List<DocumentProblem> found = problems(HEAD
        + "\"translations\": {\"\u212aa\": {\"name\": \"Q\"}, \"ka\": {\"name\": \"R\"}}}");
    assertThat(found).extracting(DocumentProblem::pointer)
        .contains("/translations/\u212aa", "/translations/ka");
    assertThat(found).filteredOn(p -> p.pointer().equals("/translations/ka"))
        .extracting(DocumentProblem::message)
        .containsExactly("repeats the language \"ka\" (language tags are compared ignoring case)");
  }

  @Test
  void namesEachJsonTypeAsItIsNeverAnObjectAsAnArray() {
    Map<String, String> byValue = Map.of("{}", "an object", "[]", "an array", "1", "a number",
        "true", "a boolean", "\"x\"", "a string");
    byValue.forEach((value, described) -> {
      if (!value.startsWith("\"")) {
        assertThat(problems(HEAD + "\"summary\":" + value + "}")).singleElement()
            .isEqualTo(new DocumentProblem("/summary", "must be a string, not " + described));
      }
      if (!value.equals("[]")) {
        assertThat(problems(HEAD + "\"themes\":" + value + "}")).singleElement()
            .isEqualTo(new DocumentProblem("/themes", "must be an array, not " + described));
      }
    });
    assertThat(problems(HEAD + "\"organisations\":[[]]}")).containsExactly(
        new DocumentProblem("/organisations/0", "must be an organisation object, not an array"));
  }

  @Test
  void anUnknownValueInADocumentOfANewerMinorSaysTheDocumentIsNewerThanThisReader() {
    String document = "{\"formatVersion\":\"1.5\",\"id\":\"p\",\"name\":\"P\",\"organisations\":"
        + "[{\"id\":\"o\",\"name\":\"O\",\"sector\":\"municipal\"}]}";
    assertThat(problems(document)).containsExactly(new DocumentProblem(
        "/organisations/0/sector", "\"municipal\" is not a sector: expected one of public, "
            + "academic, community, voluntary, private; the document is of format \"1.5\", newer "
            + "than this reader's 1.1, and may use values added since"));
    // The version may come last: the message is the same.
    String last = "{\"id\":\"p\",\"name\":\"P\",\"organisations\":[{\"id\":\"o\",\"name\":\"O\","
        + "\"sector\":\"municipal\"}],\"formatVersion\":\"1.5\"}";
    assertThat(problems(last).get(0).message()).contains("newer than this reader's 1.1");
    assertThat(problems(HEAD + "\"organisations\":[{\"id\":\"o\",\"name\":\"O\","
        + "\"sector\":\"municipal\"}]}").get(0).message()).doesNotContain("newer");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"a\":1 // note\n}", "{'a':1}", "{\"a\":01}", "{\"a\":NaN}",
      "{\"a\":[1,]}", "{a:1}", "{\"a\":\"\\x\"}", "{\"a\":tru}", "{\"a\":1", "{\"a\":1}}"})
  void syntaxErrorsAreSaidInTheLibrarysOwnWordsWithLineAndColumn(String document) {
    assertThat(problems(document)).singleElement().satisfies(problem -> {
      assertThat(problem.pointer()).isEmpty();
      assertThat(problem.message()).containsPattern("at line \\d+, column \\d+$")
          .doesNotContain("Feature", "ALLOW_", "enable", "JsonReadFeature", "REDACTED");
    });
  }

  @Test
  void problemsThroughTheJacksonModuleCarryNoSourceOfJacksons() {
    JsonMapper mapper = JsonMapper.builder().addModule(ProgrammeJson.module())
        .disable(DeserializationFeature.WRAP_EXCEPTIONS).build();
    for (String document : List.of("{\"formatVersion\":\"1.0\",\"id\":\"p\",\"name\":tru}",
        "{\"formatVersion\":\"1.0\",\"id\":\"p\",\"name\":\"P\",\"x-deep\":" + "[".repeat(600)
            + "]".repeat(600) + "}",
        "{\"formatVersion\":\"1.0\",\"id\":\"p\",\"name\":\"P\",\"sdgs\":[" + "1".repeat(2000)
            + "]}")) {
      DocumentException e = catchThrowableOfType(DocumentException.class,
          () -> mapper.readValue(document, Programme.class));
      assertThat(e).as(document.substring(0, 40)).isNotNull();
      assertThat(e.problems()).allSatisfy(problem -> assertThat(problem.message())
          .doesNotContain("[Source", "REDACTED", "#UNKNOWN", "Feature", "StreamReadConstraints"));
    }
    DocumentException deep = catchThrowableOfType(DocumentException.class, () -> mapper.readValue(
        "{\"formatVersion\":\"1.0\",\"x\":" + "[".repeat(600) + "]".repeat(600) + "}",
        Programme.class));
    assertThat(deep.problems()).singleElement().satisfies(problem -> assertThat(problem.message())
        .startsWith("limit exceeded: the document nests deeper than 500 levels (maxNestingDepth)"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.01", "01.0", "1.0.0", "2.0", "1", "1.x", " 1.0"})
  void theWriterNeverWritesAVersionThatIsNotOneOfFormatOne(String version) {
    Programme p = Programme.builder().id("p").name("P")
        .extensions(Extensions.builder().version(version).build()).build();
    assertThatThrownBy(() -> JSON.write(p)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a version 1.x");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.0", "1.7", "1.10", "1.123"})
  void theWriterWritesANewerMinorAsRead(String version) {
    Programme p = Programme.builder().id("p").name("P")
        .extensions(Extensions.builder().version(version).build()).build();
    assertThat(JSON.write(p)).startsWith("{\"formatVersion\":\"" + version + "\",");
  }

  @Test
  void theWriterWritesTheLowestVersionTheProgrammeUses() {
    org.coproduce.model.Session session = org.coproduce.model.Session.builder().id("s")
        .title("S").kind(org.coproduce.model.SessionKind.PANEL).build();
    org.coproduce.model.Conference.Builder conference = org.coproduce.model.Conference.builder()
        .id("c").name("C");
    Programme plain = Programme.builder().id("p").name("P")
        .addConference(conference.addSession(session).build()).build();
    assertThat(JSON.write(plain)).startsWith("{\"formatVersion\":\"1.0\",");
    Programme held = Programme.builder().id("p").name("P")
        .addConference(org.coproduce.model.Conference.builder().id("c").name("C")
            .addSession(org.coproduce.model.Session.builder().from(session).language("ca")
                .build()).build()).build();
    assertThat(JSON.write(held)).startsWith("{\"formatVersion\":\"1.1\",");
    // This reader knows 1.1: it keeps no version of its own in the extensions.
    assertThat(JSON.read(JSON.write(held))).isEqualTo(held);
  }
}
