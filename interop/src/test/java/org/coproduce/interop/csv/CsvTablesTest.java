package org.coproduce.interop.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.coproduce.model.testing.ArticleProgramme;
import org.coproduce.interop.Export;
import org.coproduce.interop.ExportOptions;
import org.coproduce.model.Conference;
import org.coproduce.model.Extensions;
import org.coproduce.model.Organisation;
import org.coproduce.model.Participant;
import org.coproduce.model.Programme;
import org.coproduce.model.Quote;
import org.coproduce.model.Sector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tables of the article's programme against the committed golden files under {@code
 * csv/realising-just-cities/}, hostile text, and the folder and ZIP outputs. On a difference the
 * golden test writes what it got to {@code target/csv/realising-just-cities/}, to compare and,
 * once checked by hand, commit.
 */
class CsvTablesTest {
  static final List<String> TABLES = List.of("programme", "programme_leads", "programme_funders",
      "programme_themes", "programme_hashtags", "programme_sdgs", "organisations",
      "participants", "affiliations", "conferences", "conference_hosts", "conference_themes",
      "strands", "sessions", "participations", "visits", "visit_travellers", "visit_funders",
      "quotes", "outputs", "output_authors", "output_organisations", "output_conferences",
      "output_visits", "translations");

  @TempDir Path temp;

  @Test
  void writesTheArticlesProgrammeAsTheGoldenTables() throws IOException {
    Export<Map<String, String>> export =
        CsvTables.tables(ArticleProgramme.programme(), ExportOptions.defaults());
    assertThat(export.warnings()).isEmpty();
    assertThat(export.output().keySet())
        .containsExactlyElementsOf(TABLES.stream().map(t -> t + ".csv").toList());
    Map<String, String> differ = new LinkedHashMap<>();
    for (Map.Entry<String, String> table : export.output().entrySet()) {
      if (!table.getValue().equals(golden(table.getKey()))) {
        differ.put(table.getKey(), table.getValue());
      }
    }
    for (Map.Entry<String, String> table : differ.entrySet()) {
      Path out = Path.of("target", "csv", "realising-just-cities", table.getKey());
      Files.createDirectories(out.getParent());
      Files.writeString(out, table.getValue(), StandardCharsets.UTF_8);
    }
    assertThat(differ.keySet()).as("tables that differ from their golden file").isEmpty();
  }

  @Test
  void countsTheArticlesItemsAndRelations() {
    Tables t = new Tables(
        CsvTables.tables(ArticleProgramme.programme(), ExportOptions.defaults()).output(), true);
    Map<String, Integer> rows = new LinkedHashMap<>();
    t.names().forEach(name -> rows.put(name, t.rows(name).size()));
    assertThat(rows).containsExactly(
        Map.entry("programme", 1), Map.entry("programme_leads", 1),
        Map.entry("programme_funders", 1), Map.entry("programme_themes", 1),
        Map.entry("programme_hashtags", 1), Map.entry("programme_sdgs", 0),
        Map.entry("organisations", 8), Map.entry("participants", 5),
        Map.entry("affiliations", 5), Map.entry("conferences", 2),
        Map.entry("conference_hosts", 2), Map.entry("conference_themes", 1),
        Map.entry("strands", 3), Map.entry("sessions", 2), Map.entry("participations", 7),
        Map.entry("visits", 2), Map.entry("visit_travellers", 7), Map.entry("visit_funders", 1),
        Map.entry("quotes", 2), Map.entry("outputs", 0), Map.entry("output_authors", 0),
        Map.entry("output_organisations", 0), Map.entry("output_conferences", 0),
        Map.entry("output_visits", 0), Map.entry("translations", 0));
    assertThat(t.column("participations", "conference_id", "participant_id", "role",
        "session_id")).contains(
            "iopd-conference-2018|katie-finney|facilitator|co-producing-the-city",
            "rjc-conference-2018|katie-finney|delegate|");
    assertThat(t.column("quotes", "text")).containsExactly(
        ArticleProgramme.BETH_PERRY_SAID, ArticleProgramme.KATIE_FINNEY_SAID);
  }

  @Test
  void writesHostileTextSafelyAndRecoverably() {
    List<String> hostile = List.of("=HYPERLINK(\"http://evil.example\",\"x\")",
        "+1+2", "-2+3", "@SUM(A1:A2)", "\tindented", "'quoted", "a, b", "say \"hi\"",
        "line\nbreak", "cr\r\nlf", " padded ", "plain");
    Programme programme = hostileProgramme(hostile);

    Map<String, String> safe = CsvTables.tables(programme, ExportOptions.defaults()).output();
    List<String> written = new Tables(safe, false).column("organisations", "name");
    assertThat(written).containsExactly("'=HYPERLINK(\"http://evil.example\",\"x\")",
        "'+1+2", "'-2+3", "'@SUM(A1:A2)", "'\tindented", "''quoted", "a, b", "say \"hi\"",
        "line\nbreak", "cr\r\nlf", " padded ", "plain");
    assertThat(new Tables(safe, true).column("organisations", "name"))
        .as("one leading apostrophe dropped gives the text back").isEqualTo(hostile);
    // Numbers are never changed: a negative longitude stays a number.
    assertThat(safe.get("organisations.csv")).contains(",-33.9249,-18.4241,");

    Map<String, String> raw = CsvTables.tables(
        programme, ExportOptions.defaults().withSpreadsheetSafe(false)).output();
    assertThat(new Tables(raw, false).column("organisations", "name")).isEqualTo(hostile);
    // Quoting as RFC 4180 asks: only where needed, quotes doubled, line ends inside quotes.
    assertThat(raw.get("organisations.csv"))
        .contains("\r\no2,+1+2,")
        .contains("\r\no7,\"a, b\",")
        .contains("\r\no8,\"say \"\"hi\"\"\",")
        .contains("\r\no9,\"line\nbreak\",")
        .contains("\r\no11,\" padded \",");
  }

  @Test
  void writesAFolderOfTables() throws IOException {
    Path folder = temp.resolve("tables");
    Export<Path> export =
        CsvTables.write(ArticleProgramme.programme(), folder, ExportOptions.defaults());
    assertThat(export.output()).isEqualTo(folder);
    try (var files = Files.list(folder)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(TABLES.stream().map(t -> t + ".csv").toList());
    }
    assertThat(Files.readString(folder.resolve("visits.csv"), StandardCharsets.UTF_8))
        .isEqualTo(golden("visits.csv"));
  }

  @Test
  void refusesToWriteAFolderOverAFile() throws IOException {
    Path file = Files.writeString(temp.resolve("notes.txt"), "mine");
    assertThatThrownBy(
        () -> CsvTables.write(ArticleProgramme.programme(), file, ExportOptions.defaults()))
        .isInstanceOf(IOException.class)
        .hasMessage(file + ": is a file, not a folder: name a folder for the tables, or a file"
            + " whose name ends with .zip");
    assertThat(Files.readString(file)).isEqualTo("mine");
  }

  @Test
  void writesOneReproducibleZip() throws IOException {
    Path zip = temp.resolve("rjc.ZIP");
    CsvTables.write(ArticleProgramme.programme(), zip, ExportOptions.defaults());
    byte[] first = Files.readAllBytes(zip);
    CsvTables.write(ArticleProgramme.programme(), zip, ExportOptions.defaults());
    assertThat(Files.readAllBytes(zip)).as("the same programme, the same bytes").isEqualTo(first);

    ByteArrayOutputStream streamed = new ByteArrayOutputStream();
    Export<List<String>> export =
        CsvTables.writeZip(ArticleProgramme.programme(), streamed, ExportOptions.defaults());
    assertThat(export.output()).containsExactlyElementsOf(
        TABLES.stream().map(t -> t + ".csv").toList());
    assertThat(streamed.toByteArray()).isEqualTo(first);

    Map<String, String> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(first))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertThat(entries).isEqualTo(
        CsvTables.tables(ArticleProgramme.programme(), ExportOptions.defaults()).output());
  }

  @Test
  void namesTheExtensionMembersItCannotCarry() {
    Programme article = ArticleProgramme.programme();
    List<Organisation> organisations = new java.util.ArrayList<>(article.organisations());
    organisations.set(0, organisations.get(0).withExtensions(
        Extensions.builder().put("x-rating", 5).put("x-note", "kept").build()));
    Programme programme = article.withOrganisations(organisations);
    programme = programme.withExtensions(Extensions.builder().put("x-edition", 2).build());
    assertThat(CsvTables.tables(programme, ExportOptions.defaults()).warnings()).containsExactly(
        ": the members the model does not know (\"x-edition\") have no place in this format and"
            + " are not carried",
        "/organisations/0: the members the model does not know (\"x-rating\", \"x-note\") have"
            + " no place in this format and are not carried");
  }

  @Test
  void refusesNulls() {
    assertThatThrownBy(() -> CsvTables.tables(null, ExportOptions.defaults()))
        .isInstanceOf(NullPointerException.class).hasMessage("programme");
    assertThatThrownBy(() -> CsvTables.tables(ArticleProgramme.programme(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("options");
  }

  private static Programme hostileProgramme(List<String> names) {
    Programme.Builder builder = Programme.builder().id("hostile").name("=1+1");
    for (int i = 0; i < names.size(); i++) {
      builder.addOrganisations(Organisation.builder().id("o" + (i + 1)).name(names.get(i))
          .sector(Sector.COMMUNITY)
          .place(org.coproduce.model.Place.builder().name("Cape Town").country("ZA")
              .coordinates(org.coproduce.model.Coordinates.builder()
                  .latitude(-33.9249).longitude(-18.4241).build())
              .build())
          .build());
    }
    return builder
        .addParticipants(Participant.builder().id("p").name("@me").build())
        .addConference(Conference.builder().id("c").name("-minus").build())
        .addQuote(Quote.builder().id("q").speaker("p").text("=cmd|' /C calc'!A0").build())
        .build();
  }

  private static String golden(String file) throws IOException {
    String resource = "/csv/realising-just-cities/" + file;
    try (InputStream in = CsvTablesTest.class.getResourceAsStream(resource)) {
      if (in == null) {
        return "";
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
