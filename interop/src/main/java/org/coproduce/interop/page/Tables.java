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

  /** Appends a row whose first cell heads the row; the cells are the programme's text. */
  static Element row(Element body, String... cells) {
    Element row = body.appendElement("tr");
    for (int i = 0; i < cells.length; i++) {
      Element cell = row.appendElement(i == 0 ? "th" : "td").attr("dir", "auto").text(cells[i]);
      if (i == 0) {
        cell.attr("scope", "row");
      }
    }
    return row;
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
