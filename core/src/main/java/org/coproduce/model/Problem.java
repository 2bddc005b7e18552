package org.coproduce.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One thing that is wrong with a model object: where it is and what is wrong.
 *
 * <p>The {@link #path()} leads from the object that was being built (a {@link Programme} for
 * programme-wide rules) to the offending member: each element is either a member name ({@link
 * String}, named like the accessors and the document format's members) or a list index ({@link
 * Integer}). An empty path means the object as a whole. The json module renders paths as JSON
 * Pointers, for example {@code /conferences/1/participations/0/participant}.
 */
public final class Problem {
  private final List<Object> path;
  private final String message;

  private Problem(List<Object> path, String message) {
    this.path = path;
    this.message = message;
  }

  /**
   * Creates a problem.
   *
   * @param path member names ({@code String}) and list indexes ({@code Integer}), from the root
   * @param message what is wrong, in words a person can act on
   * @return the problem
   * @throws IllegalArgumentException if an element of the path is neither a String nor a
   *     non-negative Integer
   */
  public static Problem of(List<?> path, String message) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    for (Object element : path) {
      boolean ok =
          element instanceof String || (element instanceof Integer && (Integer) element >= 0);
      if (!ok) {
        throw new IllegalArgumentException("a path holds member names and list indexes: " + path);
      }
    }
    return new Problem(List.copyOf(path), Objects.requireNonNull(message, "message"));
  }

  /**
   * Where the problem is: member names ({@code String}) and list indexes ({@code Integer}).
   *
   * @return the path, empty for the object as a whole
   */
  public List<Object> path() {
    return path;
  }

  /**
   * What is wrong.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  /**
   * The same problem, moved below a prefix path.
   *
   * @param prefix the path of the object this problem's path starts from
   * @return a problem whose path is {@code prefix} followed by this path
   */
  public Problem under(List<?> prefix) {
    Objects.requireNonNull(prefix, "prefix");
    if (prefix.isEmpty()) {
      return this;
    }
    Object[] joined = new Object[prefix.size() + path.size()];
    int i = 0;
    for (Object element : prefix) {
      joined[i++] = element;
    }
    for (Object element : path) {
      joined[i++] = element;
    }
    return of(List.of(joined), message);
  }

  /**
   * The path in a readable form such as {@code conferences[1].participations[0].participant}.
   *
   * @return the path, or an empty string for the object as a whole
   */
  public String pathString() {
    StringBuilder out = new StringBuilder();
    for (Object element : path) {
      if (element instanceof Integer) {
        out.append('[').append(element).append(']');
      } else {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(element);
      }
    }
    return out.toString();
  }

  /**
   * Quotes an input value for a message: in double quotes, control characters and unpaired
   * surrogates escaped, and cut after 80 characters so that a huge value cannot flood a report.
   *
   * @param value the value as given
   * @return the quoted value
   */
  public static String quote(CharSequence value) {
    Objects.requireNonNull(value, "value");
    int limit = 80;
    StringBuilder out = new StringBuilder(Math.min(value.length(), limit) + 8).append('"');
    int shown = 0;
    int i = 0;
    while (i < value.length() && shown < limit) {
      char c = value.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < value.length()
              && Character.isLowSurrogate(value.charAt(i + 1));
      if (pair) {
        out.append(c).append(value.charAt(i + 1));
        i += 2;
      } else {
        if (c == '"' || c == '\\') {
          out.append('\\').append(c);
        } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
          out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
        } else {
          out.append(c);
        }
        i++;
      }
      shown++;
    }
    out.append('"');
    if (i < value.length()) {
      out.append("...");
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Problem
        && ((Problem) other).path.equals(path)
        && ((Problem) other).message.equals(message);
  }

  @Override
  public int hashCode() {
    return path.hashCode() * 31 + message.hashCode();
  }

  /** Returns {@code path: message}, or only the message for the object as a whole. */
  @Override
  public String toString() {
    return path.isEmpty() ? message : pathString() + ": " + message;
  }
}
