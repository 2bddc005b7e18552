package org.coproduce.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import org.coproduce.cli.Jar.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document over 50 MB shows its progress on a terminal, and only there. The terminal is the
 * pseudo-terminal of util-linux's {@code script}; without it, that test is skipped.
 */
class ProgressIT {
  @TempDir static Path dir;

  private static Path big;

  /** A valid document of about 52 MB: the programme and an unknown member of long strings. */
  @BeforeAll
  static void writeABigDocument() throws IOException {
    big = dir.resolve("big.json");
    String pad = "a".repeat(1_000_000);
    try (Writer out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      out.write("{\"formatVersion\": \"1.0\", \"id\": \"big\", \"name\": \"Big\", \"x-pad\": [");
      for (int i = 0; i < 52; i++) {
        out.write((i == 0 ? "\"" : ", \"") + pad + "\"");
      }
      out.write("]}");
    }
    assertThat(Files.size(big)).isGreaterThan(50_000_000L);
  }

  @Test
  void isSilentWhenNotOnATerminal() {
    Run run = Jar.run("validate", big.toString()).exits(0);

    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(big + ": OK\n");
  }

  @Test
  void showsTheProgressOfABigDocumentOnATerminal() throws IOException, InterruptedException {
    Path script = Paths.get("/usr/bin/script");
    assumeTrue(Files.isExecutable(script), "util-linux script, for a terminal");
    String command = String.join(" ",
        Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        Jar.path("coproduce.jar").toString(), "validate", big.toString());
    Path typescript = dir.resolve("typescript");

    Process process = new ProcessBuilder(script.toString(), "-qec", command, typescript.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("script-out").toFile()).start();

    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    String terminal = Files.readString(typescript, StandardCharsets.UTF_8);
    assertThat(terminal).contains("\rreading " + big + ": 0%")
        .contains("\rreading " + big + ": 50%")
        .contains("\rreading " + big + ": 100%")
        .contains(big + ": OK");
  }
}
