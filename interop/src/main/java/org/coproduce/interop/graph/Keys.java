package org.coproduce.interop.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coproduce.interop.internal.TranslatedText;
import org.coproduce.model.Conference;
import org.coproduce.model.Programme;
import org.coproduce.model.Session;
import org.coproduce.model.Strand;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * The GraphML keys (attribute declarations) of the network, the exporter that writes them, and
 * what the network leaves out. (JGraphT writes no data for the graph itself, so the programme's
 * facts are a node of their own.)
 */
final class Keys {
  private static final List<String> NODE = List.of("kind", "name", "short_name", "sector",
      "session_kind", "output_kind", "start", "end", "place", "region", "country", "latitude",
      "longitude", "strand", "themes", "hashtags", "sdgs", "url", "language", "summary");
  private static final List<String> EDGE =
      List.of("relation", "role", "representing", "title", "period_start", "period_end");

  private Keys() {}

  static GraphMLExporter<Node, Edge> exporter() {
    GraphMLExporter<Node, Edge> exporter = new GraphMLExporter<>(Node::id);
    for (String key : NODE) {
      AttributeType type = key.equals("latitude") || key.equals("longitude")
          ? AttributeType.DOUBLE : AttributeType.STRING;
      exporter.registerAttribute(key, AttributeCategory.NODE, type);
    }
    for (String key : EDGE) {
      exporter.registerAttribute(key, AttributeCategory.EDGE, AttributeType.STRING);
    }
    exporter.setVertexAttributeProvider(Node::attributes);
    exporter.setEdgeIdProvider(Edge::id);
    exporter.setEdgeAttributeProvider(Edge::attributes);
    return exporter;
  }

  /**
   * What the network has no room for: strands' summaries, strands without sessions, the texts in
   * other languages, quotes.
   */
  static List<String> uncarried(Programme programme) {
    List<String> warnings = new ArrayList<>();
    List<Conference> conferences = programme.conferences();
    for (int c = 0; c < conferences.size(); c++) {
      Conference conference = conferences.get(c);
      for (int s = 0; s < conference.strands().size(); s++) {
        Strand strand = conference.strands().get(s);
        boolean used = conference.sessions().stream()
            .map(Session::strand)
            .anyMatch(id -> id.isPresent() && id.get().equals(strand.id()));
        String at = "/conferences/" + c + "/strands/" + s;
        if (!used) {
          warnings.add(at + ": the strand has no session, and strands are carried only as"
              + " their sessions' strand: it is not carried");
        } else if (strand.summary().isPresent()) {
          warnings.add(at + "/summary: a strand's summary has no place in the network and is"
              + " not carried");
        }
      }
    }
    int translations = TranslatedText.count(programme);
    if (translations > 0) {
      warnings.add(String.format(Locale.ROOT, ": the network carries each text in one language"
          + " (the preferred language's translation where there is one, else the original): %d"
          + " other versions of texts are not carried", translations));
    }
    int quotes = programme.quotes().size();
    if (quotes == 1) {
      warnings.add("/quotes: 1 quote has no place in the network and is not carried");
    } else if (quotes > 1) {
      warnings.add(String.format(Locale.ROOT,
          "/quotes: %d quotes have no place in the network and are not carried", quotes));
    }
    return warnings;
  }
}
