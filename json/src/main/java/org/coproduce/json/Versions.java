package org.coproduce.json;

import java.util.List;
import java.util.Map;

/**
 * Format versions: what they look like (two numbers without leading zeros, joined by a dot, such
 * as {@code "1.0"}), and this reader's own. Checked on the characters, with nothing allocated.
 */
final class Versions {
  /** The newest minor version of format 1 that this reader knows. */
  static final int OWN_MINOR = 1;
  static final String OWN = "1." + OWN_MINOR;
  /** Each minor version of format 1 up to this reader's own, by its number. */
  private static final String[] MINORS = new String[OWN_MINOR + 1];

  static {
    for (int minor = 0; minor <= OWN_MINOR; minor++) {
      MINORS[minor] = "1." + minor;
    }
  }

  private Versions() {}

  /** Whether the text is a format version, such as {@code "1.0"}. */
  static boolean isVersion(String version) {
    int dot = version.indexOf('.');
    return dot > 0 && isNumber(version, 0, dot) && isNumber(version, dot + 1, version.length());
  }

  /** Digits without a leading zero (but "0"), from {@code from} to {@code to}. */
  private static boolean isNumber(String text, int from, int to) {
    if (from == to) {
      return false;
    }
    if (text.charAt(from) == '0') {
      return to == from + 1;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Whether a format version is of format 1 (given that it is a version). */
  static boolean isMajorOne(String version) {
    return version.startsWith("1.");
  }

  /** Whether a 1.x reader can read a document of this version. */
  static boolean isReadable(String version) {
    return isVersion(version) && isMajorOne(version);
  }

  /**
   * The lowest version whose members an object uses: {@code "1.0"} unless it holds a member that
   * a later minor added, so that older strict readers still accept what uses nothing newer.
   */
  static <T> String lowest(Shape<T, ?> shape, T object) {
    return MINORS[minorUsed(shape, object)];
  }

  /** Indexed loops: an iterator would be allocated for each object looked at. */
  private static <T> int minorUsed(Shape<T, ?> shape, T object) {
    int used = 0;
    List<? extends Member<T, ?>> members = shape.members();
    for (int i = 0, n = members.size(); i < n; i++) {
      Member<T, ?> m = members.get(i);
      if (used == shape.newestMinor()) {
        break; // nothing inside can use a newer one
      }
      if (m.kind == Kind.VERSION
          || m.since <= used && (m.shape == null || m.shape.newestMinor() <= used)) {
        continue; // neither the member nor anything inside it can use a newer minor
      }
      Object value = m.get(object);
      boolean present = value instanceof List ? !((List<?>) value).isEmpty()
          : value instanceof Map ? !((Map<?, ?>) value).isEmpty() : value != null;
      if (present) {
        used = Math.max(used, m.since);
        if (m.shape != null && m.shape.newestMinor() > used) {
          if (value instanceof List<?> list) {
            for (int j = 0, size = list.size(); j < size; j++) {
              used = Math.max(used, minorUsedUnchecked(m.shape, list.get(j)));
            }
          } else {
            used = Math.max(used, minorUsedUnchecked(m.shape, value));
          }
        }
      }
    }
    return used;
  }

  @SuppressWarnings("unchecked")
  private static <T> int minorUsedUnchecked(Shape<T, ?> shape, Object object) {
    return minorUsed(shape, (T) object);
  }

  /** Whether a format version's minor is newer than this reader's (given that it is a version). */
  static boolean isNewer(String version) {
    int from = version.indexOf('.') + 1;
    if (version.length() - from > 9) {
      return true;
    }
    int minor = 0;
    for (int i = from; i < version.length(); i++) {
      minor = minor * 10 + version.charAt(i) - '0';
    }
    return minor > OWN_MINOR;
  }
}
