package org.coproduce.interop.page;

import org.jsoup.nodes.Element;

/** Tables and figures of the page: every table has a caption and header cells with scopes. */
final class Tables {
  private Tables() {}

  /** Appends a table with its caption and column headers; returns its body to fill. */
  static Element table(Element parent, String caption, String... headers) {
    Element table = parent.appendElement("table");
    table.appendElement("caption").text(caption);
    Element head = table.appendElement("thead").appendElement("tr");
    for (String header : headers) {
      head.appendElement("th").attr("scope", "col").text(header);
    }
    return table.appendElement("tbody");
  }

  /** Appends a row headed by a text of the programme; returns it, to append its cells. */
  static Element row(Element body, String head) {
    Element row = body.appendElement("tr");
    row.appendElement("th").attr("scope", "row").attr("dir", "auto").text(head);
    return row;
  }

  /** Appends a cell holding a text of the programme, isolated, that may wrap anywhere. */
  static Element text(Element row, String text) {
    return row.appendElement("td").attr("dir", "auto").text(text);
  }

  /** Appends a cell holding the page's own words or numbers, which wrap only between words. */
  static Element word(Element row, String word) {
    return row.appendElement("td").addClass("word").text(word);
  }

  /**
   * Appends a figure for a picture: the returned element is where the picture goes, beside the
   * table of its facts, with the caption under both.
   */
  static Element figure(Element parent, String id, String caption) {
    Element figure = parent.appendElement("figure").attr("id", id + "-figure")
        .addClass("picture");
    Element body = figure.appendElement("div").addClass("picture-body");
    figure.appendElement("figcaption").text(caption);
    return body;
  }
}
