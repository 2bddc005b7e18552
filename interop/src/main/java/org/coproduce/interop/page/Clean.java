package org.coproduce.interop.page;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * What escaping cannot fix: code points that HTML forbids in a document even as character
 * references (controls other than white space, noncharacters). The model allows them in text;
 * the page shows each as U+FFFD, the replacement character, as a browser would.
 */
final class Clean {
  private Clean() {}

  /** The text with every forbidden code point replaced by U+FFFD. */
  static String text(String text) {
    int i = 0;
    while (i < text.length() && !isForbidden(text.codePointAt(i))) {
      i += Character.charCount(text.codePointAt(i));
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder clean = new StringBuilder(text.length()).append(text, 0, i);
    while (i < text.length()) {
      int codePoint = text.codePointAt(i);
      clean.appendCodePoint(isForbidden(codePoint) ? 0xFFFD : codePoint);
      i += Character.charCount(codePoint);
    }
    return clean.toString();
  }

  /**
   * Whether HTML forbids the code point: a control other than tab, line feed, form feed and
   * carriage return (C0, DEL, C1), or a noncharacter (U+FDD0 to U+FDEF, and the last two of every
   * plane).
   */
  static boolean isForbidden(int codePoint) {
    return codePoint <= 0x08 || codePoint == 0x0B || (codePoint >= 0x0E && codePoint <= 0x1F)
        || (codePoint >= 0x7F && codePoint <= 0x9F)
        || (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
  }

  /** Cleans every text node and attribute value of the document, in place. */
  static void document(Document document) {
    document.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode textNode) {
          textNode.text(text(textNode.getWholeText()));
        } else if (node instanceof Element element) {
          for (Attribute attribute : element.attributes()) {
            attribute.setValue(text(attribute.getValue()));
          }
        }
      }
    });
  }
}
