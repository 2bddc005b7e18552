package org.coproduce.interop.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.coproduce.interop.page.BrowserTools.Run;
import org.coproduce.model.testing.ArticleProgramme;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The article's page and the hostile page, opened in chromium and checked there by axe-core
 * against WCAG 2.0, 2.1 and 2.2 A and AA and axe's best practices ({@code
 * src/test/browser/page-check.mjs}): no rule may fail. The same run reads what the browser laid
 * out: the three pictures drawn at their size with their labels, text to read, no request made.
 * The one thing axe-core leaves undecided, the contrast of text drawn in SVG, is computed by
 * {@link PaletteContrastTest}.
 */
class AccessibilityTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @Test
  void axeFindsNoViolationInTheArticlesPage() throws Exception {
    JsonNode result = check("axe-article.html", ProgrammePage.html(ArticleProgramme.programme()));
    JsonNode layout = result.get("layout");
    List<String> ids = new ArrayList<>();
    for (JsonNode svg : layout.get("svgs")) {
      ids.add(svg.get("id").asString());
      assertThat(svg.get("width").asDouble()).as("drawn width of #%s", svg.get("id"))
          .isGreaterThan(300);
      assertThat(svg.get("height").asDouble()).as("drawn height of #%s", svg.get("id"))
          .isGreaterThan(100);
      assertThat(svg.get("title").asString()).isNotBlank();
      assertThat(svg.get("desc").asString()).isNotBlank();
      assertThat(svg.get("texts").asInt()).as("labels drawn in #%s", svg.get("id"))
          .isGreaterThan(5);
    }
    assertThat(ids).containsExactly(Timeline.ID, SectorBars.ID, Network.ID);
    assertThat(layout.get("text").asString()).contains("Realising Just Cities",
        "Beth Perry", "Cape Town, ZA", "Peer-learning visit from Greater Manchester to Barcelona");
    assertThat(layout.get("requests")).as("files fetched by the page").isEmpty();
    assertThat(layout.get("scripts").asInt()).isEqualTo(1);
  }

  @Test
  void axeFindsNoViolationInTheHostilePage() throws Exception {
    JsonNode result = check("axe-hostile.html", ProgrammePage.html(HostileProgramme.programme()));
    assertThat(result.get("layout").get("scripts").asInt()).isEqualTo(1);
  }

  private static JsonNode check(String name, String html) throws Exception {
    Path chromium = BrowserTools.chromium();
    Path node = BrowserTools.node();
    BrowserTools.npmTool(BrowserTools.AXE);
    BrowserTools.npmTool(BrowserTools.PLAYWRIGHT);
    Path page = BrowserTools.write(name, html);
    Run run = BrowserTools.run(List.of(node.toString(), BrowserTools.AXE_CHECK.toString(),
        page.toString(), chromium.toString()));
    BrowserTools.assertSucceeded(run, "page-check.mjs");
    JsonNode result = MAPPER.readTree(run.out());
    System.out.printf("axe-core %s checked %s in chromium in %d ms: %d rules passed, none"
            + " failed, %d undecided%n", result.get("engine").asString(), name,
        run.took().toMillis(), result.get("passes").size(), result.get("incomplete").size());
    assertThat(result.get("violations")).as("axe-core's violations").isEmpty();
    assertThat(result.get("passes")).as("axe-core's passed rules").isNotEmpty();
    // axe-core cannot tell the background of text drawn in SVG; PaletteContrastTest computes
    // those contrasts. Anything else it cannot decide fails the test.
    for (JsonNode rule : result.get("incomplete")) {
      assertThat(rule.get("id").asString()).as("a rule axe-core could not decide")
          .isEqualTo("color-contrast");
      for (JsonNode target : rule.get("nodes")) {
        assertThat(target.asString()).as("undecided contrast").startsWith("text");
      }
    }
    return result;
  }
}
