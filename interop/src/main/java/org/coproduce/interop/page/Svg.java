package org.coproduce.interop.page;

import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Inline SVG drawn as jsoup elements, so that every label is escaped like any other text. Each
 * picture has a {@code <title>} and a {@code <desc>}, referred to by {@code aria-labelledby} and
 * {@code aria-describedby}, and {@code role="img"}.
 */
final class Svg {
  /** The longest label drawn, in code points; longer ones end in an ellipsis. */
  static final int LABEL_LENGTH = 28;

  private Svg() {}

  /** Appends an {@code <svg>} of the given size, with its title and description. */
  static Element picture(Element parent, String id, int width, int height, String title,
      String description) {
    Element svg = parent.appendElement("svg")
        .attr("xmlns", "http://www.w3.org/2000/svg")
        .attr("id", id)
        .attr("width", Integer.toString(width))
        .attr("height", Integer.toString(height))
        .attr("viewBox", "0 0 " + width + " " + height)
        .attr("role", "img")
        .attr("aria-labelledby", id + "-title")
        .attr("aria-describedby", id + "-desc");
    svg.appendElement("title").attr("id", id + "-title").text(title);
    svg.appendElement("desc").attr("id", id + "-desc").text(description);
    return svg;
  }

  static Element rect(Element parent, double x, double y, double width, double height,
      String fill) {
    return parent.appendElement("rect")
        .attr("x", number(x)).attr("y", number(y))
        .attr("width", number(width)).attr("height", number(height))
        .attr("fill", fill);
  }

  static Element line(Element parent, double x1, double y1, double x2, double y2, String stroke) {
    return parent.appendElement("line")
        .attr("x1", number(x1)).attr("y1", number(y1))
        .attr("x2", number(x2)).attr("y2", number(y2))
        .attr("stroke", stroke);
  }

  /** Appends a label, shortened to {@link #LABEL_LENGTH} (the style sheet isolates it). */
  static Element text(Element parent, double x, double y, String text, String fill) {
    return parent.appendElement("text")
        .attr("x", number(x)).attr("y", number(y))
        .attr("fill", fill)
        .text(shortened(text));
  }

  /** Appends a tooltip: the full text of what the parent element draws. */
  static void tooltip(Element parent, String text) {
    parent.appendElement("title").text(text);
  }

  /** The text cut to {@link #LABEL_LENGTH} code points, never inside a surrogate pair. */
  static String shortened(String text) {
    if (text.codePointCount(0, text.length()) <= LABEL_LENGTH) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, LABEL_LENGTH - 1)) + "\u2026";
  }

  static String number(double value) {
    String text = String.format(Locale.ROOT, "%.1f", value);
    return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
  }
}
