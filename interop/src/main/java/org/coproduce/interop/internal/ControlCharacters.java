package org.coproduce.interop.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * Replaces the characters a format cannot hold (control characters, which the model allows in
 * text) by U+FFFD REPLACEMENT CHARACTER, and says so in a warning, so that the output stays valid
 * and nothing changes silently. Not part of the module's API (the package is not exported).
 */
public final class ControlCharacters {
  /** iCalendar text (RFC 5545, 3.3.11): no control character but the tab; line ends apart. */
  public static final IntPredicate ICALENDAR = c -> c >= 0x20 ? c != 0x7f : c == '\t' || c == '\n';

  /** XML 1.0 ({@code Char}): tab, line feed, carriage return, and all but a few of the rest. */
  public static final IntPredicate XML = c -> c >= 0x20
      ? c <= 0xd7ff || c >= 0xe000 && c <= 0xfffd || c >= 0x10000
      : c == '\t' || c == '\n' || c == '\r';

  private final IntPredicate allowed;
  private final String format;
  private final List<String> warnings;

  /**
   * A cleaner for one format.
   *
   * @param allowed the characters the format holds, such as {@link #XML}
   * @param format the format's name, for the warnings, such as "XML"
   * @param warnings where to add a warning for each text changed
   */
  public ControlCharacters(IntPredicate allowed, String format, List<String> warnings) {
    this.allowed = allowed;
    this.format = format;
    this.warnings = warnings;
  }

  /**
   * The text with each character the format cannot hold replaced, and a warning if any was.
   *
   * @param at the JSON Pointer of the object the text belongs to
   * @param member what the text is, such as "name"
   * @param text the text
   * @return the text the format can hold
   */
  public String clean(String at, String member, String text) {
    if (text.codePoints().allMatch(allowed)) {
      return text;
    }
    StringBuilder clean = new StringBuilder(text.length());
    int replaced = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (allowed.test(c)) {
        clean.appendCodePoint(c);
      } else {
        clean.append('\ufffd');
        replaced++;
      }
    }
    warnings.add(String.format(Locale.ROOT,
        "%s/%s: %d character%s that %s cannot hold (%s) %s replaced by U+FFFD", at, member,
        replaced, replaced == 1 ? "" : "s", format, codes(text), replaced == 1 ? "is" : "are"));
    return clean.toString();
  }

  private String codes(String text) {
    StringBuilder codes = new StringBuilder();
    text.codePoints().filter(allowed.negate()).distinct().forEach(c -> codes
        .append(codes.length() == 0 ? "" : ", ")
        .append(String.format(Locale.ROOT, "U+%04X", c)));
    return codes.toString();
  }
}
