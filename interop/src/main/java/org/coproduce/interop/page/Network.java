package org.coproduce.interop.page;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.coproduce.model.Affiliation;
import org.coproduce.model.Conference;
import org.coproduce.model.Organisation;
import org.coproduce.model.Participant;
import org.coproduce.model.Participation;
import org.coproduce.model.Programme;
import org.coproduce.model.Sector;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.LayoutModel2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jsoup.nodes.Element;

/**
 * The network picture: participants, organisations and conferences, joined where a participant
 * took part in a conference, is affiliated with an organisation, or an organisation hosted a
 * conference. Laid out by JGraphT's Fruchterman-Reingold layout from a fixed seed, over the
 * programme's own order of things, so the same programme always gives the same picture.
 */
final class Network {
  static final String ID = "network";
  static final int WIDTH = 760;
  static final int HEIGHT = 480;
  /** The layout's seed: any fixed number makes the picture reproducible. */
  private static final long SEED = 20181101L;
  /** The layout's iterations for a small network; fewer for a larger one (each costs n²). */
  private static final int ITERATIONS = 300;
  private static final int LEAST_ITERATIONS = 50;
  private static final long PAIR_BUDGET = 3_000_000L;
  private static final int MARGIN = 40;
  /**
   * The most things drawn: the layout's work grows with their square, and past a few hundred the
   * picture is a tangle no one can read. A larger network is given as its table only.
   */
  static final int MOST_NODES = 250;

  private enum Kind { PARTICIPANT, ORGANISATION, CONFERENCE }

  /** A thing drawn: its short label in the picture, its full name in the table and tooltip. */
  private record Node(Kind kind, String label, String name, Optional<Sector> sector) {}

  private record Link(String from, String to, String how) {}

  private final Programme programme;
  private final Texts texts;
  private final Map<String, Node> nodes = new LinkedHashMap<>();
  private final List<Link> links = new ArrayList<>();

  Network(Programme programme, Texts texts) {
    this.programme = programme;
    this.texts = texts;
  }

  /** Appends the picture and its table; nothing when no one took part anywhere. */
  void appendTo(Element parent) {
    collect();
    if (links.isEmpty()) {
      return;
    }
    if (nodes.size() > MOST_NODES) {
      parent.appendElement("p").text("The network has " + nodes.size() + " participants,"
          + " organisations and conferences, too many to draw legibly; the table lists every"
          + " line of it.");
      table(parent);
      return;
    }
    Map<String, Point2D> at = layout();
    Element body = Tables.figure(parent, ID,
        "Who took part where: participants (circles), organisations (squares) and conferences"
            + " (diamonds).");
    long people = nodes.values().stream().filter(n -> n.kind() == Kind.PARTICIPANT).count();
    long organisations =
        nodes.values().stream().filter(n -> n.kind() == Kind.ORGANISATION).count();
    Element svg = Svg.picture(body, ID, WIDTH, HEIGHT, "Network of who took part where",
        people + " participants (circles), " + organisations + " organisations (squares) and "
            + (nodes.size() - people - organisations) + " conferences (diamonds), with a line"
            + " wherever a participant took part in a conference, is affiliated with an"
            + " organisation, or an organisation hosted a conference. Circles and squares are"
            + " coloured by sector, grey where it is not known. The table beside the picture"
            + " lists every line.");
    Element lines = svg.appendElement("g").attr("stroke", Palette.RULE);
    for (Link link : links) {
      Point2D a = at.get(link.from());
      Point2D b = at.get(link.to());
      Svg.line(lines, a.getX(), a.getY(), b.getX(), b.getY(), Palette.RULE);
    }
    nodes.forEach((key, node) -> drawNode(svg, node, at.get(key)));
    table(body);
  }

  private void table(Element parent) {
    Element table = Tables.table(parent, "The network's facts", "Who", "Where", "How");
    for (Link link : links) {
      Element row = Tables.row(table, nodes.get(link.from()).name());
      Tables.text(row, nodes.get(link.to()).name());
      Tables.text(row, link.how());
    }
  }

  private void collect() {
    for (Participant participant : programme.participants()) {
      nodes.put(participantKey(participant.id()), new Node(Kind.PARTICIPANT, participant.name(),
          participant.name(), programme.sectorOf(participant.id())));
    }
    for (Conference conference : programme.conferencesByDate()) {
      String key = "conference:" + conference.id();
      String name = conference.name(texts.reader()).text();
      nodes.put(key, new Node(Kind.CONFERENCE, name, name, Optional.empty()));
      for (String host : conference.hosts()) {
        organisation(host).ifPresent(o -> links.add(new Link(o, key, "hosted")));
      }
      for (Participation participation : conference.participations()) {
        String how = Words.role(participation.role())
            + participation.session().flatMap(conference::session)
                .map(s -> " in " + s.title(texts.reader()).text()).orElse("");
        links.add(new Link(participantKey(participation.participant()), key, how));
        participation.representing().flatMap(this::organisation).ifPresent(o -> links.add(
            new Link(participantKey(participation.participant()), o, "represented it at "
                + conference.name(texts.reader()).text())));
      }
    }
    for (Participant participant : programme.participants()) {
      for (Affiliation affiliation : participant.affiliations()) {
        organisation(affiliation.organisation()).ifPresent(o -> links.add(new Link(
            participantKey(participant.id()), o,
            affiliation.title().map(t -> "affiliated: " + t).orElse("affiliated"))));
      }
    }
    // Only what is joined to something is drawn.
    Set<String> joined = new HashSet<>();
    links.forEach(link -> {
      joined.add(link.from());
      joined.add(link.to());
    });
    nodes.keySet().removeIf(key -> !joined.contains(key));
  }

  private Optional<String> organisation(String id) {
    Optional<Organisation> organisation = programme.organisation(id);
    organisation.ifPresent(o -> nodes.putIfAbsent("organisation:" + id, new Node(
        Kind.ORGANISATION,
        o.shortName(texts.reader()).orElse(o.name(texts.reader())).text(),
        o.name(texts.reader()).text(),
        Optional.of(o.sector()))));
    return organisation.map(o -> "organisation:" + id);
  }

  private static String participantKey(String id) {
    return "participant:" + id;
  }

  private Map<String, Point2D> layout() {
    Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
    nodes.keySet().forEach(graph::addVertex);
    for (Link link : links) {
      if (!graph.containsEdge(link.from(), link.to())) {
        graph.addEdge(link.from(), link.to());
      }
    }
    LayoutModel2D<String> model =
        new MapLayoutModel2D<>(Box2D.of(WIDTH - 2.0 * MARGIN, HEIGHT - 2.0 * MARGIN));
    long pairs = (long) nodes.size() * nodes.size();
    int iterations = (int) Math.max(LEAST_ITERATIONS, Math.min(ITERATIONS, PAIR_BUDGET / pairs));
    new FRLayoutAlgorithm2D<String, DefaultEdge>(iterations,
        FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR, new Random(SEED))
        .layout(graph, model);
    // The layout keeps to the middle of its area: stretch it to fill the picture.
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (String key : nodes.keySet()) {
      Point2D p = model.get(key);
      minX = Math.min(minX, p.getX());
      minY = Math.min(minY, p.getY());
      maxX = Math.max(maxX, p.getX());
      maxY = Math.max(maxY, p.getY());
    }
    Map<String, Point2D> at = new LinkedHashMap<>();
    for (String key : nodes.keySet()) {
      Point2D p = model.get(key);
      at.put(key, Point2D.of(MARGIN + scaled(p.getX(), minX, maxX, WIDTH - 2.0 * MARGIN),
          MARGIN / 2.0 + scaled(p.getY(), minY, maxY, HEIGHT - 2.0 * MARGIN)));
    }
    return at;
  }

  /** The value moved from [min, max] to [0, size]; the middle when all values are equal. */
  private static double scaled(double value, double min, double max, double size) {
    return max - min < 1e-9 ? size / 2 : (value - min) / (max - min) * size;
  }

  private static void drawNode(Element svg, Node node, Point2D at) {
    Element group = svg.appendElement("g");
    Svg.tooltip(group, node.name());
    String fill = node.sector().map(Palette::sector).orElse(Palette.MUTED);
    double x = at.getX();
    double y = at.getY();
    switch (node.kind()) {
      case PARTICIPANT -> group.appendElement("circle").attr("cx", Svg.number(x))
          .attr("cy", Svg.number(y)).attr("r", "7").attr("fill", fill);
      case ORGANISATION -> Svg.rect(group, x - 7, y - 7, 14, 14, fill);
      case CONFERENCE -> group.appendElement("polygon").attr("fill", Palette.CONFERENCE)
          .attr("points", Svg.number(x) + "," + Svg.number(y - 11) + " " + Svg.number(x + 11)
              + "," + Svg.number(y) + " " + Svg.number(x) + "," + Svg.number(y + 11) + " "
              + Svg.number(x - 11) + "," + Svg.number(y));
    }
    // Labels near a side run inwards, so that they stay inside the picture.
    String anchor = x < WIDTH / 4.0 ? "start" : x > WIDTH * 3 / 4.0 ? "end" : "middle";
    double labelX = anchor.equals("start") ? x - 10 : anchor.equals("end") ? x + 10 : x;
    Svg.text(group, labelX, y + 24, node.label(), Palette.INK)
        .attr("text-anchor", anchor).attr("font-size", "11");
  }
}
