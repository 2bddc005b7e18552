package org.coproduce.json;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Format versions: the pattern they match, and this reader's own. */
final class Versions {
  private static final Pattern VERSION = Pattern.compile("(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)");
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

  /** The major and minor of a version, or null if it is not one. */
  static String @Nullable [] parse(String version) {
    Matcher match = VERSION.matcher(version);
    return match.matches() ? new String[] {match.group(1), match.group(2)} : null;
  }

  /** Whether a 1.x reader can read a document of this version. */
  static boolean isReadable(String version) {
    String[] parts = parse(version);
    return parts != null && parts[0].equals("1");
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

  /** Whether a version of format 1 is newer than this reader's. */
  static boolean isNewer(String minor) {
    return minor.length() > 9 || Integer.parseInt(minor) > OWN_MINOR;
  }
}
