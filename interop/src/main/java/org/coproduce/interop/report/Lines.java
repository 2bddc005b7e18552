package org.coproduce.interop.report;

import java.util.Locale;

/** Collects a report's lines. */
final class Lines {
  private final StringBuilder text = new StringBuilder();

  void line(String format, Object... args) {
    text.append(args.length == 0 ? format : String.format(Locale.ROOT, format, args)).append('\n');
  }

  void section(String title) {
    text.append('\n').append(title).append('\n');
  }

  /** Writes text over several lines of at most {@code width} characters, breaking at spaces. */
  void wrapped(String words, int width) {
    String indent = words.substring(0, words.length() - words.stripLeading().length());
    StringBuilder current = new StringBuilder();
    for (String word : words.strip().split(" ")) {
      if (current.length() > 0 && indent.length() + current.length() + 1 + word.length() > width) {
        line(indent + current);
        current.setLength(0);
      }
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(word);
    }
    if (current.length() > 0) {
      line(indent + current);
    }
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
