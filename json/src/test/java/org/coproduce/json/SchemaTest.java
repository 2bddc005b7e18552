package org.coproduce.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coproduce.model.Role;
import org.coproduce.model.Sector;
import org.coproduce.model.SessionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schemas of format 1.1 against the golden documents: the tolerant schema accepts every
 * valid document and refuses every invalid one whose fault a schema can see; the strict schema
 * refuses unknown members, each where it stands.
 */
class SchemaTest {
  private static final String TOLERANT = "/org/coproduce/json/programme-1.1.schema.json";
  private static final String STRICT = "/org/coproduce/json/programme-1.1.strict.schema.json";
  private static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";

  /**
   * Invalid documents whose fault lies in the text rather than in the JSON value it holds, so that
   * a schema never sees it: a strict JSON parser refuses each of them.
   */
  private static final Map<String, String> NOT_A_JSON_VALUE =
      Map.ofEntries(
          entry("empty-document", "no JSON value at all"),
          entry("whitespace-only", "no JSON value at all"),
          entry("malformed-truncated", "malformed JSON"),
          entry("malformed-trailing-comma", "malformed JSON"),
          entry("malformed-comment", "malformed JSON"),
          entry("malformed-single-quotes", "malformed JSON"),
          entry("malformed-unquoted-name", "malformed JSON"),
          entry("malformed-nan", "malformed JSON"),
          entry("malformed-leading-zero", "malformed JSON"),
          entry("malformed-control-character", "malformed JSON"),
          entry("malformed-bad-escape", "malformed JSON"),
          entry("trailing-content-second-value", "content after the root value"),
          entry("trailing-content-garbage", "content after the root value"),
          entry("trailing-content-comma", "content after the root value"),
          entry("bom-utf8", "a byte-order mark"),
          entry("utf16le-with-bom", "not UTF-8"),
          entry("utf16le-without-bom", "not UTF-8"),
          entry("utf16be-without-bom", "not UTF-8"),
          entry("utf8-invalid-byte", "invalid UTF-8"),
          entry("utf8-lone-continuation-byte", "invalid UTF-8"),
          entry("utf8-overlong", "invalid UTF-8"),
          entry("utf8-overlong-three-bytes", "invalid UTF-8"),
          entry("utf8-encoded-surrogate", "invalid UTF-8"),
          entry("utf8-beyond-unicode", "invalid UTF-8"),
          entry("utf8-truncated-sequence", "invalid UTF-8"),
          entry("utf8-invalid-in-unknown-member", "invalid UTF-8"),
          entry("utf8-invalid-in-member-name", "invalid UTF-8"),
          entry("duplicate-member-name", "a parsed value keeps one of two members of a name"),
          entry("duplicate-member-name-nested", "a parsed value keeps one of two members of a name"),
          entry("duplicate-member-name-null", "a parsed value keeps one of two members of a name"),
          entry("duplicate-member-name-unknown", "a parsed value keeps one of two members of a name"),
          entry("duplicate-member-name-inside-unknown",
              "a parsed value keeps one of two members of a name"),
          entry("repeated-member-first-is-checked",
              "a parsed value keeps one of two members of a name"),
          entry("repeated-member-listed-where-it-stands",
              "a parsed value keeps one of two members of a name"),
          entry("repeated-names-inside-wrong-type",
              "a parsed value keeps one of two members of a name"),
          entry("other-major-version-trailing-content", "content after the root value"),
          entry("syntax-error-after-problems", "malformed JSON"),
          entry("limit-nesting-depth", "a limit of the reader, not a property of the value"),
          entry("limit-number-length", "a limit of the reader, not a property of the value"));

  /**
   * Invalid documents that are well-formed JSON whose fault no JSON Schema can express (the root
   * schema's description lists these rules). Each breaks only such rules, so the schema accepts it.
   */
  private static final Map<String, String> BEYOND_THE_SCHEMA =
      Map.ofEntries(
          entry("duplicate-hashtag-case", "hashtags compare ignoring case; uniqueItems is exact"),
          entry("sdg-fraction", "11.0 is an integer to JSON Schema"),
          entry("sdg-exponent", "1e1 is an integer to JSON Schema"),
          entry("sdg-integer-valued-forms", "17.0, 1E1, 1.0e0 and 110E-1 are integers to it"),
          entry("bad-date-february-30", "the pattern cannot know the length of each month"),
          entry("bad-calendar-dates", "the pattern cannot know month lengths and leap years"),
          entry("end-before-start", "compares two members"),
          entry("end-before-start-variants", "compares two members"),
          entry("session-date-outside-conference", "compares members of two objects"),
          entry("unpaired-surrogate", "a pattern sees code points, not escapes"),
          entry("unpaired-surrogates", "a pattern sees code points, not escapes"),
          entry("duplicate-organisation-id", "uniqueness of a member across a list"),
          entry("duplicate-participant-id", "uniqueness of a member across a list"),
          entry("duplicate-conference-id", "uniqueness of a member across a list"),
          entry("duplicate-strand-id", "uniqueness of a member across a list"),
          entry("duplicate-session-id", "uniqueness of a member across a list"),
          entry("duplicate-visit-id", "uniqueness of a member across a list"),
          entry("duplicate-quote-id", "uniqueness of a member across a list"),
          entry("duplicate-output-id", "uniqueness of a member across a list"),
          entry("unresolved-output-references", "references"),
          entry("repeated-translation-tag", "tags compare ignoring case; names are exact"),
          entry("translation-into-original-language", "compares a tag with another member"),
          entry("translation-of-absent-member", "compares members of two objects"),
          entry("duplicate-participation", "uniqueness of three members across a list"),
          entry("repeated-participation-dangling-references",
              "uniqueness of three members across a list, and references"),
          entry("unresolved-lead", "references"),
          entry("unresolved-funder", "references"),
          entry("unresolved-parent", "references"),
          entry("unresolved-affiliation-organisation", "references"),
          entry("unresolved-host", "references"),
          entry("unresolved-session-strand", "references"),
          entry("unresolved-participation-participant", "references"),
          entry("unresolved-participation-session", "references"),
          entry("unresolved-participation-representing", "references"),
          entry("unresolved-visit-conference", "references"),
          entry("unresolved-visit-participant", "references"),
          entry("unresolved-visit-funder", "references"),
          entry("unresolved-quote-speaker", "references"),
          entry("unresolved-quote-conference", "references"),
          entry("reference-to-other-kind", "references"),
          entry("strand-of-other-conference", "references"),
          entry("session-of-other-conference", "references"),
          entry("parent-loop", "references"),
          entry("parent-self", "references"),
          entry("parent-loop-with-tail", "references"));

  // Refuses what RFC 8259 refuses and what a parsed value would hide: repeated names, trailing
  // content. Its default limits also refuse the limit-* documents.
  private static final JsonMapper STRICT_JSON =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder.schemaRegistryConfig(
                  SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

  private static final Schema TOLERANT_SCHEMA = REGISTRY.getSchema(readTree(resource(TOLERANT)));
  private static final Schema STRICT_SCHEMA = REGISTRY.getSchema(readTree(resource(STRICT)));

  @Test
  void bothSchemasAreValidDraft202012Schemas() {
    Schema meta = REGISTRY.getSchema(SchemaLocation.of(META_SCHEMA));
    for (String name : List.of(TOLERANT, STRICT)) {
      JsonNode schema = readTree(resource(name));
      assertThat(meta.validate(schema)).as(name).isEmpty();
      assertThat(schema.get("$schema").asString()).isEqualTo(META_SCHEMA);
    }
    assertThat(readTree(resource(TOLERANT)).get("$id").asString())
        .isEqualTo("https://coproduce.org/schemas/programme-1.1.schema.json");
    assertThat(readTree(resource(STRICT)).get("$id").asString())
        .isEqualTo("https://coproduce.org/schemas/programme-1.1.strict.schema.json");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validDocuments")
  void tolerantSchemaAcceptsEveryValidDocument(String name) {
    JsonNode document = parseStrictly(bytes("valid/" + name + ".json")).orElseThrow();
    assertThat(messages(TOLERANT_SCHEMA.validate(document))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidDocuments")
  void tolerantSchemaRefusesEveryInvalidDocumentWhoseFaultItCanSee(String name) {
    Optional<JsonNode> document = parseStrictly(bytes("invalid/" + name + ".json"));
    if (NOT_A_JSON_VALUE.containsKey(name)) {
      assertThat(document).as("a strict JSON parser refuses %s", name).isEmpty();
      return;
    }
    assertThat(document).as("%s is well-formed JSON; else list it in NOT_A_JSON_VALUE", name)
        .isPresent();
    List<Error> errors = TOLERANT_SCHEMA.validate(document.get());
    if (BEYOND_THE_SCHEMA.containsKey(name)) {
      assertThat(messages(errors))
          .as("%s breaks only rules beyond a schema (%s)", name, BEYOND_THE_SCHEMA.get(name))
          .isEmpty();
    } else {
      assertThat(errors)
          .as("the schema refuses %s; if it cannot, list it in BEYOND_THE_SCHEMA with why", name)
          .isNotEmpty();
    }
  }

  @Test
  void everyDocumentSetAsideExistsAndIsSetAsideOnce() {
    Set<String> invalid = invalidDocuments().collect(Collectors.toSet());
    assertThat(invalid).containsAll(NOT_A_JSON_VALUE.keySet());
    assertThat(invalid).containsAll(BEYOND_THE_SCHEMA.keySet());
    assertThat(NOT_A_JSON_VALUE.keySet()).doesNotContainAnyElementsOf(BEYOND_THE_SCHEMA.keySet());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validDocumentsWithUnknownMembers")
  void strictSchemaRefusesEachUnknownMemberWhereItStands(String name) {
    JsonNode document = parseStrictly(bytes("valid/" + name + ".json")).orElseThrow();
    List<Error> errors = STRICT_SCHEMA.validate(document);
    assertThat(errors).extracting(Error::getKeyword).containsOnly("additionalProperties");
    List<String> pointers = new ArrayList<>();
    for (Error error : errors) {
      pointers.add(pointer(error.getInstanceLocation()) + "/" + escape(error.getProperty()));
    }
    assertThat(pointers).containsExactlyInAnyOrderElementsOf(expectedPointers(
        "valid/" + name + ".strict.expected.txt"));
  }

  @Test
  void strictSchemaRefusesXNamesThatTheTolerantOneAccepts() {
    JsonNode document = readTree(
        "{\"formatVersion\": \"1.0\", \"id\": \"p\", \"name\": \"P\", \"x-note\": \"ours\"}");
    assertThat(TOLERANT_SCHEMA.validate(document)).isEmpty();
    assertThat(STRICT_SCHEMA.validate(document)).extracting(Error::getProperty)
        .containsExactly("x-note");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validDocumentsWithoutUnknownMembers")
  void strictSchemaAcceptsTheCanonicalFormOfEveryDocumentWithoutUnknownMembers(String name) {
    String canonical = exists("canonical/" + name + ".json")
        ? "canonical/" + name + ".json" : "valid/" + name + ".json";
    JsonNode document = parseStrictly(bytes(canonical)).orElseThrow();
    assertThat(messages(STRICT_SCHEMA.validate(document))).isEmpty();
  }

  @Test
  void strictSchemaRefusesNullForOptionalMembers() {
    JsonNode document =
        parseStrictly(bytes("valid/nulls-for-optional-members.json")).orElseThrow();
    assertThat(TOLERANT_SCHEMA.validate(document)).isEmpty();
    assertThat(STRICT_SCHEMA.validate(document)).isNotEmpty();
  }

  /**
   * The two schemas are kept apart by hand; this keeps them describing the same members: the strict
   * one is the tolerant one without null and with additionalProperties false in every object.
   */
  @Test
  void strictSchemaIsTheTolerantOneWithoutNullsAndUnknownMembers() {
    JsonNode tolerant = readTree(resource(TOLERANT)).get("$defs");
    JsonNode strict = readTree(resource(STRICT)).get("$defs");
    assertThat(strict.propertyNames()).containsExactlyElementsOf(tolerant.propertyNames());
    for (String type : tolerant.propertyNames()) {
      JsonNode t = tolerant.get(type);
      JsonNode s = strict.get(type);
      if (t.has("propertyNames")) {
        // Translations: the same tags; each translation object without nulls or unknown members.
        assertThat(s.get("propertyNames")).as(type).isEqualTo(t.get("propertyNames"));
        JsonNode tt = t.get("additionalProperties");
        JsonNode st = s.get("additionalProperties");
        assertThat(st.get("additionalProperties").asBoolean(true)).as(type).isFalse();
        assertThat(st.get("minProperties")).as(type).isEqualTo(tt.get("minProperties"));
        assertThat(st.get("properties").propertyNames()).as(type)
            .containsExactlyElementsOf(tt.get("properties").propertyNames());
        for (String member : tt.get("properties").propertyNames()) {
          assertThat(st.get("properties").get(member)).as(type + "." + member)
              .isEqualTo(tt.get("properties").get(member).get("anyOf").get(1));
        }
        continue;
      }
      if (!t.has("properties")) {
        assertThat(s).as(type).isEqualTo(t);
        continue;
      }
      assertThat(t.has("additionalProperties")).as(type).isFalse();
      assertThat(s.get("additionalProperties").isBoolean()
          && !s.get("additionalProperties").asBoolean()).as(type).isTrue();
      assertThat(s.get("required")).as(type).isEqualTo(t.get("required"));
      assertThat(s.get("properties").propertyNames()).as(type)
          .containsExactlyElementsOf(t.get("properties").propertyNames());
      Set<String> required = new HashSet<>();
      t.get("required").forEach(r -> required.add(r.asString()));
      for (String member : t.get("properties").propertyNames()) {
        JsonNode tm = t.get("properties").get(member);
        JsonNode sm = s.get("properties").get(member);
        if (required.contains(member)) {
          assertThat(sm).as(type + "." + member).isEqualTo(tm);
        } else {
          JsonNode anyOf = tm.get("anyOf");
          assertThat(anyOf.get(0).get("type").asString()).as(type + "." + member)
              .isEqualTo("null");
          JsonNode withoutNull = anyOf.get(1).deepCopy();
          if (tm.has("description")) {
            ((tools.jackson.databind.node.ObjectNode) withoutNull)
                .set("description", tm.get("description"));
          }
          assertThat(sm).as(type + "." + member).isEqualTo(withoutNull);
        }
      }
    }
  }

  @Test
  void schemaEnumerationsAreTheModelsEnumerationsOnTheWire() {
    JsonNode defs = readTree(resource(TOLERANT)).get("$defs");
    assertThat(enumValues(defs.get("Sector"))).containsExactlyElementsOf(wire(Sector.values()));
    assertThat(enumValues(defs.get("Role"))).containsExactlyElementsOf(wire(Role.values()));
    assertThat(enumValues(defs.get("SessionKind")))
        .containsExactlyElementsOf(wire(SessionKind.values()));
    assertThat(enumValues(defs.get("country"))).hasSize(249).doesNotContain("UK", "EU", "XK");
  }

  /** The description is where a reader in another language learns what to check beyond it. */
  @Test
  void descriptionListsTheRulesTheSchemaCannotExpress() {
    String description = readTree(resource(TOLERANT)).get("description").asString();
    assertThat(description).contains(
        "References resolve", "Ids are unique", "does not loop", "end does not lie before start",
        "shares at least one day", "same participant, role and session", "ignoring ASCII case",
        "real dates", "without fraction or exponent", "unpaired surrogate", "byte-order mark",
        "invalid UTF-8", "white space after the root value", "member name repeated", "Limits");
  }

  // ------------------------------------------------------------------ helpers

  static Stream<String> validDocuments() {
    return documents("valid");
  }

  static Stream<String> invalidDocuments() {
    return documents("invalid");
  }

  static Stream<String> validDocumentsWithUnknownMembers() {
    return validDocuments().filter(n -> exists("valid/" + n + ".strict.expected.txt"));
  }

  static Stream<String> validDocumentsWithoutUnknownMembers() {
    return validDocuments().filter(n -> !exists("valid/" + n + ".strict.expected.txt"));
  }

  private static Stream<String> documents(String folder) {
    try (Stream<Path> files = Files.list(golden().resolve(folder))) {
      List<String> names = files.map(p -> p.getFileName().toString())
          .filter(f -> f.endsWith(".json"))
          .map(f -> f.substring(0, f.length() - ".json".length()))
          .sorted()
          .collect(Collectors.toList());
      assertThat(names).as("golden documents in " + folder).isNotEmpty();
      return names.stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path golden() {
    try {
      return Path.of(SchemaTest.class.getResource("/golden").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static boolean exists(String relative) {
    return Files.isRegularFile(golden().resolve(relative));
  }

  static byte[] bytes(String relative) {
    try {
      return Files.readAllBytes(golden().resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The pointer lines of an expected-pointers file; {@code ""} stands for the empty pointer. */
  static List<String> expectedPointers(String relative) {
    return expectedLines(relative).stream()
        .map(line -> line.contains(MESSAGE) ? line.substring(0, line.indexOf(MESSAGE)) : line)
        .map(pointer -> pointer.equals("\"\"") ? "" : pointer)
        .collect(Collectors.toList());
  }

  /** Between a pointer and the message that goes with it in an expected file. */
  static final String MESSAGE = " | ";

  /** The problem lines of an expected file: a pointer, and maybe {@link #MESSAGE} and a message. */
  static List<String> expectedLines(String relative) {
    return new String(bytes(relative), UTF_8).lines()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .collect(Collectors.toList());
  }

  /** The JSON value of a document if it is one UTF-8 JSON text as RFC 8259 has it, else empty. */
  private static Optional<JsonNode> parseStrictly(byte[] bytes) {
    String text;
    try {
      text = UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
    if (text.startsWith("\uFEFF")) {
      return Optional.empty(); // RFC 8259 section 8.1: a JSON text has no byte-order mark
    }
    try {
      JsonNode node = STRICT_JSON.readTree(text);
      return node == null || node.isMissingNode() ? Optional.empty() : Optional.of(node);
    } catch (JacksonException e) {
      return Optional.empty();
    }
  }

  private static String resource(String name) {
    try (InputStream in = SchemaTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode readTree(String text) {
    return STRICT_JSON.readTree(text);
  }

  private static List<String> messages(List<Error> errors) {
    return errors.stream().map(Error::toString).collect(Collectors.toList());
  }

  private static String pointer(NodePath path) {
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      pointer.append('/').append(escape(String.valueOf(path.getElement(i))));
    }
    return pointer.toString();
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  private static List<String> enumValues(JsonNode schema) {
    List<String> values = new ArrayList<>();
    schema.get("enum").forEach(v -> values.add(v.asString()));
    return values;
  }

  private static List<String> wire(Enum<?>[] values) {
    return Arrays.stream(values)
        .map(v -> v.name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .collect(Collectors.toList());
  }
}
