package org.coproduce.interop.graph;

import java.util.Map;
import org.jgrapht.nio.Attribute;

/**
 * An edge: its id ({@code e1}, {@code e2}... in the order made) and its attributes. Edges are
 * compared by identity, so that the same two nodes may be joined more than once.
 */
final class Edge {
  private final String id;
  private final Map<String, Attribute> attributes;

  Edge(String id, Map<String, Attribute> attributes) {
    this.id = id;
    this.attributes = attributes;
  }

  String id() {
    return id;
  }

  Map<String, Attribute> attributes() {
    return attributes;
  }
}
