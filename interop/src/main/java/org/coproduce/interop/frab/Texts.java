package org.coproduce.interop.frab;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the free text of schedules (HTML, Windows line ends, broken Unicode) into plain text. */
final class Texts {
  private static final Pattern SCRIPT_OR_STYLE =
      Pattern.compile("(?is)<(script|style)\\b[^>]*>.*?</\\1\\s*>");
  private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
  // Tags that end a line of text; other tags simply vanish.
  private static final Pattern BREAK_TAG = Pattern.compile(
      "(?i)<(br|hr|p|/p|/div|/li|/h[1-6]|/tr|/blockquote)(\\s[^<>]*)?/?>");
  // Only something that looks like a tag, its name right after "<": "a < b" stays as it is.
  private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>");
  private static final Pattern ENTITY =
      Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
  private static final Map<String, String> NAMED = Map.of(
      "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", "\u00a0",
      "ndash", "\u2013", "mdash", "\u2014", "hellip", "\u2026", "shy", "");
  private static final Pattern SPACES_BEFORE_LINE_END = Pattern.compile("[ \\t\\u00a0]+\n");
  private static final Pattern MANY_LINE_ENDS = Pattern.compile("\n{3,}");

  private Texts() {}

  /** Whether the text holds anything but the characters the model counts as blank. */
  static boolean hasText(String text) {
    return !text.isBlank();
  }

  /** Replaces each unpaired surrogate, which the model refuses, by U+FFFD. */
  static String repairUnicode(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paired = Character.isHighSurrogate(c)
          && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
      if (paired) {
        if (out != null) {
          out.append(c).append(text.charAt(i + 1));
        }
        i++;
      } else if (Character.isSurrogate(c)) {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, 0, i);
        }
        out.append('\uFFFD');
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /** Whether the text holds an unpaired surrogate. */
  static boolean hasBrokenUnicode(String text) {
    return !repairUnicode(text).equals(text);
  }

  /**
   * Plain text out of a description that may hold HTML: scripts, styles, comments and tags
   * removed (block tags become line ends), character references decoded, line ends unified,
   * trailing spaces and runs of blank lines removed, the whole trimmed.
   */
  static String plain(String html) {
    String text = html.replace("\r\n", "\n").replace('\r', '\n');
    if (text.indexOf('<') >= 0) {
      text = SCRIPT_OR_STYLE.matcher(text).replaceAll("");
      text = COMMENT.matcher(text).replaceAll("");
      text = BREAK_TAG.matcher(text).replaceAll("\n");
      text = TAG.matcher(text).replaceAll("");
    }
    if (text.indexOf('&') >= 0) {
      text = decodeEntities(text);
    }
    text = SPACES_BEFORE_LINE_END.matcher(text).replaceAll("\n");
    text = MANY_LINE_ENDS.matcher(text).replaceAll("\n\n");
    return text.strip();
  }

  private static String decodeEntities(String text) {
    Matcher m = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String name = m.group(1);
      String decoded = null;
      if (name.charAt(0) == '#') {
        boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
        int code = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
        if (Character.isValidCodePoint(code) && !(code >= 0xD800 && code <= 0xDFFF) && code != 0) {
          decoded = new String(Character.toChars(code));
        }
      } else {
        decoded = NAMED.get(name); // entity names are case-sensitive
      }
      m.appendReplacement(out, Matcher.quoteReplacement(decoded != null ? decoded : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }
}
