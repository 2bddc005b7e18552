package org.coproduce.interop.page;

import java.util.regex.Pattern;
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
  private static final Pattern FORBIDDEN = Pattern.compile(
      "[\\x{0}-\\x{8}\\x{B}\\x{E}-\\x{1F}\\x{7F}-\\x{9F}\\x{FDD0}-\\x{FDEF}"
          + "\\x{FFFE}\\x{FFFF}\\x{1FFFE}\\x{1FFFF}\\x{2FFFE}\\x{2FFFF}\\x{3FFFE}\\x{3FFFF}"
          + "\\x{4FFFE}\\x{4FFFF}\\x{5FFFE}\\x{5FFFF}\\x{6FFFE}\\x{6FFFF}\\x{7FFFE}\\x{7FFFF}"
          + "\\x{8FFFE}\\x{8FFFF}\\x{9FFFE}\\x{9FFFF}\\x{AFFFE}\\x{AFFFF}\\x{BFFFE}\\x{BFFFF}"
          + "\\x{CFFFE}\\x{CFFFF}\\x{DFFFE}\\x{DFFFF}\\x{EFFFE}\\x{EFFFF}\\x{FFFFE}\\x{FFFFF}"
          + "\\x{10FFFE}\\x{10FFFF}]");

  private Clean() {}

  /** The text with every forbidden code point replaced by U+FFFD. */
  static String text(String text) {
    return FORBIDDEN.matcher(text).replaceAll("\uFFFD");
  }

  /** Whether the code point may not appear in an HTML document. */
  static boolean isForbidden(int codePoint) {
    return FORBIDDEN.matcher(new String(Character.toChars(codePoint))).matches();
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
