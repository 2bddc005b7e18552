package org.coproduce.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Holds the declaration of the format's types against what cannot be derived from it: both JSON
 * Schemas (members, their order, which are required), the tables of docs/format.md (members,
 * order, required, kind) and the model's accessors. Adding a member in one place and not the
 * others fails here.
 */
class DeclarationTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  static Stream<Shape<?, ?>> shapes() {
    return Declaration.SHAPES.stream();
  }

  static Stream<Arguments> shapesInEachSchema() {
    return Stream.of("programme-1.1.schema.json", "programme-1.1.strict.schema.json")
        .flatMap(schema -> shapes().map(shape -> Arguments.of(schema, shape)));
  }

  @ParameterizedTest(name = "{1} in {0}")
  @MethodSource("shapesInEachSchema")
  void schemaDeclaresTheSameMembersInTheSameOrderWithTheSameRequired(String schema,
      Shape<?, ?> shape) throws IOException {
    JsonNode type;
    try (InputStream in = ProgrammeJson.class.getResourceAsStream(schema)) {
      type = MAPPER.readTree(in).get("$defs").get(shape.name);
    }
    assertThat(type).as("%s has a definition of %s", schema, shape.name).isNotNull();
    assertThat(List.copyOf(type.get("properties").propertyNames())).as(shape.name)
        .containsExactlyElementsOf(names(shape));
    List<String> required = new ArrayList<>();
    type.get("required").forEach(r -> required.add(r.asString()));
    assertThat(required).as(shape.name).containsExactlyElementsOf(requiredNames(shape));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void documentationTablesDeclareTheSameMembersKindsAndRequired(Shape<?, ?> shape)
      throws IOException, URISyntaxException {
    Map<String, String[]> documented = documented(shape);
    assertThat(List.copyOf(documented.keySet())).as("the members of %s in docs/format.md",
        shape.name).containsExactlyElementsOf(names(shape));
    for (Member<?, ?> m : shape.members()) {
      String[] row = documented.get(m.name);
      assertThat(row[1].contains("**yes**")).as("%s.%s is required", shape.name, m.name)
          .isEqualTo(m.required);
      if (row[0] != null) {
        assertThat(row[0]).as("the type of %s.%s", shape.name, m.name).isEqualTo(described(m));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void modelHasAnAccessorForEachMemberShapedAsDeclared(Shape<?, ?> shape) throws Exception {
    for (Member<?, ?> m : shape.members()) {
      if (m.kind == Kind.VERSION) {
        continue; // the version of a document lives in its extensions
      }
      Method accessor = shape.type.getMethod(m.name);
      Class<?> returned = accessor.getReturnType();
      if (m.kind == Kind.TRANSLATIONS) {
        assertThat(returned).as("%s.%s", shape.name, m.name).isEqualTo(Map.class);
      } else if (m.list) {
        assertThat(returned).as("%s.%s", shape.name, m.name).isEqualTo(List.class);
      } else {
        assertThat(returned == Optional.class).as("%s.%s is optional", shape.name, m.name)
            .isEqualTo(!m.required);
      }
    }
    Class<?> abstractType = shape.type.getSuperclass();
    if (abstractType.getSimpleName().equals("Abstract" + shape.name)) {
      // An Immutables type: each abstract accessor of its abstract type is a declared member.
      List<String> attributes = new ArrayList<>();
      for (Method method : abstractType.getDeclaredMethods()) {
        if (Modifier.isAbstract(method.getModifiers()) && Modifier.isPublic(method.getModifiers())
            && method.getParameterCount() == 0) {
          attributes.add(method.getName());
        }
      }
      List<String> declared = new ArrayList<>(names(shape));
      declared.remove("formatVersion");
      assertThat(attributes).as("the attributes of %s", shape.name)
          .containsExactlyInAnyOrderElementsOf(declared);
    }
  }

  static Stream<Shape<?, ?>> translationShapes() {
    return Declaration.TRANSLATION_SHAPES.stream();
  }

  /**
   * A translation object's members: the model's accessors, the translation objects of both
   * schemas and what docs/format.md says the type's {@code translations} are "of" are the same,
   * in the same order, and the owner type declares translations of that type.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("translationShapes")
  void translationObjectsDeclareWhatTheModelTheSchemasAndTheDocumentationTranslate(
      Shape<?, ?> shape) throws Exception {
    String owner = shape.name.substring(0, shape.name.length() - "Translation".length());
    Shape<?, ?> ownerShape = Declaration.SHAPES.stream().filter(s -> s.name.equals(owner))
        .findFirst().orElseThrow();
    assertThat(ownerShape.member("translations")).as(owner).isNotNull();
    assertThat(ownerShape.member("translations").shape).as(owner).isSameAs(shape);
    List<String> declared = names(shape);
    assertThat(shape.members()).allSatisfy(m -> {
      assertThat(m.kind).isEqualTo(Kind.TEXT);
      assertThat(m.required).isFalse();
      // Each translates a text member of the owner of the same name.
      assertThat(ownerShape.member(m.name)).as("%s.%s", owner, m.name).isNotNull();
      assertThat(ownerShape.member(m.name).kind).isEqualTo(Kind.TEXT);
    });

    List<String> attributes = new ArrayList<>();
    // The model's abstract type, and the types it shares its members with.
    for (Class<?> c = shape.type.getSuperclass(); c != Object.class; c = c.getSuperclass()) {
      for (Method method : c.getDeclaredMethods()) {
        if (Modifier.isAbstract(method.getModifiers()) && Modifier.isPublic(method.getModifiers())
            && method.getParameterCount() == 0) {
          attributes.add(method.getName());
          assertThat(method.getReturnType()).isEqualTo(Optional.class);
        }
      }
    }
    assertThat(attributes).as("the attributes of %s", shape.name)
        .containsExactlyInAnyOrderElementsOf(declared);

    for (String schema : List.of("programme-1.1.schema.json",
        "programme-1.1.strict.schema.json")) {
      JsonNode type;
      try (InputStream in = ProgrammeJson.class.getResourceAsStream(schema)) {
        type = MAPPER.readTree(in).get("$defs").get(shape.name);
      }
      assertThat(type).as("%s has a definition of %s", schema, shape.name).isNotNull();
      assertThat(List.copyOf(type.get("additionalProperties").get("properties").propertyNames()))
          .as("%s in %s", shape.name, schema).containsExactlyElementsOf(declared);
    }

    String row = documented(ownerShape).get("translations")[2];
    Matcher of = Pattern.compile("of ((`\\w+`(, )?)+)").matcher(row);
    assertThat(of.find()).as("docs/format.md says what %s translations are of", owner).isTrue();
    assertThat(List.of(of.group(1).replace("`", "").split(", ")))
        .as("what docs/format.md says %s translations are of", owner)
        .containsExactlyElementsOf(declared);
  }

  private static List<String> names(Shape<?, ?> shape) {
    return shape.members().stream().map(m -> m.name).toList();
  }

  private static List<String> requiredNames(Shape<?, ?> shape) {
    return shape.members().stream().filter(m -> m.required).map(m -> m.name).toList();
  }

  /** What docs/format.md writes in the type column for a member. */
  private static String described(Member<?, ?> m) {
    String one;
    switch (m.kind) {
      case VERSION:
        return "string";
      case REFERENCE:
        one = m.target.toLowerCase(java.util.Locale.ROOT) + " ref";
        break;
      case TEXT:
        return m.list ? "list of text" : "text";
      case HASHTAG:
        one = "hashtag";
        break;
      case INTEGER:
        one = "integer";
        break;
      case LANGUAGE:
        one = "language tag";
        break;
      case COUNTRY:
        one = "country code";
        break;
      case PARTIAL_DATE:
        one = "partial date";
        break;
      case DATE_RANGE:
        one = "[date range](#dates)";
        break;
      case ENUM:
        one = "[" + m.wire.typeName() + "](#enumerations)";
        break;
      case TRANSLATIONS:
        return "[translations](#languages-and-translations)";
      case OBJECT:
        one = m.shape.name.equals("Coordinates") ? "Coordinates"
            : "[" + m.shape.name + "](#" + m.shape.name.toLowerCase(java.util.Locale.ROOT) + ")";
        break;
      default:
        one = m.kind.name().equals("URL") ? "URL" : m.kind.name().toLowerCase(java.util.Locale.ROOT);
    }
    return m.list ? "list of " + one + (m.kind.isObject() ? "" : "s") : one;
  }

  /**
   * The members docs/format.md gives a type, in order: each with its type column (null where the
   * text gives none), the text that says whether it is required and, in a table, its meaning.
   */
  private static Map<String, String[]> documented(Shape<?, ?> shape)
      throws IOException, URISyntaxException {
    List<String> lines = Files.readAllLines(docs(), StandardCharsets.UTF_8);
    Map<String, String[]> members = new LinkedHashMap<>();
    Pattern heading = Pattern.compile("#{3,4} " + shape.name + "\\b.*");
    for (int i = 0; i < lines.size(); i++) {
      if (heading.matcher(lines.get(i)).matches()) {
        for (int j = i + 1; j < lines.size() && !lines.get(j).startsWith("#"); j++) {
          String[] cells = lines.get(j).split("\\|");
          if (cells.length >= 4 && cells[1].trim().matches("`\\w+`")) {
            members.put(cells[1].trim().replace("`", ""), new String[] {cells[2].trim(),
                cells[3], cells.length > 4 ? cells[4] : ""});
          }
        }
        return members;
      }
    }
    // Types described in a sentence: "**Coordinates**: `latitude` (... **yes**) and ...", and the
    // date range's object literal.
    String text = String.join("\n", lines);
    Matcher inline = Pattern.compile("\\*\\*" + shape.name + "\\*\\*: (.*?)\n\n", Pattern.DOTALL)
        .matcher(text);
    if (inline.find()) {
      Matcher each = Pattern.compile("`(\\w+)` \\(([^)]*)\\)").matcher(inline.group(1));
      while (each.find()) {
        members.put(each.group(1), new String[] {null, each.group(2)});
      }
      return members;
    }
    Matcher literal = Pattern.compile("A \\*\\*date range\\*\\* is an object `\\{(.*?)\\}`;(.*?)\\.",
        Pattern.DOTALL).matcher(text);
    if (shape == Declaration.DATE_RANGE && literal.find()) {
      Matcher each = Pattern.compile("\"(\\w+)\": ([a-z ]+)").matcher(literal.group(1));
      while (each.find()) {
        boolean required = literal.group(2).replaceAll("\\s+", " ")
            .contains("`" + each.group(1) + "` is required");
        members.put(each.group(1), new String[] {null, required ? "**yes**" : ""});
      }
    }
    return members;
  }

  private static Path docs() throws URISyntaxException {
    // From json/target/test-classes to the project's root, wherever the tests are run from.
    Path classes = Path.of(DeclarationTest.class.getProtectionDomain().getCodeSource()
        .getLocation().toURI());
    return classes.getParent().getParent().getParent().resolve("docs").resolve("format.md");
  }
}
