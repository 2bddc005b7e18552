package org.coproduce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coproduce.cli.Jar.Run;
import org.coproduce.json.ProgrammeJson;
import org.coproduce.model.Programme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coproduce import frab}, run as a process. */
class ImportIT {
  @TempDir Path dir;

  private static Path schedule() {
    return Jar.path("coproduce.interop").resolve("frab/messy-schedule.json");
  }

  @Test
  void importsAScheduleAsAValidProgrammeWithItsWarningsOnTheErrorStream() {
    Run run = Jar.run("import", "frab", schedule().toString()).exits(0);

    Programme programme = ProgrammeJson.create().read(run.out());
    assertThat(programme.conferences()).hasSize(1);
    assertThat(run.err().lines()).isNotEmpty()
        .allMatch(line -> line.startsWith("coproduce import frab: warning: /schedule"));
  }

  @Test
  void writesTheProgrammeToAFile() throws IOException {
    Path out = dir.resolve("programme.json");

    Run run = Jar.run("import", "frab", schedule().toString(), "-o", out.toString()).exits(0);

    assertThat(run.out()).isEmpty();
    Jar.run("validate", out.toString()).exits(0);
    assertThat(Files.readString(out)).isEqualTo(
        Jar.run("import", "frab", schedule().toString()).out());
  }

  @Test
  void exitsOneForInputThatIsNotASchedule() {
    Path programme = Jar.article();

    Run run = Jar.run("import", "frab", programme.toString()).exits(1);

    assertThat(run.err()).startsWith(programme + ": 1 problem\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void exitsOneForMalformedJson() {
    Path bad = Jar.golden("invalid/malformed-trailing-comma.json");

    Run run = Jar.run("import", "frab", bad.toString()).exits(1);

    assertThat(run.err()).contains("not readable JSON");
  }

  @Test
  void exitsTwoWithoutAKnownFormat() {
    Jar.run("import", schedule().toString()).failsWithOneLine(2, "coproduce import: ");
    Jar.run("import").failsWithOneLine(2, "Missing format: frab");
    Jar.run("import", "frab").failsWithOneLine(2, "Missing required parameter: 'FILE'");
  }
}
