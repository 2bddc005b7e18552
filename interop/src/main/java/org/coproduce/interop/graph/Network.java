package org.coproduce.interop.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coproduce.model.Affiliation;
import org.coproduce.model.Conference;
import org.coproduce.model.Organisation;
import org.coproduce.model.Participant;
import org.coproduce.model.Participation;
import org.coproduce.model.Programme;
import org.coproduce.model.Session;
import org.coproduce.model.Visit;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * Makes the programme's network: a node per organisation, participant, conference, session and
 * visit, and an edge per relation between them, in programme order.
 */
final class Network {
  private final Programme programme;
  private final Graph<Node, Edge> graph = new DirectedPseudograph<>(null, null, false);
  private final Map<String, Node> nodes = new HashMap<>();
  private int edges;

  private Network(Programme programme) {
    this.programme = programme;
  }

  static Graph<Node, Edge> of(Programme programme) {
    return new Network(programme).make();
  }

  private Graph<Node, Edge> make() {
    for (Organisation o : programme.organisations()) {
      node(organisation(o.id()), new Attributes().put("kind", "organisation")
          .put("name", o.name()).put("short_name", o.shortName()).put("sector", o.sector())
          .place(o.place()).put("url", o.url()));
    }
    for (Participant p : programme.participants()) {
      node(participant(p.id()), new Attributes().put("kind", "participant")
          .put("name", p.name()).put("sector", p.sector()).put("url", p.url()));
    }
    for (Conference c : programme.conferences()) {
      conference(c);
    }
    for (Visit v : programme.visits()) {
      node(visit(v.id()), new Attributes().put("kind", "visit").put("name", v.title())
          .place(v.origin()).put("summary", v.summary()));
    }
    // Relations, once every node they may join exists.
    for (Organisation o : programme.organisations()) {
      o.parent().ifPresent(parent ->
          edge(organisation(o.id()), organisation(parent), new Attributes().put("relation", "parent")));
    }
    for (Participant p : programme.participants()) {
      for (Affiliation a : p.affiliations()) {
        edge(participant(p.id()), organisation(a.organisation()), new Attributes()
            .put("relation", "affiliation").put("title", a.title())
            .put("period_start", a.period().map(r -> r.start()))
            .put("period_end", a.period().flatMap(r -> r.end())));
      }
    }
    for (Conference c : programme.conferences()) {
      relations(c);
    }
    for (Visit v : programme.visits()) {
      edge(visit(v.id()), conference(v.conference()),
          new Attributes().put("relation", "destination"));
      for (String traveller : v.participants()) {
        edge(participant(traveller), visit(v.id()), new Attributes().put("relation", "travel"));
      }
      for (String funder : v.funders()) {
        edge(organisation(funder), visit(v.id()), new Attributes().put("relation", "funder"));
      }
    }
    return graph;
  }

  private void conference(Conference c) {
    node(conference(c.id()), new Attributes().put("kind", "conference").put("name", c.name())
        .dates(c.dates()).place(c.place()).put("themes", c.themes()).put("url", c.url())
        .put("summary", c.summary()));
    for (Session s : c.sessions()) {
      node(session(c.id(), s.id()), new Attributes().put("kind", "session")
          .put("name", s.title()).put("session_kind", s.kind()).put("start", s.date())
          .put("strand", s.strand().flatMap(c::strand).map(strand -> strand.title()))
          .put("summary", s.summary()));
    }
  }

  private void relations(Conference c) {
    String conference = conference(c.id());
    for (String host : c.hosts()) {
      edge(organisation(host), conference, new Attributes().put("relation", "host"));
    }
    for (Session s : c.sessions()) {
      edge(session(c.id(), s.id()), conference, new Attributes().put("relation", "part-of"));
    }
    for (Participation p : c.participations()) {
      String target = p.session().map(s -> session(c.id(), s)).orElse(conference);
      edge(participant(p.participant()), target, new Attributes().put("relation", "participation")
          .put("role", p.role()).put("representing", p.representing()));
    }
  }

  private void node(String id, Attributes attributes) {
    Node node = new Node(id, attributes.build());
    nodes.put(id, node);
    graph.addVertex(node);
  }

  private void edge(String from, String to, Attributes attributes) {
    edges++;
    graph.addEdge(nodes.get(from), nodes.get(to), new Edge("e" + edges, attributes.build()));
  }

  static String organisation(String id) {
    return "organisations/" + id;
  }

  static String participant(String id) {
    return "participants/" + id;
  }

  static String conference(String id) {
    return "conferences/" + id;
  }

  static String session(String conference, String id) {
    return "conferences/" + conference + "/sessions/" + id;
  }

  static String visit(String id) {
    return "visits/" + id;
  }
}
