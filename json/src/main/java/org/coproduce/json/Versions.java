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
    return "1." + minorUsed(shape, object);
  }

  private static <T> int minorUsed(Shape<T, ?> shape, T object) {
    int used = 0;
    for (Member<T, ?> m : shape.members()) {
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
          for (Object element : value instanceof List ? (List<?>) value : List.of(value)) {
            used = Math.max(used, minorUsedUnchecked(m.shape, element));
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
