package org.coproduce.interop.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** A GraphML document read back with the JDK's own XML parser, independent of JGraphT. */
final class GraphMlDocument {
  record Key(String domain, String name, String type) {}

  record Item(String id, String source, String target, Map<String, String> data) {}

  final Map<String, Key> keys = new LinkedHashMap<>();
  final Map<String, Item> nodes = new LinkedHashMap<>();
  final List<Item> edges = new ArrayList<>();
  final Element graph;

  GraphMlDocument(String text) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    Document document =
        factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    Element root = document.getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("graphml");
    assertThat(root.getNamespaceURI()).isEqualTo("http://graphml.graphdrawing.org/xmlns");
    for (Element key : children(root, "key")) {
      keys.put(key.getAttribute("id"), new Key(key.getAttribute("for"),
          key.getAttribute("attr.name"), key.getAttribute("attr.type")));
    }
    List<Element> graphs = children(root, "graph");
    assertThat(graphs).hasSize(1);
    graph = graphs.get(0);
    assertThat(graph.getAttribute("edgedefault")).isEqualTo("directed");
    for (Element node : children(graph, "node")) {
      String id = node.getAttribute("id");
      assertThat(nodes).as("node ids are unique").doesNotContainKey(id);
      nodes.put(id, new Item(id, "", "", data(node)));
    }
    for (Element edge : children(graph, "edge")) {
      edges.add(new Item(edge.getAttribute("id"), edge.getAttribute("source"),
          edge.getAttribute("target"), data(edge)));
    }
  }

  private Map<String, String> data(Element parent) {
    Map<String, String> data = new HashMap<>();
    for (Element element : children(parent, "data")) {
      Key key = keys.get(element.getAttribute("key"));
      assertThat(key).as("data refers to a declared key").isNotNull();
      data.put(key.name(), element.getTextContent());
    }
    return data;
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> children = new ArrayList<>();
    NodeList list = parent.getChildNodes();
    for (int i = 0; i < list.getLength(); i++) {
      if (list.item(i) instanceof Element element && element.getLocalName().equals(name)) {
        children.add(element);
      }
    }
    return children;
  }

  List<Item> edges(String relation) {
    return edges.stream().filter(e -> relation.equals(e.data().get("relation"))).toList();
  }

  List<Item> nodes(String kind) {
    return nodes.values().stream().filter(n -> kind.equals(n.data().get("kind"))).toList();
  }
}
