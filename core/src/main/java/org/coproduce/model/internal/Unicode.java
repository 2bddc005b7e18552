package org.coproduce.model.internal;

import java.util.Objects;

/** Whether text is valid Unicode, as the model's rules and the JSON reader and writer ask. */
public final class Unicode {
  private Unicode() {}

  /**
   * Where the first unpaired surrogate of a text is.
   *
   * @param text the text
   * @return the index of the first unpaired surrogate, or -1 if the text is valid Unicode
   */
  public static int unpairedSurrogate(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int from = 0;
    if (text instanceof String) {
      // Nearly all text has no surrogate at all: a plain scan for one comes first.
      String string = (String) text;
      int n = string.length();
      while (from < n && !Character.isSurrogate(string.charAt(from))) {
        from++;
      }
      if (from == n) {
        return -1;
      }
    }
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }
}
