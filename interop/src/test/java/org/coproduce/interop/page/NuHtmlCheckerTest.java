package org.coproduce.interop.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.coproduce.interop.ArticleProgramme;
import org.coproduce.interop.page.BrowserTools.Run;
import org.coproduce.model.Programme;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Nu HTML Checker finds no error in the article's page, the hostile page, a translated page
 * and the pages of generated programmes (whose text holds controls, emoji, right-to-left
 * scripts...). The checker is npm's {@code vnu-jar}, one jar of the current checker, run in a
 * JVM of its own: Maven Central's {@code nu.validator:validator} 20.7.2 dates from 2020 and its
 * dependencies do not converge (commons-io, commons-codec, jetty-util-ajax), which the build's
 * enforcer refuses.
 */
class NuHtmlCheckerTest {
  @Test
  void findsNoErrorInThePages() throws Exception {
    Path vnu = BrowserTools.npmTool(BrowserTools.VNU_JAR);
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", vnu.toString(), "--format", "json"));
    command.add(BrowserTools.write("checked-article.html",
        ProgrammePage.html(ArticleProgramme.programme())).toString());
    command.add(BrowserTools.write("checked-hostile.html",
        ProgrammePage.html(HostileProgramme.programme())).toString());
    command.add(BrowserTools.write("checked-translated.html", ProgrammePage.html(
        TranslatedPageTest.programme(), PageOptions.defaults().withLanguages("ca")))
        .toString());
    for (long seed = 0; seed < 16; seed++) {
      Programme programme = ProgrammePagePropertiesTest.generator(seed)
          .programme((int) (seed * 13 % 60));
      command.add(BrowserTools.write("checked-generated-" + seed + ".html", ProgrammePage.html(
          programme, PageOptions.defaults().withLanguages(seed % 4 == 0 ? "sv" : "ca")))
          .toString());
    }
    Run run = BrowserTools.run(command);
    System.out.printf("The Nu HTML Checker checked %d pages in %d ms%n", command.size() - 4,
        run.took().toMillis());
    // The checker writes its report to standard error.
    JsonNode report = JsonMapper.builder().build().readTree(run.err());
    List<String> errors = new ArrayList<>();
    for (JsonNode message : report.get("messages")) {
      if (!message.path("type").asString().equals("info")) {
        errors.add(message.toString());
      }
    }
    assertThat(errors).as("errors and warnings of the Nu HTML Checker").isEmpty();
    assertThat(run.exitCode()).isZero();
  }
}
