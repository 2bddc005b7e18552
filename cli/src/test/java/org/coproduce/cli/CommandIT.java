package org.coproduce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.coproduce.cli.Jar.Run;
import org.junit.jupiter.api.Test;

/** What every command shares: help, version, usage errors, --debug, the launcher, completion. */
class CommandIT {
  private static final List<String> COMMANDS =
      List.of("validate", "format", "convert", "import", "report", "ask");

  @Test
  void printsItsVersion() {
    Run run = Jar.run("--version").exits(0);

    assertThat(run.out()).matches("coproduce \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
  }

  @Test
  void listsEveryCommandInItsHelp() {
    Run run = Jar.run("--help").exits(0);

    assertThat(run.out()).startsWith("Usage: coproduce ").contains(COMMANDS)
        .contains("Exit status: 0 success; 1 a document was refused");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void givesHelpOnEveryCommand() {
    for (String command : COMMANDS) {
      Run run = Jar.run(command, "--help").exits(0);

      assertThat(run.out()).as(command).startsWith("Usage: coproduce " + command)
          .contains("--debug");
    }
    assertThat(Jar.run("import", "frab", "--help").exits(0).out())
        .startsWith("Usage: coproduce import frab");
    assertThat(Jar.run("ask", "--help").out()).contains("  roles-of PARTICIPANT",
        "  participants-in-all CONFERENCE...", "  sector-mix CONFERENCE [SESSION]",
        "  quotes-by PARTICIPANT", "  quotes-about CONFERENCE", "  visits-to CONFERENCE",
        "  travellers-to CONFERENCE", "  sessions-of CONFERENCE STRAND",
        "  facilitators-of CONFERENCE SESSION", "  sub-organisations ORGANISATION",
        "  affiliates-of ORGANISATION", "  conferences-by-date", "  outputs-by PARTICIPANT",
        "  outputs-about CONFERENCE|VISIT");
  }

  @Test
  void exitsTwoWithOneLineWithoutACommandOrWithAnUnknownOne() {
    Jar.run().failsWithOneLine(2, "coproduce: Missing command: validate, format,");
    Jar.run("check", "x.json").failsWithOneLine(2, "coproduce: Unmatched arguments");
  }

  @Test
  void printsAStackTraceOnlyWithDebug() {
    Run plain = Jar.run("format", "/no/such/file.json");
    assertThat(plain.err()).isEqualTo("coproduce format: /no/such/file.json: no such file\n");

    Run debug = Jar.run("format", "--debug", "/no/such/file.json");

    assertThat(debug.status()).isEqualTo(2);
    assertThat(debug.err()).startsWith("coproduce format: /no/such/file.json: no such file\n")
        .contains("\tat org.coproduce.cli.");
  }

  @Test
  void theLauncherBesideTheJarRunsIt() throws IOException, InterruptedException {
    Path launcher = Jar.path("coproduce.launcher");
    assertThat(Files.isExecutable(launcher)).isTrue();
    assertThat(launcher.resolveSibling("coproduce.jar")).isEqualTo(Jar.path("coproduce.jar"));

    Process process = new ProcessBuilder(launcher.toString(), "validate",
        Jar.article().toString()).redirectErrorStream(true).start();

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .isEqualTo(Jar.article() + ": OK\n");
    assertThat(process.exitValue()).isZero();
  }

  @Test
  void theBashCompletionScriptCompletesEveryCommandAndQuestion() throws IOException {
    String script = Files.readString(Jar.path("coproduce.completion"));

    assertThat(script).contains("complete -F _complete_coproduce").contains(COMMANDS)
        .contains("roles-of", "conferences-by-date", "jsonld", "graphml");
  }
}
