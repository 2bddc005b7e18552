package org.coproduce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.coproduce.cli.Jar.Run;
import org.junit.jupiter.api.Test;

/** {@code coproduce report}, run as a process. */
class ReportIT {
  @Test
  void reportsOnTheArticlesProgramme() {
    Run run = Jar.run("report", Jar.article().toString()).exits(0);

    assertThat(run.out()).startsWith("Realising Just Cities\n")
        .contains("\nConferences in date order\n")
        .contains("workshop \"Co-producing the city\": academic 2, community 2")
        .contains("\nTaking part in both conferences\n  Katie Finney, David Rogerson\n")
        .contains("travellers to Cape Town: David Rogerson, Katie Finney")
        .contains("\u201cThe Realising Just Cities programme is based on the idea of");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void reportsOnAnyValidDocument() {
    for (String name : new String[] {"minimal", "full", "text-escapes-and-unicode"}) {
      Path file = Jar.golden("valid/" + name + ".json");

      Run run = Jar.run("report", file.toString()).exits(0);

      assertThat(run.out()).as(name).contains("\nConferences in date order\n");
    }
  }

  @Test
  void exitsOneWithTheProblemsOfADocumentOverTheLimits() {
    Path deep = Jar.golden("invalid/limit-nesting-depth.json");

    Run run = Jar.run("report", deep.toString()).exits(1);

    assertThat(run.err()).startsWith(deep + ": 1 problem\n  \"\": ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void fallsBackToTheTextAsWrittenWhereTheProgrammeHasNoTranslation() {
    String plain = Jar.run("report", Jar.article().toString()).exits(0).out();

    Run run = Jar.run("report", "--lang", "ca-ES,es", Jar.article().toString()).exits(0);

    assertThat(run.out()).isEqualTo(plain);
  }

  @Test
  void exitsTwoForMalformedLanguageTags() {
    Jar.run("report", "--lang", "ca_ES!", Jar.article().toString())
        .failsWithOneLine(2, "--lang takes language tags such as ca-ES,es,en, not 'ca_ES!'");
  }

  @Test
  void readsTheStandardInput() throws Exception {
    Run run = Jar.runWithInput(java.nio.file.Files.readAllBytes(Jar.article()), "report", "-")
        .exits(0);

    assertThat(run.out()).startsWith("Realising Just Cities\n");
  }
}
