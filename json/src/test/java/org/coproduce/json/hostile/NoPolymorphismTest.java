package org.coproduce.json.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.coproduce.json.DocumentException;
import org.coproduce.json.DocumentProblem;
import org.coproduce.json.ProgrammeJson;
import org.coproduce.model.Extensions;
import org.coproduce.model.Organisation;
import org.coproduce.model.Participant;
import org.coproduce.model.Place;
import org.coproduce.model.Programme;
import org.coproduce.model.Role;
import org.coproduce.model.Sector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DefaultTyping;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * No class name is ever taken from input: members such as {@code "@class"} are unknown data like
 * any other, kept as text by a tolerant reader and refused by a strict one; a class they name is
 * never initialised, through ProgrammeJson or through the Jackson module, even in a mapper that
 * turns on default typing; and the json module's code does no reflective class loading at all.
 */
class NoPolymorphismTest {
  /** A class that records being initialised, which is what loading it for a type id does. */
  static final class Tripwire {
    static {
      TRIPPED.add(Tripwire.class.getName());
    }

    private Tripwire() {}
  }

  static final List<String> TRIPPED = new CopyOnWriteArrayList<>();
  private static final String CLASS = "org.coproduce.json.hostile.NoPolymorphismTest$Tripwire";
  private static final ProgrammeJson JSON = ProgrammeJson.create();
  private static final ProgrammeJson STRICT = ProgrammeJson.builder().strict(true).build();

  /** A programme with the member in each kind of object, first where Jackson would look. */
  private static String everywhere(String member) {
    String m = "\"" + member + "\":\"" + CLASS + "\",";
    return "{" + m + "\"formatVersion\":\"1.0\",\"id\":\"p\",\"name\":\"P\","
        + "\"period\":{" + m + "\"start\":\"2018\"},"
        + "\"organisations\":[{" + m + "\"id\":\"o\",\"name\":\"O\",\"sector\":\"public\","
        + "\"place\":{" + m + "\"name\":\"Q\",\"country\":\"GB\","
        + "\"coordinates\":{" + m + "\"latitude\":1,\"longitude\":2}}}],"
        + "\"participants\":[{" + m + "\"id\":\"a\",\"name\":\"A\","
        + "\"affiliations\":[{" + m + "\"organisation\":\"o\"}]}],"
        + "\"conferences\":[{" + m + "\"id\":\"c\",\"name\":\"C\","
        + "\"strands\":[{" + m + "\"id\":\"s\",\"title\":\"S\"}],"
        + "\"sessions\":[{" + m + "\"id\":\"x\",\"title\":\"X\",\"kind\":\"panel\"}],"
        + "\"participations\":[{" + m + "\"participant\":\"a\",\"role\":\"speaker\"}]}],"
        + "\"visits\":[{" + m + "\"id\":\"v\",\"title\":\"V\",\"conference\":\"c\"}],"
        + "\"quotes\":[{" + m + "\"id\":\"q\",\"speaker\":\"a\",\"text\":\"T\","
        + "\"source\":{" + m + "\"title\":\"T\"}}]}";
  }

  private static final String[] TYPE_MEMBERS = {"@class", "@type", "@c", "$type", "type", "class",
      "@jsonType", "javaClass"};

  @Test
  void keepsTypeMembersAsUnknownDataInEveryObjectAndInitialisesNoClass() {
    for (String member : TYPE_MEMBERS) {
      Programme p = JSON.read(everywhere(member));
      List<Extensions> all = List.of(p.extensions(),
          p.period().orElseThrow().extensions(),
          p.organisations().get(0).extensions(),
          p.organisations().get(0).place().orElseThrow().extensions(),
          p.organisations().get(0).place().orElseThrow().coordinates().orElseThrow().extensions(),
          p.participants().get(0).extensions(),
          p.participants().get(0).affiliations().get(0).extensions(),
          p.conferences().get(0).extensions(),
          p.conferences().get(0).strands().get(0).extensions(),
          p.conferences().get(0).sessions().get(0).extensions(),
          p.conferences().get(0).participations().get(0).extensions(),
          p.visits().get(0).extensions(),
          p.quotes().get(0).extensions(),
          p.quotes().get(0).source().orElseThrow().extensions());
      assertThat(all).as(member).allSatisfy(extensions -> assertThat(extensions.members())
          .containsOnlyKeys(member)
          .extractingByKey(member).hasToString("\"" + CLASS + "\""));
      assertThat(JSON.read(JSON.write(p))).isEqualTo(p);
    }
    assertThat(TRIPPED).isEmpty();
  }

  @Test
  void aStrictReaderRefusesTypeMembersAtEachOne() {
    for (String member : TYPE_MEMBERS) {
      assertThatThrownBy(() -> STRICT.read(everywhere(member)))
          .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.problems())
              .hasSize(14)
              .allSatisfy(problem -> {
                assertThat(problem.pointer()).endsWith("/" + member.replace("~", "~0"));
                assertThat(problem.message()).contains("(this reader is strict)");
              }));
    }
    assertThat(TRIPPED).isEmpty();
  }

  @Test
  void refusesTypeWrappersWhereObjectsBelong() {
    String wrapped = "[\"" + CLASS + "\",{\"formatVersion\":\"1.0\",\"id\":\"p\",\"name\":\"P\"}]";
    assertThatThrownBy(() -> JSON.read(wrapped)).isInstanceOfSatisfying(DocumentException.class,
        e -> assertThat(e.problems()).extracting(DocumentProblem::pointer).containsExactly(""));
    String inList = "{\"formatVersion\":\"1.0\",\"id\":\"p\",\"name\":\"P\",\"organisations\":[[\""
        + CLASS + "\",{\"id\":\"o\",\"name\":\"O\",\"sector\":\"public\"}]]}";
    assertThatThrownBy(() -> JSON.read(inList)).isInstanceOfSatisfying(DocumentException.class,
        e -> assertThat(e.problems()).extracting(DocumentProblem::pointer)
            .containsExactly("/organisations/0"));
    String asSector = "{\"formatVersion\":\"1.0\",\"id\":\"p\",\"name\":\"P\",\"organisations\":"
        + "[{\"id\":\"o\",\"name\":\"O\",\"sector\":\"" + CLASS + "\"}]}";
    assertThatThrownBy(() -> JSON.read(asSector)).isInstanceOfSatisfying(DocumentException.class,
        e -> assertThat(e.problems()).extracting(DocumentProblem::pointer)
            .containsExactly("/organisations/0/sector"));
    assertThat(TRIPPED).isEmpty();
  }

  /** Mappers of users: a plain one, and ones that turn on default typing for what they can. */
  static Stream<Arguments> mappers() {
    BasicPolymorphicTypeValidator anything = BasicPolymorphicTypeValidator.builder()
        .allowIfBaseType(Object.class).allowIfSubType(Object.class).build();
    return Stream.of(
        Arguments.of("a plain mapper", JsonMapper.builder().addModule(ProgrammeJson.module())
            .build()),
        Arguments.of("default typing as a property", JsonMapper.builder()
            .addModule(ProgrammeJson.module())
            .activateDefaultTyping(anything, DefaultTyping.NON_FINAL_AND_ENUMS,
                JsonTypeInfo.As.PROPERTY).build()),
        Arguments.of("default typing as a wrapper array", JsonMapper.builder()
            .addModule(ProgrammeJson.module())
            .activateDefaultTyping(anything, DefaultTyping.NON_FINAL_AND_ENUMS,
                JsonTypeInfo.As.WRAPPER_ARRAY).build()),
        Arguments.of("default typing in a member \"type\"", JsonMapper.builder()
            .addModule(ProgrammeJson.module())
            .activateDefaultTypingAsProperty(anything, DefaultTyping.NON_FINAL_AND_ENUMS, "type")
            .build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mappers")
  void theModuleTakesNoClassNameFromInputWhateverTheMapper(String which, JsonMapper mapper)
      throws IOException {
    for (String member : TYPE_MEMBERS) {
      Programme p = mapper.readValue(everywhere(member), Programme.class);
      assertThat(p.extensions().members()).containsOnlyKeys(member);
      Participant a = mapper.readValue("{\"" + member + "\":\"" + CLASS
          + "\",\"id\":\"a\",\"name\":\"A\"}", Participant.class);
      assertThat(a.extensions().members()).containsOnlyKeys(member);
    }
    // Enumerated values are plain strings, never type wrappers.
    assertThat(mapper.readValue("\"private\"", Sector.class)).isEqualTo(Sector.PRIVATE);
    assertThat(mapper.writeValueAsString(Role.FACILITATOR)).isEqualTo("\"facilitator\"");
    assertThatThrownBy(() -> mapper.readValue("[\"" + CLASS + "\",\"public\"]", Sector.class))
        .isInstanceOf(DocumentException.class);
    // And every type writes as the format says, whatever the mapper, and reads back.
    Organisation o = Organisation.builder().id("o").name("O").sector(Sector.ACADEMIC)
        .place(Place.builder().name("P").country("SE").build()).build();
    String written = mapper.writeValueAsString(o);
    assertThat(written).isEqualTo("{\"id\":\"o\",\"name\":\"O\",\"sector\":\"academic\","
        + "\"place\":{\"name\":\"P\",\"country\":\"SE\"}}");
    assertThat(mapper.readValue(written, Organisation.class)).isEqualTo(o);
    assertThat(TRIPPED).isEmpty();
  }

  /**
   * The json module's own code calls nothing that loads or reflects on a class by name: its
   * compiled classes name no such method or type. (Jackson's databind, which does, is used only
   * through the module's own serializers and deserializers of fixed types.)
   */
  @Test
  void theJsonModulesCodeDoesNoReflectiveClassLoading() throws IOException, URISyntaxException {
    List<String> forbidden = List.of("forName", "loadClass", "findClass", "java/lang/ClassLoader",
        "java/lang/reflect/", "ObjectInputStream", "readObject", "DefaultTyping", "JsonTypeInfo",
        "PolymorphicTypeValidator", "TypeResolverBuilder", "TypeIdResolver",
        "getDeclaredConstructor", "newInstance", "setAccessible");
    Map<String, byte[]> classes = classesOf(ProgrammeJson.class);
    assertThat(classes).containsKey("org/coproduce/json/ProgrammeJson.class")
        .hasSizeGreaterThan(10);
    List<String> found = new ArrayList<>();
    classes.forEach((name, bytes) -> {
      String text = new String(bytes, StandardCharsets.ISO_8859_1);
      forbidden.stream().filter(text::contains).forEach(word -> found.add(name + ": " + word));
    });
    assertThat(found).isEmpty();
  }

  /** The class files of the jar or folder a class was loaded from. */
  private static Map<String, byte[]> classesOf(Class<?> type)
      throws IOException, URISyntaxException {
    Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    Map<String, byte[]> classes = new TreeMap<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
          classes.put(location.relativize(file).toString().replace('\\', '/'),
              Files.readAllBytes(file));
        }
      }
    } else {
      try (ZipFile jar = new ZipFile(location.toFile())) {
        for (ZipEntry entry : Collections.list(jar.entries())) {
          if (entry.getName().endsWith(".class")) {
            try (InputStream in = jar.getInputStream(entry)) {
              classes.put(entry.getName(), in.readAllBytes());
            }
          }
        }
      }
    }
    classes.remove("module-info.class");
    return classes;
  }
}
