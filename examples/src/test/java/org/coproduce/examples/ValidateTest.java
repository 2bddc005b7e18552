package org.coproduce.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateTest {
  /** Four problems, one of each kind; the pointers are those format 1.0 prescribes. */
  private static final String BROKEN = """
      {
        "formatVersion": "1.0",
        "id": "broken",
        "organisations": [
          {"id": "gmca", "name": "Greater Manchester Combined Authority", "sector": "government"}
        ],
        "participants": [
          {"id": "david-rogerson", "name": "David Rogerson"}
        ],
        "conferences": [
          {
            "id": "iopd-conference-2018",
            "name": "IOPD conference",
            "dates": {"start": "2018-13"},
            "participations": [{"participant": "kate-finney", "role": "facilitator"}]
          }
        ]
      }
      """;

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int validate(String... args) {
    return Validate.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private Path shippedDocument() throws IOException {
    try (InputStream in =
        RealisingJustCities.class.getResourceAsStream("/realising-just-cities.json")) {
      Path file = dir.resolve("realising-just-cities.json");
      Files.copy(in, file);
      return file;
    }
  }

  @Test
  void acceptsTheShippedDocument() throws IOException {
    Path valid = shippedDocument();
    assertThat(validate(valid.toString())).isEqualTo(Validate.VALID);
    assertThat(out()).isEqualTo(valid + ": OK" + System.lineSeparator());
    assertThat(err()).isEmpty();
  }

  @Test
  void reportsEveryProblemOfAnInvalidDocumentWithItsPointer() throws IOException {
    Path broken = file("broken.json", BROKEN);
    assertThat(validate(broken.toString())).isEqualTo(Validate.INVALID);
    List<String> lines = out().lines().toList();
    assertThat(lines.get(0)).isEqualTo(broken + ": 4 problems");
    List<String> pointers = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      assertThat(line).startsWith("  ").contains(": ");
      pointers.add(line.substring(2, line.indexOf(": ")));
    }
    assertThat(pointers).containsExactlyInAnyOrder(
        "/name",
        "/organisations/0/sector",
        "/conferences/0/dates/start",
        "/conferences/0/participations/0/participant");
    assertThat(out()).contains("kate-finney").contains("government").contains("2018-13");
  }

  @Test
  void showsTheDocumentAsAWholeAsAnEmptyPointer() throws IOException {
    Path truncated = file("truncated.json", "{\"formatVersion\": \"1.0\", ");
    assertThat(validate(truncated.toString())).isEqualTo(Validate.INVALID);
    assertThat(out().lines().skip(1)).isNotEmpty().allMatch(line -> line.startsWith("  \"\": "));
  }

  @Test
  void strictModeReportsMembersTheFormatDoesNotDefine() throws IOException {
    String valid = Files.readString(shippedDocument(), StandardCharsets.UTF_8);
    Path extended = file("extended.json", valid.replaceFirst("\\{", "{\"x-note\": \"ours\", "));
    assertThat(validate(extended.toString())).isEqualTo(Validate.VALID);
    out.reset();
    assertThat(validate("--strict", extended.toString())).isEqualTo(Validate.INVALID);
    assertThat(out()).contains("  /x-note: ");
  }

  @Test
  void checksEveryFileAndExitsOneWhenAnyIsInvalid() throws IOException {
    Path valid = shippedDocument();
    Path broken = file("broken.json", BROKEN);
    assertThat(validate(broken.toString(), valid.toString())).isEqualTo(Validate.INVALID);
    assertThat(out()).contains(broken + ": 4 problems").contains(valid + ": OK");
  }

  @Test
  void exitsTwoForAFileThatCannotBeReadAfterCheckingTheOthers() throws IOException {
    Path valid = shippedDocument();
    Path missing = dir.resolve("missing.json");
    assertThat(validate(missing.toString(), valid.toString())).isEqualTo(Validate.TROUBLE);
    assertThat(err()).contains(missing + ": cannot read");
    assertThat(out()).contains(valid + ": OK");
  }

  @Test
  void exitsTwoForUsageErrors() {
    assertThat(validate()).isEqualTo(Validate.TROUBLE);
    assertThat(err()).contains("usage");
    assertThat(validate("--lenient", "a.json")).isEqualTo(Validate.TROUBLE);
    assertThat(err()).contains("unknown option --lenient");
    assertThat(out()).isEmpty();
  }
}
