package org.coproduce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coproduce.cli.Jar.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code coproduce convert}, run as a process. */
class ConvertIT {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @TempDir Path dir;

  @Test
  void convertsToSchemaOrgJsonLdOnTheStandardOutput() {
    Run run = Jar.run("convert", "--to", "jsonld", Jar.article().toString()).exits(0);

    JsonNode tree = MAPPER.readTree(run.out());
    assertThat(tree.get("@context").asString()).isEqualTo("https://schema.org");
    assertThat(run.out()).contains("\"Realising Just Cities\"").endsWith("\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void convertsToAFile() throws IOException {
    Path out = dir.resolve("rjc.jsonld");

    Run run = Jar.run("convert", "--to", "jsonld", Jar.article().toString(), "-o",
        out.toString()).exits(0);

    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(out))
        .isEqualTo(Jar.run("convert", "--to", "jsonld", Jar.article().toString()).out());
  }

  @Test
  void exitsOneWithTheProblemsOfARefusedDocument() {
    Path bad = Jar.golden("invalid/utf8-invalid-byte.json");

    Run run = Jar.run("convert", "--to", "jsonld", bad.toString()).exits(1);

    assertThat(run.err()).startsWith(bad + ": 1 problem\n  \"\": ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void exitsTwoForAnUnknownTargetOrAMissingOne() {
    Jar.run("convert", "--to", "pdf", Jar.article().toString())
        .failsWithOneLine(2, "--to must be one of jsonld, csv, ics, graphml, html, not 'pdf'");
    Jar.run("convert", Jar.article().toString())
        .failsWithOneLine(2, "Missing required option: '--to=FORMAT'");
  }

  @Test
  void exitsTwoForMalformedLanguageTags() {
    Jar.run("convert", "--to", "jsonld", "--lang", "en,not a tag", Jar.article().toString())
        .failsWithOneLine(2, "--lang takes language tags");
  }
}
