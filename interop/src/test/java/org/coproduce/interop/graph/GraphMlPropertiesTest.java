package org.coproduce.interop.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.coproduce.interop.Export;
import org.coproduce.interop.ExportOptions;
import org.coproduce.interop.internal.Names;
import org.coproduce.model.Conference;
import org.coproduce.model.Participation;
import org.coproduce.model.Programme;
import org.coproduce.model.testing.ProgrammeGenerator;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Over generated programmes (each test named by its seed, to replay with {@code new
 * ProgrammeGenerator(seed)}): the GraphML, read back by the JDK's XML parser and by JGraphT's
 * importer, has a node per item and an edge per relation, with their attributes.
 */
class GraphMlPropertiesTest {
  @TestFactory
  Stream<DynamicTest> networksHoldEveryItemAndRelation() {
    return LongStream.range(0, 50).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      ProgrammeGenerator generator = new ProgrammeGenerator(seed);
      // Odd seeds use what format 1.1 adds: outputs, translations, the programme's language.
      Programme p = (seed % 2 == 0 ? generator : generator.withFormat11())
          .programme((int) (seed * 7 % 120));
      Export<String> export = GraphMl.text(p, ExportOptions.defaults());
      GraphMlDocument doc = new GraphMlDocument(export.output());

      List<String> expectedNodes = new ArrayList<>();
      List<String> names = new ArrayList<>();
      expectedNodes.add("programme:" + p.id() + " programme");
      names.add(p.name());
      p.organisations().forEach(o -> {
        expectedNodes.add("organisation:" + o.id() + " organisation");
        names.add(o.name());
      });
      p.participants().forEach(x -> {
        expectedNodes.add("participant:" + x.id() + " participant");
        names.add(x.name());
      });
      for (Conference c : p.conferences()) {
        expectedNodes.add("conference:" + c.id() + " conference");
        names.add(c.name());
        c.sessions().forEach(s -> {
          expectedNodes.add("session:" + c.id() + ":" + s.id() + " session");
          names.add(s.title());
        });
      }
      p.visits().forEach(v -> {
        expectedNodes.add("visit:" + v.id() + " visit");
        names.add(v.title());
      });
      p.outputs().forEach(o -> {
        expectedNodes.add("output:" + o.id() + " output");
        names.add(o.title());
      });
      assertThat(doc.nodes.values().stream().map(n -> n.id() + " " + n.data().get("kind")))
          .containsExactlyInAnyOrderElementsOf(expectedNodes);
      assertThat(doc.nodes.values().stream().map(n -> n.data().get("name")))
          .containsExactlyInAnyOrderElementsOf(names.stream().map(GraphMlPropertiesTest::held)
              .toList());

      List<String> participations = new ArrayList<>();
      for (Conference c : p.conferences()) {
        for (Participation x : c.participations()) {
          participations.add("participant:" + x.participant() + " -> "
              + x.session().map(s -> "session:" + c.id() + ":" + s).orElse("conference:" + c.id())
              + " " + Names.of(x.role()));
        }
      }
      assertThat(doc.edges("participation").stream().map(e -> e.source() + " -> " + e.target()
          + " " + e.data().get("role"))).containsExactlyInAnyOrderElementsOf(participations);
      assertThat(doc.edges("affiliation")).hasSize(
          p.participants().stream().mapToInt(x -> x.affiliations().size()).sum());
      assertThat(doc.edges("parent")).hasSize(
          (int) p.organisations().stream().filter(o -> o.parent().isPresent()).count());
      assertThat(doc.edges("host"))
          .hasSize(p.conferences().stream().mapToInt(c -> c.hosts().size()).sum());
      assertThat(doc.edges("part-of"))
          .hasSize(p.conferences().stream().mapToInt(c -> c.sessions().size()).sum());
      assertThat(doc.edges("destination")).hasSize(p.visits().size());
      assertThat(doc.edges("travel"))
          .hasSize(p.visits().stream().mapToInt(v -> v.participants().size()).sum());
      assertThat(doc.edges("funder")).hasSize(p.funders().size()
          + p.visits().stream().mapToInt(v -> v.funders().size()).sum());
      assertThat(doc.edges("lead")).hasSize(p.leads().size());
      assertThat(doc.edges("authorship").stream().map(e -> e.source() + " " + e.target()))
          .containsExactlyElementsOf(p.outputs().stream().flatMap(o -> o.authors().stream()
              .map(a -> "participant:" + a + " output:" + o.id())).toList());
      assertThat(doc.edges("credit"))
          .hasSize(p.outputs().stream().mapToInt(o -> o.organisations().size()).sum());
      assertThat(doc.edges("about")).hasSize(p.outputs().stream()
          .mapToInt(o -> o.conferences().size() + o.visits().size()).sum());
      int relations = 0;
      for (String relation : List.of("participation", "affiliation", "parent", "host", "part-of",
          "destination", "travel", "funder", "lead", "authorship", "credit", "about")) {
        relations += doc.edges(relation).size();
      }
      assertThat(doc.edges).as("every edge has a known relation").hasSize(relations);
      for (GraphMlDocument.Item edge : doc.edges) {
        assertThat(doc.nodes).containsKey(edge.source()).containsKey(edge.target());
      }
      assertThat(doc.nodes.get("programme:" + p.id()).data().get("themes"))
          .isEqualTo(p.themes().isEmpty() ? null : held(String.join("; ", p.themes())));

      Graph<String, DefaultEdge> imported =
          new DirectedPseudograph<>(null, DefaultEdge::new, false);
      GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
      importer.setVertexFactory(id -> id);
      importer.importGraph(imported, new StringReader(export.output()));
      assertThat(imported.vertexSet()).hasSize(expectedNodes.size());
      assertThat(imported.edgeSet()).hasSize(doc.edges.size());
      assertThat(GraphMl.text(p, ExportOptions.defaults()).output())
          .as("the same programme, the same text").isEqualTo(export.output());
    }));
  }

  /** The text as XML holds it, read back: characters XML cannot hold replaced. */
  static String held(String text) {
    StringBuilder held = new StringBuilder();
    text.codePoints().forEach(c -> held.appendCodePoint(
        c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xfffe || c == 0xffff ? 0xfffd : c));
    return held.toString();
  }
}
