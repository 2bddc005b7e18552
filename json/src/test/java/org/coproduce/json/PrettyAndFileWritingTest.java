package org.coproduce.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.coproduce.model.Extensions;
import org.coproduce.model.Organisation;
import org.coproduce.model.Programme;
import org.coproduce.model.Sector;
import org.coproduce.model.testing.ProgrammeGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Indented output and writing to a file, completely or not at all. */
class PrettyAndFileWritingTest {
  private static final ProgrammeJson COMPACT = ProgrammeJson.create();
  private static final ProgrammeJson PRETTY = ProgrammeJson.builder().pretty(true).build();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @TempDir
  Path dir;

  @Test
  void prettyOutputReadsBackEqualWithTheCanonicalMembersInTheirOrder() {
    for (long seed = 1; seed <= 200; seed++) {
      ProgrammeGenerator generator = new ProgrammeGenerator(seed);
      Programme p = (seed % 2 == 0 ? generator.withFormat11() : generator)
          .programme((int) (seed % 30));
      String compact = COMPACT.write(p);
      String pretty = PRETTY.write(p);

      assertThat(pretty).as("seed %d", seed).startsWith("{\n  \"formatVersion\": \"1.")
          .endsWith("\n}").isNotEqualTo(compact);
      assertThat(PRETTY.read(pretty)).as("seed %d", seed).isEqualTo(p);
      assertThat(COMPACT.read(pretty)).as("seed %d", seed).isEqualTo(p);
      // The same tree, member for member in the same order, only the white space differs.
      assertThat(names(MAPPER.readTree(pretty))).as("seed %d", seed)
          .isEqualTo(names(MAPPER.readTree(compact)));
      assertThat(MAPPER.readTree(pretty)).as("seed %d", seed).isEqualTo(MAPPER.readTree(compact));
    }
  }

  @Test
  void everyPrettyWriteGivesTheSameText() {
    Programme p = new ProgrammeGenerator(7).withFormat11().programme(20);
    String text = PRETTY.write(p);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PRETTY.write(p, bytes);
    StringWriter chars = new StringWriter();
    PRETTY.write(p, chars);

    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(text);
    assertThat(chars.toString()).isEqualTo(text);
    assertThat(PRETTY.pretty()).isTrue();
    assertThat(COMPACT.pretty()).isFalse();
  }

  @Test
  void indentsTwoSpacesALevelOneMemberALine() {
    Programme p = COMPACT.read("{\"formatVersion\":\"1.0\",\"id\":\"p\",\"name\":\"P\","
        + "\"themes\":[\"a\",\"b\"],\"x-empty\":{},"
        + "\"x-figures\":{\"n\":[1.0,1e400,12345678901234567890123,[]],\"t\":null}}");

    assertThat(PRETTY.write(p)).isEqualTo("""
        {
          "formatVersion": "1.0",
          "id": "p",
          "name": "P",
          "themes": [
            "a",
            "b"
          ],
          "x-empty": {},
          "x-figures": {
            "n": [
              1.0,
              1e400,
              12345678901234567890123,
              []
            ],
            "t": null
          }
        }""");
    assertThat(COMPACT.read(PRETTY.write(p))).isEqualTo(p);
  }

  @Test
  void writesAFileThatReadsBackEqualAndReplacesAnOldOne() throws IOException {
    Path file = dir.resolve("programme.json");
    Files.writeString(file, "old");
    Programme p = new ProgrammeGenerator(3).withFormat11().programme(15);

    PRETTY.write(p, file);

    assertThat(Files.readString(file)).isEqualTo(PRETTY.write(p));
    assertThat(COMPACT.read(file)).isEqualTo(p);
    COMPACT.write(p, file);
    assertThat(Files.readString(file)).isEqualTo(COMPACT.write(p));
    assertThat(listing()).containsExactly(file);
  }

  @Test
  void aWriteThatFailsHalfwayLeavesNoFileAndNoTemporaryFile() {
    Path file = dir.resolve("programme.json");
    Programme p = half(COMPACT.read(COMPACT.write(new ProgrammeGenerator(5).programme(10))));

    for (ProgrammeJson json : List.of(COMPACT, PRETTY)) {
      assertThatThrownBy(() -> json.write(p, file))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x-a");
      assertThat(listing()).isEmpty();
    }
  }

  @Test
  void aWriteThatFailsHalfwayLeavesTheOldFileAsItWas() throws IOException {
    Path file = dir.resolve("programme.json");
    Files.writeString(file, "old");
    Programme p = half(COMPACT.read(COMPACT.write(new ProgrammeGenerator(5).programme(10))));

    assertThatThrownBy(() -> COMPACT.write(p, file)).isInstanceOf(IllegalArgumentException.class);

    assertThat(Files.readString(file)).isEqualTo("old");
    assertThat(listing()).containsExactly(file);
  }

  @Test
  void aFileThatCannotBeWrittenIsAnUncheckedIoException() {
    Path file = dir.resolve("missing").resolve("programme.json");
    Programme p = new ProgrammeGenerator(1).programme(3);

    assertThatThrownBy(() -> COMPACT.write(p, file))
        .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(IOException.class);
    assertThat(listing()).isEmpty();
  }

  /**
   * The programme with one more organisation, last, whose extensions hold a value the writer
   * refuses: the document is half written when the writer finds it.
   */
  private static Programme half(Programme p) {
    Organisation bad = Organisation.builder().id("zz-last").name("Z").sector(Sector.PUBLIC)
        .extensions(Extensions.builder().put("x-a", "not read from JSON").build()).build();
    List<Organisation> organisations = new ArrayList<>(p.organisations());
    organisations.add(bad);
    return p.withOrganisations(organisations);
  }

  private List<Path> listing() {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every member name of the tree, depth first, in document order. */
  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    collect(node, names);
    return names;
  }

  private static void collect(JsonNode node, List<String> names) {
    if (node.isObject()) {
      for (var member : node.properties()) {
        names.add(member.getKey());
        collect(member.getValue(), names);
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        collect(element, names);
      }
    }
  }
}
