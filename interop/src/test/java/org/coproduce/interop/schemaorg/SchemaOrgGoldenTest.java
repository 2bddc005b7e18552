package org.coproduce.interop.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;

import org.coproduce.interop.ArticleProgramme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The article's programme against the committed JSON-LD document {@code
 * schemaorg/realising-just-cities.jsonld}. On a difference the test writes what it got to {@code
 * target/schemaorg/realising-just-cities.jsonld}, to compare and, once checked by hand, commit.
 */
class SchemaOrgGoldenTest {
  static final String GOLDEN = "/schemaorg/realising-just-cities.jsonld";

  static String golden() throws IOException {
    try (InputStream in = SchemaOrgGoldenTest.class.getResourceAsStream(GOLDEN)) {
      assertThat(in).as("the golden document %s", GOLDEN).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void writesTheArticlesProgrammeAsTheGoldenDocument() throws IOException {
    String actual = SchemaOrg.jsonLd(ArticleProgramme.programme());
    String expected = golden();
    if (!actual.strip().equals(expected.strip())) {
      Path out = Path.of("target", "schemaorg", "realising-just-cities.jsonld");
      Files.createDirectories(out.getParent());
      Files.writeString(out, actual + "\n", StandardCharsets.UTF_8);
    }
    JsonMapper mapper = JsonMapper.builder().build();
    JsonNode expectedTree = mapper.readTree(expected);
    assertThat(mapper.readTree(actual)).isEqualTo(expectedTree);
    // Byte for byte too: the member order and the layout are part of what users get.
    assertThat(actual.strip()).isEqualTo(expected.strip());
  }

  @Test
  void carriesBothQuotesVerbatim() throws IOException {
    JsonNode graph = JsonMapper.builder().build().readTree(golden()).get("@graph");
    assertThat(graph.valueStream().filter(n -> n.path("@type").asString().equals("Quotation"))
        .map(n -> n.get("text").stringValue()))
        .containsExactly(ArticleProgramme.BETH_PERRY_SAID, ArticleProgramme.KATIE_FINNEY_SAID);
  }
}
