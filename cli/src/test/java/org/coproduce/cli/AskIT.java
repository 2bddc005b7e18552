package org.coproduce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coproduce.cli.Jar.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coproduce ask}: every question on the article's programme, run as a process. */
class AskIT {
  private static final String CAPE_TOWN = "rjc-conference-2018";
  private static final String BARCELONA = "iopd-conference-2018";

  @TempDir Path dir;

  private static List<String> ask(String... question) {
    String[] args = new String[question.length + 2];
    args[0] = "ask";
    args[1] = Jar.article().toString();
    System.arraycopy(question, 0, args, 2, question.length);
    Run run = Jar.run(args).exits(0);
    assertThat(run.err()).isEmpty();
    return run.lines();
  }

  @Test
  void answersEveryQuestionOfTheDomainOneItemALine() {
    assertThat(ask("roles-of", "david-rogerson"))
        .containsExactly(CAPE_TOWN + "\tobserver", BARCELONA + "\tobserver");
    assertThat(ask("participants-in-all", CAPE_TOWN, BARCELONA))
        .containsExactly("katie-finney\tKatie Finney", "david-rogerson\tDavid Rogerson");
    assertThat(ask("sector-mix", BARCELONA))
        .containsExactly("public\t1", "academic\t2", "community\t2");
    assertThat(ask("quotes-by", "katie-finney")).hasSize(1)
        .allMatch(line -> line.contains("\tI\u2019m looking forward to putting what Jam"));
    assertThat(ask("quotes-about", BARCELONA)).isEmpty();
    assertThat(ask("visits-to", BARCELONA)).hasSize(1)
        .allMatch(line -> line.contains("\t") && line.contains("Barcelona"));
    assertThat(ask("travellers-to", CAPE_TOWN))
        .containsExactly("david-rogerson\tDavid Rogerson", "katie-finney\tKatie Finney");
    assertThat(ask("conferences-by-date")).containsExactly(
        CAPE_TOWN + "\t2018\tRealising Just Cities conference 2018",
        BARCELONA + "\t2018-11\tInternational Observatory for Participatory Democracy"
            + " conference 2018");
    assertThat(ask("sub-organisations", "jam-and-justice")).containsExactly(
        "jam-and-justice-arc\tJam and Justice Action Research Collective",
        "gm-decides\tGM Decides");
    assertThat(ask("affiliates-of", "gmca")).containsExactly("david-rogerson\tDavid Rogerson");
    // The article names no output yet; the answers of these questions are in QuestionsTest.
    assertThat(ask("outputs-by", "david-rogerson")).isEmpty();
    assertThat(ask("outputs-about", BARCELONA)).isEmpty();
    assertThat(ask("outputs-about", "visit-to-barcelona")).isEmpty();
  }

  @Test
  void answersTheSessionQuestions() {
    String workshop = "co-producing-the-city";

    assertThat(ask("sector-mix", BARCELONA, workshop))
        .containsExactly("academic\t2", "community\t2");
    assertThat(ask("facilitators-of", BARCELONA, workshop)).hasSize(4)
        .contains("katie-finney\tKatie Finney", "beth-perry\tBeth Perry");
    assertThat(ask("sessions-of", BARCELONA, "direct-democracy")).isEmpty();
  }

  @Test
  void writesTabsAndLineBreaksInsideAFieldAsEscapes() throws IOException {
    String article = Files.readString(Jar.article(), StandardCharsets.UTF_8);
    Path doc = dir.resolve("escapes.json");
    Files.writeString(doc, article.replace("\"name\": \"David Rogerson\"",
        "\"name\": \"David\\tRogerson\\nback\\\\slash\""), StandardCharsets.UTF_8);

    Run run = Jar.run("ask", doc.toString(), "affiliates-of", "gmca").exits(0);

    assertThat(run.out()).isEqualTo("david-rogerson\tDavid\\tRogerson\\nback\\\\slash\n");
  }

  @Test
  void exitsTwoForAnIdTheProgrammeLacks() {
    String article = Jar.article().toString();
    Jar.run("ask", article, "roles-of", "nobody")
        .failsWithOneLine(2, "coproduce ask: no participant has the id \"nobody\"");
    Jar.run("ask", article, "sector-mix", BARCELONA, "nothing")
        .failsWithOneLine(2, "no session of " + BARCELONA + " has the id \"nothing\"");
    Jar.run("ask", article, "participants-in-all", CAPE_TOWN, "atlantis")
        .failsWithOneLine(2, "no conference has the id \"atlantis\"");
    Jar.run("ask", article, "affiliates-of", "acme")
        .failsWithOneLine(2, "no organisation has the id \"acme\"");
    Jar.run("ask", article, "outputs-about", "nowhere")
        .failsWithOneLine(2, "no conference or visit has the id \"nowhere\"");
    Jar.run("ask", article, "outputs-by", "nobody")
        .failsWithOneLine(2, "no participant has the id \"nobody\"");
    Jar.run("ask", article, "sessions-of", BARCELONA, "no-strand")
        .failsWithOneLine(2, "no strand of " + BARCELONA + " has the id \"no-strand\"");
  }

  @Test
  void exitsTwoForAnUnknownQuestionOrTheWrongNumberOfIds() {
    String article = Jar.article().toString();
    Jar.run("ask", article, "who-is-who").failsWithOneLine(2, "Unknown question 'who-is-who'");
    Jar.run("ask", article, "roles-of").failsWithOneLine(2, "roles-of takes PARTICIPANT");
    Jar.run("ask", article, "conferences-by-date", "x")
        .failsWithOneLine(2, "conferences-by-date takes no argument");
    Jar.run("ask", article, "sector-mix", "a", "b", "c")
        .failsWithOneLine(2, "sector-mix takes CONFERENCE [SESSION]");
    Jar.run("ask", article).failsWithOneLine(2, "Missing required parameter: 'QUESTION'");
  }

  @Test
  void exitsOneWithTheProblemsOfAnInvalidDocumentBeforeLookingAtIds() {
    Path bad = Jar.golden("invalid/bad-id.json");

    Run run = Jar.run("ask", bad.toString(), "roles-of", "nobody").exits(1);

    assertThat(run.err()).startsWith(bad + ": 1 problem\n  /id: ");
  }
}
