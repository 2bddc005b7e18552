package org.coproduce.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coproduce.model.Programme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reader and the writer against the golden documents (see golden/README.md): every valid
 * document reads, writes back as its canonical form and writes again to the same bytes; every
 * invalid one is refused with exactly the problems its {@code .expected.txt} names, in order.
 */
class GoldenDocumentsTest {
  private static final ProgrammeJson JSON = ProgrammeJson.create();
  private static final ProgrammeJson STRICT = ProgrammeJson.builder().strict(true).build();
  /** What the ids of stand-ins begin with: no message may ever show one. */
  private static final String STAND_IN = "0-stand-in-";

  /** The known members of each type, in the order a writer writes them: the declaration's. */
  private static final Map<String, List<String>> MEMBERS = new HashMap<>();

  /** The type of each known member that holds objects (or a list of them). */
  private static final Map<String, String> OBJECT_MEMBERS = new HashMap<>();

  /** The declared types by name. */
  private static final Map<String, Shape<?, ?>> SHAPES = new HashMap<>();

  static {
    for (Shape<?, ?> shape : Declaration.SHAPES) {
      SHAPES.put(shape.name, shape);
      List<String> names = new ArrayList<>();
      for (Member<?, ?> m : shape.members()) {
        names.add(m.name);
        // Translations are compared as JSON values: their member names are language tags.
        if (m.shape != null && m.kind != Kind.TRANSLATIONS) {
          OBJECT_MEMBERS.put(shape.name + "." + m.name, m.shape.name);
        }
      }
      MEMBERS.put(shape.name, names);
    }
  }

  // Exact numbers, so that JSON equality compares values and not their binary approximations.
  private static final JsonMapper EXACT =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  // ------------------------------------------------------------------ valid documents

  @ParameterizedTest(name = "{0}")
  @MethodSource("validDocuments")
  void validDocumentReadsAlikeFromEveryKindOfInput(String name) throws IOException {
    byte[] bytes = bytes(valid(name));
    Programme programme = JSON.read(bytes);
    assertThat(JSON.read(new ByteArrayInputStream(bytes))).isEqualTo(programme);
    assertThat(JSON.read(golden().resolve(valid(name)))).isEqualTo(programme);
    String text = new String(bytes, UTF_8);
    assertThat(JSON.read(text)).isEqualTo(programme);
    assertThat(JSON.read(new StringReader(text))).isEqualTo(programme);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validDocuments")
  void validDocumentWritesBackAsItsCanonicalForm(String name) {
    String written = JSON.write(JSON.read(bytes(valid(name))));
    JsonNode expected = exact(bytes(canonicalOf(name)));
    assertCanonical("Programme", expected, exact(written.getBytes(UTF_8)), "");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validDocuments")
  void writingWhatWasWrittenGivesTheSameBytes(String name) {
    Programme programme = JSON.read(bytes(valid(name)));
    String written = JSON.write(programme);
    assertThat(JSON.write(JSON.read(written))).isEqualTo(written);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.write(programme, out);
    assertThat(out.toByteArray()).isEqualTo(written.getBytes(UTF_8));
    StringWriter writer = new StringWriter();
    JSON.write(programme, writer);
    assertThat(writer.toString()).isEqualTo(written);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validDocuments")
  void canonicalFormReadsAsTheSameProgramme(String name) {
    assertThat(JSON.read(bytes(canonicalOf(name)))).isEqualTo(JSON.read(bytes(valid(name))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validDocuments")
  void strictReaderRefusesEachUnknownMemberOrReadsAlike(String name) {
    byte[] bytes = bytes(valid(name));
    String strictFile = "valid/" + name + ".strict.expected.txt";
    if (!exists(strictFile)) {
      assertThat(STRICT.read(bytes)).isEqualTo(JSON.read(bytes));
      return;
    }
    DocumentException refusal =
        catchThrowableOfType(DocumentException.class, () -> STRICT.read(bytes));
    assertThat(refusal).as("strict mode refuses %s", name).isNotNull();
    assertThat(pointers(refusal)).containsExactlyElementsOf(expectedPointers(strictFile));
  }

  /** Checks the golden files themselves: each canonical form is what the tables of docs/format.md make it. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("validDocuments")
  void canonicalFormIsTheDocumentInTheOrderOfTheTablesWithoutNull(String name) {
    JsonNode canonical = exact(bytes(canonicalOf(name)));
    JsonNode document = exact(bytes(valid(name)));
    tools.jackson.databind.node.ObjectNode expected =
        (tools.jackson.databind.node.ObjectNode) canonicalise("Programme", document);
    // The lowest version the content needs, unless a newer minor was read.
    String version = document.get("formatVersion").asString();
    if (version.equals("1.0") || version.equals("1.1")) {
      expected.put("formatVersion", usesFormat11("Programme", document) ? "1.1" : "1.0");
    }
    assertCanonical("Programme", expected, canonical, "");
  }

  @Test
  void everyGoldenFileBelongsToADocument() throws IOException {
    List<String> valid = validDocuments().collect(Collectors.toList());
    List<String> invalid = invalidDocuments().collect(Collectors.toList());
    for (Path file : list("canonical")) {
      assertThat(valid).contains(stem(file, ".json"));
    }
    for (Path file : list("valid")) {
      String f = file.getFileName().toString();
      assertThat(f.endsWith(".json") || f.endsWith(".strict.expected.txt")).as(f).isTrue();
      assertThat(valid).contains(f.endsWith(".json") ? stem(file, ".json")
          : stem(file, ".strict.expected.txt"));
    }
    for (Path file : list("invalid")) {
      String f = file.getFileName().toString();
      assertThat(f.endsWith(".json") || f.endsWith(".expected.txt")).as(f).isTrue();
    }
    for (String name : invalid) {
      assertThat(exists("invalid/" + name + ".expected.txt")).as(name).isTrue();
      assertThat(expectedPointers("invalid/" + name + ".expected.txt")).as(name).isNotEmpty();
    }
  }

  @Test
  void apiServesTheShippedSchema() throws IOException {
    try (InputStream in =
        ProgrammeJson.class.getResourceAsStream("programme-1.1.schema.json")) {
      assertThat(in).isNotNull();
      assertThat(ProgrammeJson.schema()).isEqualTo(new String(in.readAllBytes(), UTF_8));
    }
  }

  @Test
  void apiServesTheShippedStrictSchema() throws IOException {
    try (InputStream in =
        ProgrammeJson.class.getResourceAsStream("programme-1.1.strict.schema.json")) {
      assertThat(in).isNotNull();
      assertThat(ProgrammeJson.strictSchema()).isEqualTo(new String(in.readAllBytes(), UTF_8))
          .contains("\"$id\": \"https://coproduce.org/schemas/programme-1.1.strict.schema.json\"")
          .isNotEqualTo(ProgrammeJson.schema());
    }
  }

  // ------------------------------------------------------------------ invalid documents

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidDocuments")
  void invalidDocumentIsRefusedWithExactlyItsExpectedProblems(String name) {
    byte[] bytes = bytes(invalid(name));
    List<String> expected = expectedPointers("invalid/" + name + ".expected.txt");
    List<String> lines = SchemaTest.expectedLines("invalid/" + name + ".expected.txt");
    Map<String, Function<ProgrammeJson, Programme>> inputs = new LinkedHashMap<>();
    inputs.put("bytes", json -> json.read(bytes));
    inputs.put("input stream", json -> json.read(new ByteArrayInputStream(bytes)));
    inputs.put("path", json -> json.read(golden().resolve(invalid(name))));
    // Characters, where the bytes are UTF-8 at all (a byte-order mark becomes U+FEFF).
    utf8(bytes).ifPresent(text -> {
      inputs.put("string", json -> json.read(text));
      inputs.put("reader", json -> json.read(new StringReader(text)));
    });
    for (Map.Entry<String, Function<ProgrammeJson, Programme>> input : inputs.entrySet()) {
      DocumentException refusal = catchThrowableOfType(
          DocumentException.class, () -> input.getValue().apply(JSON));
      assertThat(refusal).as("%s read from %s is refused", name, input.getKey()).isNotNull();
      assertThat(pointers(refusal)).as("%s read from %s", name, input.getKey())
          .containsExactlyElementsOf(expected);
      assertThat(refusal.problems()).allSatisfy(p -> assertThat(p.message()).isNotBlank()
          .doesNotContain(STAND_IN));
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.contains(SchemaTest.MESSAGE)) {
          assertThat(refusal.problems().get(i).message())
              .as("%s read from %s: the message at %s", name, input.getKey(), expected.get(i))
              .isEqualTo(line.substring(line.indexOf(SchemaTest.MESSAGE) + 3));
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidDocuments")
  void messagesQuoteAtMostEightyCharactersOfAnyValue(String name) {
    byte[] bytes = bytes(invalid(name));
    DocumentException refusal = catchThrowableOfType(DocumentException.class, () -> JSON.read(bytes));
    assertThat(refusal).isNotNull();
    List<String> longValues = longTokens(bytes);
    for (DocumentProblem problem : refusal.problems()) {
      String message = problem.message();
      for (int i = 0; i + 81 <= message.length(); i++) {
        String window = message.substring(i, i + 81);
        for (String value : longValues) {
          if (value.contains(window)) {
            fail("%s: the message at %s quotes more than 80 characters of a value: %s", name,
                problem.pointer(), message);
          }
        }
      }
    }
  }

  @Test
  void everyDeclaredMemberAppearsInAValidGoldenDocument() {
    java.util.Set<String> seen = new java.util.HashSet<>();
    validDocuments().forEach(name -> members("Programme", exact(bytes(valid(name))), seen));
    List<String> missing = new ArrayList<>();
    MEMBERS.forEach((type, names) -> names.stream().map(member -> type + "." + member)
        .filter(m -> !seen.contains(m)).forEach(missing::add));
    assertThat(missing).as("declared members that no valid golden document uses").isEmpty();
  }

  /** Notes each known member of a value of that type, and of the objects inside it. */
  private static void members(String type, JsonNode value, java.util.Set<String> seen) {
    if (!value.isObject()) {
      return;
    }
    for (String member : MEMBERS.get(type)) {
      JsonNode v = value.get(member);
      if (v == null || v.isNull()) {
        continue;
      }
      seen.add(type + "." + member);
      String child = OBJECT_MEMBERS.get(type + "." + member);
      if (child != null) {
        for (JsonNode element : v.isArray() ? v : List.of(v)) {
          members(child, element, seen);
        }
      }
    }
  }

  // ------------------------------------------------------------------ helpers

  // The golden files are listed and read as SchemaTest does.
  static Stream<String> validDocuments() {
    return SchemaTest.validDocuments();
  }

  static Stream<String> invalidDocuments() {
    return SchemaTest.invalidDocuments();
  }

  private static Path golden() {
    return SchemaTest.golden();
  }

  private static boolean exists(String relative) {
    return SchemaTest.exists(relative);
  }

  private static byte[] bytes(String relative) {
    return SchemaTest.bytes(relative);
  }

  private static List<String> expectedPointers(String relative) {
    return SchemaTest.expectedPointers(relative);
  }

  private static String valid(String name) {
    return "valid/" + name + ".json";
  }

  private static String invalid(String name) {
    return "invalid/" + name + ".json";
  }

  private static String canonicalOf(String name) {
    return exists("canonical/" + name + ".json") ? "canonical/" + name + ".json" : valid(name);
  }

  private static List<Path> list(String folder) throws IOException {
    try (Stream<Path> files = Files.list(golden().resolve(folder))) {
      return files.collect(Collectors.toList());
    }
  }

  private static String stem(Path file, String suffix) {
    String f = file.getFileName().toString();
    return f.substring(0, f.length() - suffix.length());
  }

  private static List<String> pointers(DocumentException refusal) {
    return refusal.problems().stream().map(DocumentProblem::pointer).collect(Collectors.toList());
  }

  private static Optional<String> utf8(byte[] bytes) {
    try {
      return Optional.of(UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static JsonNode exact(byte[] bytes) {
    return EXACT.readTree(bytes);
  }

  /**
   * Asserts that {@code actual} is the canonical {@code expected}: the same members in the same
   * order in every object of a known type, JSON-equal values inside unknown members.
   */
  private static void assertCanonical(String type, JsonNode expected, JsonNode actual,
      String pointer) {
    assertThat(actual.isObject()).as("%s is an object", pointer).isTrue();
    assertThat(List.copyOf(actual.propertyNames())).as("the members of %s, in order", pointer)
        .containsExactlyElementsOf(expected.propertyNames());
    for (String member : expected.propertyNames()) {
      String at = pointer + "/" + member.replace("~", "~0").replace("/", "~1");
      JsonNode e = expected.get(member);
      JsonNode a = actual.get(member);
      String child = MEMBERS.get(type).contains(member) ? OBJECT_MEMBERS.get(type + "." + member)
          : null;
      if (child == null) {
        assertJsonEqual(e, a, at);
      } else if (e.isArray()) {
        assertThat(a.isArray() && a.size() == e.size()).as("%s has %d items", at, e.size())
            .isTrue();
        for (int i = 0; i < e.size(); i++) {
          assertCanonical(child, e.get(i), a.get(i), at + "/" + i);
        }
      } else {
        assertCanonical(child, e, a, at);
      }
    }
  }

  /** JSON equality: member order does not matter, numbers compare by value. */
  private static void assertJsonEqual(JsonNode expected, JsonNode actual, String pointer) {
    if (expected.isNumber() && actual.isNumber()) {
      assertThat(actual.decimalValue()).as(pointer).isEqualByComparingTo(expected.decimalValue());
    } else if (expected.isObject()) {
      assertThat(actual.isObject()).as("%s is an object", pointer).isTrue();
      assertThat(actual.propertyNames()).as(pointer)
          .containsExactlyInAnyOrderElementsOf(expected.propertyNames());
      for (String member : expected.propertyNames()) {
        assertJsonEqual(expected.get(member), actual.get(member),
            pointer + "/" + member.replace("~", "~0").replace("/", "~1"));
      }
    } else if (expected.isArray()) {
      assertThat(actual.isArray() && actual.size() == expected.size())
          .as("%s has %d items", pointer, expected.size()).isTrue();
      for (int i = 0; i < expected.size(); i++) {
        assertJsonEqual(expected.get(i), actual.get(i), pointer + "/" + i);
      }
    } else {
      assertThat(actual).as(pointer).isEqualTo(expected);
    }
  }

  /** Whether a member that format 1.1 added is given, here or in an object inside. */
  private static boolean usesFormat11(String type, JsonNode object) {
    for (Member<?, ?> m : SHAPES.get(type).members()) {
      JsonNode value = object.get(m.name);
      if (value == null || value.isNull() || (value.isContainer() && value.isEmpty())) {
        continue;
      }
      if (m.since > 0) {
        return true;
      }
      String child = OBJECT_MEMBERS.get(type + "." + m.name);
      if (child != null) {
        for (JsonNode item : value.isArray() ? value : List.of(value)) {
          if (usesFormat11(child, item)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The canonical form by the rules of docs/format.md: see golden/README.md. */
  private static JsonNode canonicalise(String type, JsonNode document) {
    tools.jackson.databind.node.ObjectNode out = EXACT.createObjectNode();
    List<String> known = MEMBERS.get(type);
    for (String member : known) {
      JsonNode value = document.get(member);
      if (value == null || value.isNull() || (value.isArray() && value.isEmpty())) {
        continue;
      }
      String child = OBJECT_MEMBERS.get(type + "." + member);
      if (child != null && value.isArray()) {
        tools.jackson.databind.node.ArrayNode items = out.putArray(member);
        value.forEach(item -> items.add(canonicalise(child, item)));
      } else if (child != null) {
        out.set(member, canonicalise(child, value));
      } else {
        out.set(member, value);
      }
    }
    for (String member : document.propertyNames()) {
      if (!known.contains(member)) {
        out.set(member, document.get(member));
      }
    }
    return out;
  }

  /** Every string, member name and number of the document longer than 80 characters. */
  private static List<String> longTokens(byte[] bytes) {
    JsonFactory lenient = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(Integer.MAX_VALUE)
            .maxNumberLength(Integer.MAX_VALUE)
            .build())
        .build();
    List<String> values = new ArrayList<>();
    try (JsonParser parser = lenient.createParser(
        tools.jackson.core.ObjectReadContext.empty(), bytes)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        String text = token == JsonToken.PROPERTY_NAME ? parser.currentName()
            : token == JsonToken.VALUE_STRING || token.isNumeric() ? parser.getString() : null;
        if (text != null && text.length() > 80) {
          values.add(text);
        }
      }
    } catch (JacksonException e) {
      // Malformed: the values before the fault are what a message could quote.
    }
    return values;
  }
}
