package org.coproduce.interop.graph;

import java.util.Map;
import org.jgrapht.nio.Attribute;

/** A node: its id (a path of the model's ids) and its attributes, in the order written. */
record Node(String id, Map<String, Attribute> attributes) {}
