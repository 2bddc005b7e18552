package org.coproduce.model.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The strings of a list or an object seen so far, to tell each that repeats an earlier one:
 * exactly, or ignoring case as {@code toLowerCase(Locale.ROOT)} does (language tags, hashtags).
 * The few strings most lists hold are compared among themselves; beyond a few, through a set.
 * Nothing is made for a string that is ASCII, as nearly all tags and ids are.
 */
public final class Repeats {
  private static final int FEW = 8;

  private final boolean ignoringCase;
  /** The strings seen while few; made at the second, as most lists hold one or none. */
  private String @Nullable [] few;
  private @Nullable String first;
  private int count;
  private @Nullable Set<String> many;

  private Repeats(boolean ignoringCase) {
    this.ignoringCase = ignoringCase;
  }

  /**
   * Repeats compared exactly.
   *
   * @return an empty record of strings seen
   */
  public static Repeats exactly() {
    return new Repeats(false);
  }

  /**
   * Repeats compared ignoring case, as lower-casing in {@link Locale#ROOT} would compare them.
   *
   * @return an empty record of strings seen
   */
  public static Repeats ignoringCase() {
    return new Repeats(true);
  }

  /**
   * Records a string, unless it repeats one seen before.
   *
   * @param value the string
   * @return whether it repeats one seen before
   */
  public boolean repeats(String value) {
    Objects.requireNonNull(value, "value");
    if (many != null) {
      return !many.add(key(value));
    }
    if (count == 0) {
      first = value;
      count = 1;
      return false;
    }
    if (few == null) {
      few = new String[FEW];
      few[0] = first;
    }
    for (int i = 0; i < count; i++) {
      if (same(few[i], value)) {
        return true;
      }
    }
    if (count < FEW) {
      few[count++] = value;
      return false;
    }
    Set<String> set = new HashSet<>();
    for (String known : few) {
      set.add(key(known));
    }
    many = set;
    return !set.add(key(value));
  }

  private String key(String value) {
    return ignoringCase ? value.toLowerCase(Locale.ROOT) : value;
  }

  private boolean same(String a, String b) {
    if (!ignoringCase) {
      return a.equals(b);
    }
    // For ASCII, ignoring case is what lower-casing does; beyond it, the two may differ.
    return isAscii(a) && isAscii(b) ? a.equalsIgnoreCase(b) : key(a).equals(key(b));
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 0x7f) {
        return false;
      }
    }
    return true;
  }
}
