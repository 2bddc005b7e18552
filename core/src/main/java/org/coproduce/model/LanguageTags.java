package org.coproduce.model;

import java.util.regex.Pattern;

/**
 * Whether text is a well-formed BCP 47 language tag: quickly for the common shapes, by the
 * pattern of RFC 5646 for the others, and remembering the tags found well-formed, which in a
 * programme are few and repeat.
 */
final class LanguageTags {
  // RFC 5646 well-formedness (section 2.1), matched ignoring case.
  private static final Pattern LANGUAGE_TAG;

  static {
    String language = "(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})";
    String script = "(?:-[a-z]{4})?";
    String region = "(?:-(?:[a-z]{2}|[0-9]{3}))?";
    String variants = "(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*";
    String extensions = "(?:-[0-9a-wy-z](?:-[a-z0-9]{2,8})+)*";
    String privateUse = "x(?:-[a-z0-9]{1,8})+";
    String irregular =
        "en-gb-oed|i-ami|i-bnn|i-default|i-enochian|i-hak|i-klingon|i-lux|i-mingo|i-navajo"
            + "|i-pwn|i-tao|i-tay|i-tsu|sgn-be-fr|sgn-be-nl|sgn-ch-de";
    LANGUAGE_TAG =
        Pattern.compile(
            language + script + region + variants + extensions + "(?:-" + privateUse + ")?"
                + "|" + privateUse + "|" + irregular,
            Pattern.CASE_INSENSITIVE);
  }

  /** Tags recently found well-formed that the shapes at a glance do not cover. */
  private static final String[] WELL_FORMED_TAGS = new String[256];

  private LanguageTags() {}

  /**
   * Whether a tag is a well-formed BCP 47 language tag (RFC 5646, section 2.1), in any case.
   *
   * @param value the tag
   * @return whether it is well-formed
   */
  static boolean isWellFormed(String value) {
    // Most tags are "ll", "lll" or "ll-CC", well-formed at a glance; the pattern is costly.
    int n = value.length();
    if ((n == 2 || n == 3) && asciiLetters(value, 0, n)
        || n == 5 && value.charAt(2) == '-' && asciiLetters(value, 0, 2)
            && asciiLetters(value, 3, 5)) {
      return true;
    }
    // The other tags of a programme are few and repeat (zh-Hant, ca-ES-valencia...): a tag found
    // well-formed is remembered, in a slot of its hash, so the pattern runs about once for each.
    // Tags are compared ignoring ASCII case, as the pattern matches them.
    int hash = 0;
    for (int i = 0; i < n; i++) {
      hash = 31 * hash + asciiLower(value.charAt(i));
    }
    hash = (hash ^ (hash >>> 16)) * 0x85ebca6b;
    hash ^= hash >>> 13;
    int mask = WELL_FORMED_TAGS.length - 1;
    // Each tag has two slots, so that two tags of one slot do not keep pushing each other out.
    int slot = hash & mask;
    int other = (slot + 1) & mask;
    String known = WELL_FORMED_TAGS[slot];
    String neighbour = WELL_FORMED_TAGS[other];
    if (known != null && sameIgnoringAsciiCase(known, value)
        || neighbour != null && sameIgnoringAsciiCase(neighbour, value)) {
      return true;
    }
    boolean wellFormed = LANGUAGE_TAG.matcher(value).matches();
    if (wellFormed) {
      // A race between threads only loses a remembered tag: strings are immutable.
      WELL_FORMED_TAGS[known == null || neighbour != null ? slot : other] = value;
    }
    return wellFormed;
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /** Equal but for the case of ASCII letters (unlike equalsIgnoreCase, which folds others). */
  private static boolean sameIgnoringAsciiCase(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    for (int i = 0; i < a.length(); i++) {
      if (asciiLower(a.charAt(i)) != asciiLower(b.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean asciiLetters(String value, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = value.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
  }
}
