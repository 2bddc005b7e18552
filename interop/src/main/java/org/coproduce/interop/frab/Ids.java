package org.coproduce.interop.frab;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Makes valid model ids ({@code ^[a-z0-9]+(-[a-z0-9]+)*$}, at most 64 characters) out of the slugs,
 * guids, codes and names of real schedules, and keeps them unique within one scope.
 */
final class Ids {
  static final int MAX_LENGTH = 64;

  private final Set<String> taken = new HashSet<>();

  /**
   * The id that text makes: accents dropped, lower case, every run of other characters than ASCII
   * letters and digits turned into one hyphen, hyphens trimmed, cut to 64 characters.
   *
   * @return the id, or empty if the text holds no ASCII letter or digit
   */
  static Optional<String> of(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    StringBuilder id = new StringBuilder(MAX_LENGTH);
    boolean pendingHyphen = false;
    for (int i = 0; i < plain.length() && id.length() < MAX_LENGTH; i++) {
      char c = plain.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (pendingHyphen && id.length() > 0) {
          if (id.length() + 2 > MAX_LENGTH) {
            break; // no room for a hyphen and another character
          }
          id.append('-');
        }
        pendingHyphen = false;
        id.append(c);
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        // Combining accents left by the decomposition vanish; anything else separates words.
        pendingHyphen = true;
      }
    }
    return id.length() == 0 ? Optional.empty() : Optional.of(id.toString());
  }

  /**
   * Takes the id, or, if it is already taken in this scope, the first free one of {@code id-2},
   * {@code id-3}... (the id cut as needed to stay within 64 characters).
   *
   * @param id a valid id
   * @return a valid id not taken before in this scope
   */
  String unique(String id) {
    if (taken.add(id)) {
      return id;
    }
    for (int n = 2; ; n++) {
      String suffix = "-" + n;
      String base = id.length() + suffix.length() > MAX_LENGTH
          ? trimHyphens(id.substring(0, MAX_LENGTH - suffix.length()))
          : id;
      String candidate = base + suffix;
      if (taken.add(candidate)) {
        return candidate;
      }
    }
  }

  private static String trimHyphens(String id) {
    int end = id.length();
    while (end > 1 && id.charAt(end - 1) == '-') {
      end--;
    }
    return id.substring(0, end);
  }
}
