package org.coproduce.interop.page;

import java.util.Locale;

/**
 * Makes JSON safe to embed in a {@code <script>} element. Characters that could end the element
 * or open a comment ({@code <}, {@code >}, {@code &}) and code points that HTML forbids are
 * written as JSON {@code \\uXXXX} escapes. They can only occur inside JSON strings, where such an
 * escape means the same character, so the JSON parses to the same value.
 */
final class ScriptJson {
  private ScriptJson() {}

  static String escape(String json) {
    StringBuilder out = new StringBuilder(json.length() + 64);
    for (int i = 0; i < json.length(); ) {
      int codePoint = json.codePointAt(i);
      int next = i + Character.charCount(codePoint);
      if (codePoint == '<' || codePoint == '>' || codePoint == '&'
          || codePoint == 0x2028 || codePoint == 0x2029 || Clean.isForbidden(codePoint)) {
        for (int j = i; j < next; j++) {
          out.append(String.format(Locale.ROOT, "\\u%04x", (int) json.charAt(j)));
        }
      } else {
        out.appendCodePoint(codePoint);
      }
      i = next;
    }
    return out.toString();
  }
}
