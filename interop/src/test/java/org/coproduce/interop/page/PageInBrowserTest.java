package org.coproduce.interop.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.coproduce.interop.page.BrowserTools.Run;
import org.coproduce.model.testing.ArticleProgramme;
import org.coproduce.model.Sector;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The article's page as a person sees it: rendered by headless chromium, from the file, with no
 * network. The test asserts on the DOM the browser built ({@code --dump-dom}) and on the pixels of
 * its screenshot, kept as {@code target/page/realising-just-cities.png}.
 */
class PageInBrowserTest {
  static final int WIDTH = 1280;
  static final int HEIGHT = 5200;

  @Test
  void buildsTheArticlesPageWithItsThreePicturesAndItsText() throws Exception {
    Path chromium = BrowserTools.chromium();
    Path page = BrowserTools.write("realising-just-cities.html",
        ProgrammePage.html(ArticleProgramme.programme()));
    Path profile = Files.createTempDirectory("chromium-profile");
    try {
      Document built = dumpDom(chromium, profile, page);

      assertThat(built.select("body svg").eachAttr("id"))
          .containsExactly(Timeline.ID, SectorBars.ID, Network.ID);
      assertSize(built, Timeline.ID, Timeline.WIDTH, 36 + 4 * 26 + 8);
      assertSize(built, SectorBars.ID, SectorBars.WIDTH, 40 + 4 * 28 + 8);
      assertSize(built, Network.ID, Network.WIDTH, Network.HEIGHT);
      for (Element svg : built.select("body svg")) {
        assertThat(svg.selectFirst("> title").text()).isNotBlank();
        assertThat(svg.selectFirst("> desc").text()).isNotBlank();
        Element figure = svg.closest("figure");
        assertThat(figure.select("table caption").text()).isNotBlank();
        assertThat(figure.select("figcaption").text()).isNotBlank();
      }
      assertThat(built.select("h1").text()).isEqualTo("Realising Just Cities");
      assertThat(built.body().text()).contains("David Rogerson", "Katie Finney",
          "International Observatory for Participatory Democracy conference 2018",
          "November 2018", "Co-producing the city", "Watch out for #CoProduceGM!");
      assertThat(built.select("script")).singleElement()
          .satisfies(s -> assertThat(s.attr("type")).isEqualTo("application/ld+json"));
      // Nothing outside the page: no element that loads a file.
      assertThat(built.select("[src], link, iframe, object, embed, img")).isEmpty();

      Path shot = BrowserTools.OUT.resolve("realising-just-cities.png");
      Files.deleteIfExists(shot);
      List<String> command = BrowserTools.chromiumCommand(chromium, profile);
      command.add("--hide-scrollbars");
      command.add("--screenshot=" + shot.toAbsolutePath());
      command.add("--window-size=" + WIDTH + "," + HEIGHT);
      command.add(page.toUri().toString());
      Run screenshot = BrowserTools.run(command);
      BrowserTools.assertSucceeded(screenshot, "chromium --screenshot");
      System.out.printf("The browser drew the article's page in %d ms%n",
          screenshot.took().toMillis());
      BufferedImage image = ImageIO.read(shot.toFile());
      assertThat(image.getWidth()).isEqualTo(WIDTH);
      assertThat(image.getHeight()).isEqualTo(HEIGHT);
      // The pictures were painted: the colours only they use are on the screen.
      assertThat(colours(image)).contains(rgb(Palette.CONFERENCE), rgb(Palette.VISIT),
          rgb(Palette.sector(Sector.PUBLIC)), rgb(Palette.sector(Sector.COMMUNITY)));
    } finally {
      BrowserTools.deleteTree(profile);
    }
  }

  @Test
  void keepsHostileTextAsTextInTheBrowser() throws Exception {
    Path chromium = BrowserTools.chromium();
    Path page = BrowserTools.write("hostile.html",
        ProgrammePage.html(HostileProgramme.programme()));
    Path profile = Files.createTempDirectory("chromium-profile");
    try {
      Document built = dumpDom(chromium, profile, page);
      assertThat(built.select("script")).hasSize(1);
      assertThat(built.select("style")).hasSize(1);
      assertThat(built.select("body svg")).hasSize(3);
      assertThat(built.select("h1").text()).endsWith("programme.name")
          .startsWith("</style></script><script>alert(\"x\")</script>");
    } finally {
      BrowserTools.deleteTree(profile);
    }
  }

  /** The DOM the browser built from the page, once its parsing and layout are done. */
  private static Document dumpDom(Path chromium, Path profile, Path page) throws Exception {
    List<String> command = BrowserTools.chromiumCommand(chromium, profile);
    command.add("--dump-dom");
    command.add(page.toUri().toString());
    Run dump = BrowserTools.run(command);
    BrowserTools.assertSucceeded(dump, "chromium --dump-dom");
    System.out.printf("The browser built %s in %d ms%n", page.getFileName(),
        dump.took().toMillis());
    return Jsoup.parse(dump.out());
  }

  private static void assertSize(Document built, String id, int width, int height) {
    Element svg = built.getElementById(id);
    assertThat(svg).as("the svg #%s", id).isNotNull();
    assertThat(svg.attr("width")).as("width of #%s", id).isEqualTo(Integer.toString(width));
    assertThat(svg.attr("height")).as("height of #%s", id).isEqualTo(Integer.toString(height));
    assertThat(svg.attr("viewBox")).isEqualTo("0 0 " + width + " " + height);
  }

  private static Set<Integer> colours(BufferedImage image) {
    Set<Integer> seen = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        seen.add(image.getRGB(x, y) & 0xffffff);
      }
    }
    return seen;
  }

  private static int rgb(String hex) {
    return Integer.parseInt(hex.substring(1), 16);
  }
}
