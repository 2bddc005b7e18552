package org.coproduce.interop.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coproduce.interop.schemaorg.SchemaOrg;
import org.coproduce.model.Programme;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The page of a programme with hostile text in every field ({@link HostileProgramme}) against the
 * committed page {@code page/hostile.html}, and what must hold of it whatever its layout: the text
 * stays text, the only script is the JSON-LD and it means what the export means, every text is
 * isolated. On a difference the test writes what it got to {@code target/page/hostile.html}, to
 * compare and, once checked by hand, commit.
 */
class HostileTextGoldenTest {
  static final String GOLDEN = "/page/hostile.html";
  static final List<String> FIELDS = List.of("programme.name", "programme.summary",
      "programme.theme", "org-a.name", "org-a.shortName", "org-b.name", "place.name",
      "place.region", "person-a.name", "person-a.title", "person-b.name", "conference.name",
      "conference.summary", "conference.theme", "strand.title", "strand.summary", "session.title",
      "session.summary", "visit.title", "visit.summary", "quote.text", "source.title",
      "source.publisher", "output.title", "output.summary");

  private static Programme programme;
  private static String html;
  private static Document page;

  @BeforeAll
  static void makePage() {
    programme = HostileProgramme.programme();
    html = ProgrammePage.html(programme);
    page = Jsoup.parse(html);
  }

  @Test
  void writesTheGoldenPage() throws IOException {
    String expected;
    try (InputStream in = getClass().getResourceAsStream(GOLDEN)) {
      assertThat(in).as("the golden page %s", GOLDEN).isNotNull();
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (!html.equals(expected)) {
      Path out = Path.of("target", "page", "hostile.html");
      Files.createDirectories(out.getParent());
      Files.writeString(out, html, StandardCharsets.UTF_8);
    }
    assertThat(html).isEqualTo(expected);
  }

  @Test
  void hasNoMarkupButItsOwn() {
    String lower = html.toLowerCase(Locale.ROOT);
    assertThat(count(lower, "<script")).isEqualTo(1);
    assertThat(count(lower, "</script")).isEqualTo(1);
    assertThat(count(lower, "<style")).isEqualTo(1);
    assertThat(count(lower, "</style")).isEqualTo(1);
    assertThat(count(lower, "<!--")).isZero();
    assertThat(page.select("script")).singleElement()
        .satisfies(s -> assertThat(s.attr("type")).isEqualTo("application/ld+json"));
    for (Element element : page.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        assertThat(attribute.getKey()).as("an event handler").doesNotStartWith("on");
      }
    }
    assertThat(page.select("a[href]")).isNotEmpty()
        .allSatisfy(a -> assertThat(a.attr("href")).isEqualTo(HostileProgramme.URL));
    assertThat(page.body().text()).contains(HostileProgramme.DISGUISED_URL);
  }

  @Test
  void showsEveryFieldAsTextWithItsForbiddenCodePointsReplaced() {
    String shownText = page.text();
    for (String field : FIELDS) {
      String shown = HostileProgramme.text(field).replace('\u0007', '\uFFFD')
          .replace('\uFFFE', '\uFFFD');
      assertThat(shownText).as(field).contains(shown.strip());
    }
    assertThat(html).doesNotContain("\u0007").doesNotContain("\uFFFE");
  }

  @Test
  void isolatesEveryTextFromTheDirectionOfItsNeighbours() {
    List<Element> holders = page.body().getAllElements().stream()
        .filter(e -> e.ownText().contains("revo")).toList();
    assertThat(holders).hasSizeGreaterThan(FIELDS.size());
    for (Element holder : holders) {
      boolean inSvg = holder.parents().stream().anyMatch(p -> p.nameIs("svg"));
      boolean isolated = holder.hasAttr("dir") || holder.nameIs("caption")
          || holder.parents().stream().anyMatch(p -> p.attr("dir").equals("auto"));
      assertThat(inSvg || isolated).as("<%s>%s", holder.tagName(), holder.ownText()).isTrue();
    }
    // In the pictures, every label is isolated by the page's style sheet.
    assertThat(page.select("style").html()).contains("svg text { unicode-bidi: isolate; }");
  }

  @Test
  void embedsTheSchemaOrgDocumentUnchangedInMeaning() {
    String script = page.select("script").first().data();
    assertThat(script).doesNotContain("<").doesNotContain(">").doesNotContain("&");
    assertThat(JsonMapper.builder().build().readTree(script))
        .isEqualTo(SchemaOrg.tree(programme, SchemaOrg.DEFAULT_BASE));
  }

  @Test
  void marksTheQuoteAndTheOutputWithTheirLanguage() {
    assertThat(page.select("blockquote p[lang=ar]")).singleElement()
        .satisfies(p -> assertThat(p.text()).endsWith("quote.text"));
    assertThat(page.select("#outputs h3[lang=ar]")).singleElement()
        .satisfies(h -> assertThat(h.text()).endsWith("output.title"));
  }

  @Test
  void showsTheTranslationsTheReaderPrefersAsTextToo() {
    Document translated = Jsoup.parse(ProgrammePage.html(programme,
        PageOptions.defaults().withLanguages("ca", "en")));
    assertThat(translated.select("h1[lang=ca]").text()).endsWith("programme.name.ca");
    assertThat(translated.select("#outputs h3[lang=en]").text()).endsWith("output.title.en");
    assertThat(translated.select("script")).hasSize(1);
  }

  private static int count(String text, String part) {
    Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
    int n = 0;
    while (matcher.find()) {
      n++;
    }
    return n;
  }
}
