package org.coproduce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
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
  void convertsToICalendarWithWhatItCannotCarryOnTheErrorStream() {
    Run run = Jar.run("convert", "--to", "ics", Jar.golden("valid/full.json").toString())
        .exits(0);

    assertThat(run.out()).startsWith("BEGIN:VCALENDAR\r\n").contains("BEGIN:VEVENT")
        .endsWith("END:VCALENDAR\r\n");
    assertThat(run.err().lines()).isNotEmpty()
        .allMatch(line -> line.startsWith("coproduce convert: warning: "));
  }

  @Test
  void convertsToGraphMl() throws Exception {
    Run run = Jar.run("convert", "--to", "graphml", Jar.article().toString()).exits(0);

    var document = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
    assertThat(document.getDocumentElement().getTagName()).isEqualTo("graphml");
    assertThat(run.out()).contains("David Rogerson");
  }

  @Test
  void convertsToOneHtmlPageAsTheInteropModuleMakesIt() throws IOException {
    Path page = dir.resolve("rjc.html");

    Run run = Jar.run("convert", "--to", "html", Jar.article().toString(), "-o",
        page.toString()).exits(0);

    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!doctype html>").contains("Realising Just Cities")
        .contains("David Rogerson").contains("<svg");
    assertThat(Jar.run("convert", "--to", "html", Jar.article().toString()).out())
        .isEqualTo(html.endsWith("\n") ? html : html + "\n");
  }

  @Test
  void convertsToCsvTablesInAFolderAsTheInteropModuleWritesThem() throws IOException {
    Path folder = dir.resolve("tables");

    Run run = Jar.run("convert", "--to", "csv", Jar.article().toString(), "-o",
        folder.toString()).exits(0);

    assertThat(run.out()).isEmpty();
    Path golden = Jar.path("coproduce.interop").resolve("csv/realising-just-cities");
    assertThat(names(folder)).isEqualTo(names(golden)).contains("participations.csv");
    for (String name : names(golden)) {
      assertThat(Files.readString(folder.resolve(name))).as(name)
          .isEqualTo(Files.readString(golden.resolve(name)));
    }
    assertThat(names(dir)).containsExactly("tables");

    // Again: the earlier tables are replaced.
    Jar.run("convert", "--to", "csv", Jar.article().toString(), "-o", folder.toString())
        .exits(0);
    assertThat(names(folder)).isEqualTo(names(golden));
    assertThat(names(dir)).containsExactly("tables");
  }

  @Test
  void refusesAFolderThatHoldsOtherFilesAndLeavesThemAlone() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("mine"));
    Files.writeString(folder.resolve("notes.txt"), "mine");

    Jar.run("convert", "--to", "csv", Jar.article().toString(), "-o", folder.toString())
        .failsWithOneLine(2, "holds notes.txt, which this command did not write");

    assertThat(names(folder)).containsExactly("notes.txt");
    assertThat(names(dir)).containsExactly("mine");
  }

  @Test
  void convertsToCsvTablesInAZip() throws IOException {
    Path zip = dir.resolve("tables.zip");

    Jar.run("convert", "--to", "csv", Jar.article().toString(), "-o", zip.toString()).exits(0);

    List<String> entries = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.add(entry.getName());
      }
    }
    assertThat(entries).containsExactlyInAnyOrderElementsOf(
        names(Jar.path("coproduce.interop").resolve("csv/realising-just-cities")));
  }

  @Test
  void exitsTwoForCsvWithoutAnOutput() {
    Jar.run("convert", "--to", "csv", Jar.article().toString())
        .failsWithOneLine(2, "--to csv writes several tables: give -o FOLDER or -o FILE.zip");
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
  void exitsTwoForLanguagesATargetCannotTake() {
    Jar.run("convert", "--to", "jsonld", "--lang", "ca-ES", Jar.article().toString())
        .failsWithOneLine(2, "--lang does not apply to --to jsonld");
    Jar.run("convert", "--to", "ics", "--lang", "ca-ES,es", Jar.article().toString())
        .failsWithOneLine(2, "--to ics takes one language in --lang, not 2");
  }

  @Test
  void takesTheReadersLanguagesForThePageAndOneForTheExports() {
    String html = Jar.run("convert", "--to", "html", "--lang", "ca-ES,es,en",
        Jar.article().toString()).exits(0).out();
    assertThat(html).startsWith("<!doctype html>").contains("Realising Just Cities");

    Run ics = Jar.run("convert", "--to", "ics", "--lang", "es", Jar.golden("valid/full.json")
        .toString()).exits(0);
    assertThat(ics.out()).startsWith("BEGIN:VCALENDAR");
  }

  @Test
  void exitsTwoForMalformedLanguageTags() {
    Jar.run("convert", "--to", "jsonld", "--lang", "en,not a tag", Jar.article().toString())
        .failsWithOneLine(2, "--lang takes language tags");
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }
}
