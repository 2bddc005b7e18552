package org.coproduce.interop.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.coproduce.interop.ArticleProgramme;
import org.coproduce.interop.Export;
import org.coproduce.interop.ExportOptions;
import org.coproduce.interop.TranslatedProgramme;
import org.coproduce.model.Programme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The network of the article's programme against the committed golden file {@code
 * graph/realising-just-cities.graphml}, its counts and attributes read back, and what the export
 * says it leaves out. On a difference the golden test writes what it got to {@code
 * target/graph/realising-just-cities.graphml}.
 */
class GraphMlTest {
  @TempDir Path temp;

  @Test
  void writesTheArticlesProgrammeAsTheGoldenNetwork() throws IOException {
    Export<String> export = GraphMl.text(ArticleProgramme.programme(), ExportOptions.defaults());
    String expected = golden();
    if (!export.output().equals(expected)) {
      Path out = Path.of("target", "graph", "realising-just-cities.graphml");
      Files.createDirectories(out.getParent());
      Files.writeString(out, export.output(), StandardCharsets.UTF_8);
    }
    assertThat(export.output()).isEqualTo(expected);
    assertThat(export.warnings()).containsExactly(
        "/conferences/1/strands/0: the strand has no session, and strands are carried only as"
            + " their sessions' strand: it is not carried",
        "/conferences/1/strands/1: the strand has no session, and strands are carried only as"
            + " their sessions' strand: it is not carried",
        "/conferences/1/strands/2: the strand has no session, and strands are carried only as"
            + " their sessions' strand: it is not carried",
        "/quotes: 2 quotes have no place in the network and are not carried");
  }

  @Test
  void countsTheArticlesNodesAndEdges() throws Exception {
    GraphMlDocument doc = new GraphMlDocument(
        GraphMl.text(ArticleProgramme.programme(), ExportOptions.defaults()).output());
    assertThat(doc.nodes).hasSize(20);
    assertThat(count(doc, true)).containsExactlyInAnyOrderEntriesOf(Map.of("programme", 1,
        "organisation", 8, "participant", 5, "conference", 2, "session", 2, "visit", 2));
    assertThat(doc.edges).hasSize(31);
    assertThat(count(doc, false)).containsExactlyInAnyOrderEntriesOf(Map.of("lead", 1,
        "funder", 2, "parent", 3, "affiliation", 5, "host", 2, "part-of", 2,
        "participation", 7, "destination", 2, "travel", 7));

    assertThat(doc.nodes.get("programme:realising-just-cities").data())
        .containsExactlyInAnyOrderEntriesOf(
        Map.of("kind", "programme", "name", "Realising Just Cities", "themes", "co-production",
            "hashtags", "CoProduceGM"));
    assertThat(doc.nodes.get("conference:iopd-conference-2018").data())
        .containsEntry("start", "2018-11").containsEntry("place", "Barcelona")
        .containsEntry("country", "ES");
    assertThat(doc.nodes.get("session:rjc-conference-2018:field-trips").data())
        .containsEntry("session_kind", "field-trip").containsEntry("name", "Field trips");
    assertThat(doc.nodes.get("organisation:gmca").data()).containsEntry("sector", "public")
        .containsEntry("short_name", "GMCA");
    assertThat(doc.edges("participation")).anySatisfy(e -> {
      assertThat(e.source()).isEqualTo("participant:katie-finney");
      assertThat(e.target()).isEqualTo("conference:rjc-conference-2018");
      assertThat(e.data()).containsEntry("role", "delegate")
          .containsEntry("representing", "jam-and-justice-arc");
    });
    assertThat(doc.edges("affiliation")).anySatisfy(e -> {
      assertThat(e.source()).isEqualTo("participant:david-rogerson");
      assertThat(e.target()).isEqualTo("organisation:gmca");
      assertThat(e.data()).containsEntry("title", "Strategist");
    });
    assertThat(doc.edges("parent")).anySatisfy(e -> {
      assertThat(e.source()).isEqualTo("organisation:gm-decides");
      assertThat(e.target()).isEqualTo("organisation:jam-and-justice");
    });
    assertThat(doc.keys.values()).anySatisfy(key -> {
      assertThat(key.name()).isEqualTo("latitude");
      assertThat(key.type()).isEqualTo("double");
      assertThat(key.domain()).isEqualTo("node");
    });
  }

  @Test
  void replacesWhatXmlCannotHoldAndSaysWhere() throws Exception {
    Programme programme = ArticleProgramme.programme().withName("Bell\u0007\u0000 city");
    Export<String> export = GraphMl.text(programme, ExportOptions.defaults());
    assertThat(new GraphMlDocument(export.output())
        .nodes.get("programme:realising-just-cities").data().get("name"))
        .isEqualTo("Bell\ufffd\ufffd city");
    assertThat(export.warnings()).first().isEqualTo(
        "/name: 2 characters that XML cannot hold (U+0007, U+0000) are replaced by U+FFFD");
  }

  @Test
  void carriesOutputsAndThePreferredLanguage() throws Exception {
    Export<String> export = GraphMl.text(
        TranslatedProgramme.programme(), ExportOptions.defaults().withLanguage("es"));
    GraphMlDocument doc = new GraphMlDocument(export.output());
    assertThat(doc.nodes.get("output:report").data()).containsEntry("kind", "output")
        .containsEntry("name", "Lo aprendido").containsEntry("output_kind", "report");
    assertThat(doc.nodes.get("conference:bcn").data())
        .containsEntry("name", "Congreso de democracia");
    assertThat(doc.nodes.get("session:bcn:opening").data()).containsEntry("name", "Apertura");
    assertThat(doc.edges("authorship")).singleElement().satisfies(e -> {
      assertThat(e.source()).isEqualTo("participant:ana");
      assertThat(e.target()).isEqualTo("output:report");
    });
    assertThat(doc.edges("about")).singleElement().satisfies(e -> {
      assertThat(e.source()).isEqualTo("output:report");
      assertThat(e.target()).isEqualTo("conference:bcn");
    });
    assertThat(export.warnings()).containsExactly(": the network carries each text in one"
        + " language (the preferred language's translation where there is one, else the"
        + " original): 4 other versions of texts are not carried");
  }

  @Test
  void writesAFile() throws IOException {
    Path file = temp.resolve("rjc.graphml");
    Export<Path> export =
        GraphMl.write(ArticleProgramme.programme(), file, ExportOptions.defaults());
    assertThat(export.output()).isEqualTo(file);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(golden());
  }

  @Test
  void refusesNulls() {
    assertThatThrownBy(() -> GraphMl.text(null, ExportOptions.defaults()))
        .isInstanceOf(NullPointerException.class).hasMessage("programme");
  }

  private static Map<String, Integer> count(GraphMlDocument doc, boolean nodes) {
    Map<String, Integer> counts = new TreeMap<>();
    (nodes ? doc.nodes.values().stream() : doc.edges.stream())
        .map(item -> item.data().get(nodes ? "kind" : "relation"))
        .forEach(kind -> counts.merge(kind, 1, Integer::sum));
    return counts;
  }

  private static String golden() throws IOException {
    try (InputStream in =
        GraphMlTest.class.getResourceAsStream("/graph/realising-just-cities.graphml")) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
