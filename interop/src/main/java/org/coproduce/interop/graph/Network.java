package org.coproduce.interop.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coproduce.interop.internal.ControlCharacters;
import org.coproduce.model.Affiliation;
import org.coproduce.model.Conference;
import org.coproduce.model.DateRange;
import org.coproduce.model.LanguagePreference;
import org.coproduce.model.LocalizedText;
import org.coproduce.model.Organisation;
import org.coproduce.model.Output;
import org.coproduce.model.Participant;
import org.coproduce.model.Participation;
import org.coproduce.model.Programme;
import org.coproduce.model.Session;
import org.coproduce.model.Strand;
import org.coproduce.model.Visit;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * Makes the programme's network: a node for the programme and one per organisation, participant,
 * conference, session, visit and output, and an edge per relation between them, in programme
 * order.
 */
final class Network {
  private final Programme programme;
  private final LanguagePreference reader;
  private final ControlCharacters controls;
  private final Graph<Node, Edge> graph = new DirectedPseudograph<>(null, null, false);
  private final Map<String, Node> nodes = new HashMap<>();
  private int edges;

  private Network(Programme programme, LanguagePreference reader, List<String> warnings) {
    this.programme = programme;
    this.reader = reader;
    this.controls = new ControlCharacters(ControlCharacters.XML, "XML", warnings);
  }

  /**
   * Makes the network, with text in the reader's language where the programme has it, adding to
   * the warnings each text it had to change.
   */
  static Graph<Node, Edge> of(
      Programme programme, LanguagePreference reader, List<String> warnings) {
    return new Network(programme, reader, warnings).make();
  }

  private Graph<Node, Edge> make() {
    String self = programme(programme.id());
    node(self, attributes("", "programme").put("name", programme.name(reader).text())
        .dates(programme.period()).put("themes", "themes", programme.themes())
        .put("hashtags", "hashtags", programme.hashtags())
        .put("sdgs", "sdgs", programme.sdgs().stream().map(String::valueOf).toList())
        .put("summary", "summary", text(programme.summary(reader))));
    List<Organisation> organisations = programme.organisations();
    for (int i = 0; i < organisations.size(); i++) {
      Organisation o = organisations.get(i);
      node(organisation(o.id()), attributes("/organisations/" + i, "organisation")
          .put("name", o.name(reader).text())
          .put("short_name", "shortName", text(o.shortName(reader)))
          .put("sector", o.sector()).place(o.place(), reader).put("url", o.url()));
    }
    List<Participant> participants = programme.participants();
    for (int i = 0; i < participants.size(); i++) {
      Participant p = participants.get(i);
      node(participant(p.id()), attributes("/participants/" + i, "participant")
          .put("name", p.name()).put("sector", p.sector()).put("url", p.url()));
    }
    List<Conference> conferences = programme.conferences();
    for (int i = 0; i < conferences.size(); i++) {
      conference("/conferences/" + i, conferences.get(i));
    }
    List<Visit> visits = programme.visits();
    for (int i = 0; i < visits.size(); i++) {
      Visit v = visits.get(i);
      node(visit(v.id()), attributes("/visits/" + i, "visit").put("name", "title", v.title(reader).text())
          .place(v.origin(), reader).put("summary", "summary", text(v.summary(reader))));
    }
    List<Output> outputs = programme.outputs();
    for (int i = 0; i < outputs.size(); i++) {
      Output o = outputs.get(i);
      node(output(o.id()), attributes("/outputs/" + i, "output")
          .put("name", "title", o.title(reader).text()).put("output_kind", o.kind())
          .put("start", o.published()).put("url", o.url()).put("language", o.language())
          .put("summary", "summary", text(o.summary(reader))));
    }
    // Relations, once every node they may join exists.
    for (String lead : programme.leads()) {
      edge(organisation(lead), self, relation("lead"));
    }
    for (String funder : programme.funders()) {
      edge(organisation(funder), self, relation("funder"));
    }
    for (Organisation o : organisations) {
      o.parent().ifPresent(parent ->
          edge(organisation(o.id()), organisation(parent), relation("parent")));
    }
    for (int i = 0; i < participants.size(); i++) {
      Participant p = participants.get(i);
      for (int a = 0; a < p.affiliations().size(); a++) {
        Affiliation affiliation = p.affiliations().get(a);
        Attributes edge = new Attributes(controls, "/participants/" + i + "/affiliations/" + a)
            .put("relation", "affiliation")
            .put("title", "title", affiliation.title())
            .put("period_start", affiliation.period().map(DateRange::start))
            .put("period_end", affiliation.period().flatMap(DateRange::end));
        edge(participant(p.id()), organisation(affiliation.organisation()), edge);
      }
    }
    for (Conference c : conferences) {
      relations(c);
    }
    for (Visit v : visits) {
      edge(visit(v.id()), conference(v.conference()), relation("destination"));
      for (String traveller : v.participants()) {
        edge(participant(traveller), visit(v.id()), relation("travel"));
      }
      for (String funder : v.funders()) {
        edge(organisation(funder), visit(v.id()), relation("funder"));
      }
    }
    for (Output o : outputs) {
      for (String author : o.authors()) {
        edge(participant(author), output(o.id()), relation("authorship"));
      }
      for (String organisation : o.organisations()) {
        edge(organisation(organisation), output(o.id()), relation("credit"));
      }
      for (String conference : o.conferences()) {
        edge(output(o.id()), conference(conference), relation("about"));
      }
      for (String visit : o.visits()) {
        edge(output(o.id()), visit(visit), relation("about"));
      }
    }
    return graph;
  }

  private static Optional<String> text(Optional<LocalizedText> text) {
    return text.map(LocalizedText::text);
  }

  private void conference(String at, Conference c) {
    node(conference(c.id()), attributes(at, "conference").put("name", c.name(reader).text())
        .dates(c.dates()).place(c.place(), reader).put("themes", "themes", c.themes()).put("url", c.url())
        .put("summary", "summary", text(c.summary(reader))));
    Map<String, String> strandTitles = new HashMap<>();
    for (int s = 0; s < c.strands().size(); s++) {
      Strand strand = c.strands().get(s);
      strandTitles.put(strand.id(),
          controls.clean(at + "/strands/" + s, "title", strand.title(reader).text()));
    }
    for (int s = 0; s < c.sessions().size(); s++) {
      Session session = c.sessions().get(s);
      node(session(c.id(), session.id()), attributes(at + "/sessions/" + s, "session")
          .put("name", "title", session.title(reader).text()).put("session_kind", session.kind())
          .put("start", session.date())
          // Cleaned already: the strand's title is written as is.
          .put("strand", session.strand().map(strandTitles::get))
          .put("summary", "summary", text(session.summary(reader))));
    }
  }

  private void relations(Conference c) {
    String conference = conference(c.id());
    for (String host : c.hosts()) {
      edge(organisation(host), conference, relation("host"));
    }
    for (Session s : c.sessions()) {
      edge(session(c.id(), s.id()), conference, relation("part-of"));
    }
    for (Participation p : c.participations()) {
      String target = p.session().map(s -> session(c.id(), s)).orElse(conference);
      edge(participant(p.participant()), target, relation("participation")
          .put("role", p.role()).put("representing", p.representing()));
    }
  }

  private Attributes attributes(String at, String kind) {
    return new Attributes(controls, at).put("kind", kind);
  }

  private Attributes relation(String relation) {
    return new Attributes(controls, "").put("relation", relation);
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

  static String programme(String id) {
    return "programme:" + id;
  }

  static String organisation(String id) {
    return "organisation:" + id;
  }

  static String participant(String id) {
    return "participant:" + id;
  }

  static String conference(String id) {
    return "conference:" + id;
  }

  static String session(String conference, String id) {
    return "session:" + conference + ":" + id;
  }

  static String visit(String id) {
    return "visit:" + id;
  }

  static String output(String id) {
    return "output:" + id;
  }
}
