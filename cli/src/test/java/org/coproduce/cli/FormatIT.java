package org.coproduce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.coproduce.cli.Jar.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code coproduce format}, and what every command that writes does with its output: standard
 * output, a file that appears whole or not at all, and one line for a failed write.
 */
class FormatIT {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  @TempDir Path dir;

  @Test
  void writesTheCanonicalFormOfAGoldenDocument() throws IOException {
    for (String name : new String[] {"non-canonical-order", "nulls-for-optional-members",
        "unknown-members"}) {
      Run run = Jar.run("format", Jar.golden("valid/" + name + ".json").toString()).exits(0);

      // Same values (numbers by value), same member order, whatever the white space.
      assertThat(compact(run.out())).as(name)
          .isEqualTo(compact(Files.readString(Jar.golden("canonical/" + name + ".json"))));
      assertThat(run.out()).endsWith("}\n").doesNotContain("\n  ");
    }
  }

  @Test
  void indentsTheSameDocumentWithPretty() {
    String compact = Jar.run("format", Jar.article().toString()).exits(0).out();

    String pretty = Jar.run("format", "--pretty", Jar.article().toString()).exits(0).out();

    assertThat(pretty).startsWith("{\n  \"formatVersion\": \"1.0\",\n  \"id\": ")
        .endsWith("\n}\n");
    assertThat(compact(pretty)).isEqualTo(compact(compact));
    Jar.runWithInput(pretty.getBytes(StandardCharsets.UTF_8), "validate", "-").exits(0);
  }

  @Test
  void keepsNumbersOfUnknownMembersAsWritten() throws IOException {
    Path doc = dir.resolve("numbers.json");
    Files.writeString(doc, "{\"formatVersion\": \"1.0\", \"id\": \"p\", \"name\": \"P\","
        + " \"x-figures\": [1.0, 1e400, 12345678901234567890123]}");

    String pretty = Jar.run("format", "--pretty", doc.toString()).exits(0).out();

    assertThat(pretty).contains("1.0", "1e400", "12345678901234567890123");
  }

  @Test
  void writesAFileWithOutputAndNothingOnTheStandardOutput() throws IOException {
    Path out = dir.resolve("out.json");
    Files.writeString(out, "old");

    Run run = Jar.run("format", Jar.article().toString(), "-o", out.toString()).exits(0);

    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
    assertThat(Files.readString(out))
        .isEqualTo(Jar.run("format", Jar.article().toString()).out());
    assertThat(files(dir)).containsExactly("out.json");
  }

  @Test
  void leavesTheOutputUntouchedWhenTheDocumentIsRefused() throws IOException {
    Path out = dir.resolve("out.json");
    Files.writeString(out, "old");
    Path bad = Jar.golden("invalid/bad-id.json");

    Run run = Jar.run("format", bad.toString(), "-o", out.toString()).exits(1);

    assertThat(run.err()).startsWith(bad + ": 1 problem\n  /id: ");
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(out)).isEqualTo("old");
    assertThat(files(dir)).containsExactly("out.json");
  }

  @Test
  void exitsTwoWithOneLineWhenTheOutputFileCannotBeWritten() throws IOException {
    String article = Jar.article().toString();
    Jar.run("format", article, "-o", "/dev/full")
        .failsWithOneLine(2, "/dev/full: cannot write: No space left on device");
    Jar.run("format", article, "-o", dir.resolve("no/such/folder/out.json").toString())
        .failsWithOneLine(2, "cannot write: no such file or directory");
    Jar.run("format", article, "-o", dir.toString()).failsWithOneLine(2, "is a directory");
    Path file = Files.writeString(dir.resolve("file"), "");
    Jar.run("format", article, "-o", file.resolve("out.json").toString())
        .failsWithOneLine(2, "cannot write: Not a directory");
    assertThat(files(dir)).containsExactly("file");
  }

  @Test
  void exitsTwoWithOneLineWhenTheStandardOutputIsFull() {
    Run run = Jar.runWithOutputTo(new File("/dev/full"), "format", Jar.article().toString());

    run.exits(2);
    assertThat(run.err()).isEqualTo("coproduce format: cannot write to the standard output:"
        + " No space left on device\n");
  }

  @Test
  void exitsTwoWhenTheStandardOutputOfATextCommandIsFull() {
    Run run = Jar.runWithOutputTo(new File("/dev/full"), "validate", Jar.article().toString());

    run.exits(2);
    assertThat(run.err()).isEqualTo("coproduce: cannot write to the standard output\n");
  }

  @Test
  void exitsTwoForAMissingInput() {
    Jar.run("format", dir.resolve("missing.json").toString())
        .failsWithOneLine(2, "missing.json: no such file");
  }

  /** The JSON in one line, members in their order, numbers in their plain form. */
  private static String compact(String json) {
    StringBuilder out = new StringBuilder();
    write(MAPPER.readTree(json), out);
    return out.toString();
  }

  private static void write(JsonNode node, StringBuilder out) {
    if (node.isObject()) {
      out.append('{');
      node.properties().forEach(member -> {
        out.append(MAPPER.writeValueAsString(member.getKey())).append(':');
        write(member.getValue(), out);
        out.append(',');
      });
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      node.forEach(element -> {
        write(element, out);
        out.append(',');
      });
      out.append(']');
    } else if (node.isNumber()) {
      out.append(node.decimalValue().stripTrailingZeros().toPlainString());
    } else {
      out.append(MAPPER.writeValueAsString(node));
    }
  }

  private static java.util.List<String> files(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }
}
