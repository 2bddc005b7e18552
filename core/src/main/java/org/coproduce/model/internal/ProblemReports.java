package org.coproduce.model.internal;

import java.util.List;
import java.util.Objects;
import org.coproduce.model.Problem;

/**
 * How lists of problems are capped and summed up, the same for the model's {@code
 * ValidationException} and the JSON module's {@code DocumentException}.
 */
public final class ProblemReports {
  /** At most this many problems of a programme are collected; a last one says more were found. */
  public static final int MAX_PROBLEMS = 10_000;

  /** How many problems an exception's message shows; its list of problems has them all. */
  public static final int SHOWN_IN_MESSAGE = 10;

  private static final Problem TRUNCATED = Problem.of(List.of(),
      "more than " + MAX_PROBLEMS + " problems; the rest are not listed");

  private ProblemReports() {}

  /**
   * The problem that ends a list cut at {@link #MAX_PROBLEMS}.
   *
   * @return a problem of the object as a whole saying that more were found
   */
  public static Problem truncated() {
    return TRUNCATED;
  }

  /**
   * The message of an exception that carries problems: {@code 2 problems: a; b}, with at most
   * {@link #SHOWN_IN_MESSAGE} problems shown and {@code ; ...} after them when there are more.
   *
   * @param prefix the text before the count, such as {@code "invalid programme document, "}
   * @param problems the problems, each shown by its {@code toString()}
   * @param exception the exception's name, for the error if there is no problem
   * @return the message
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public static String summary(String prefix, List<?> problems, String exception) {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(problems, "problems");
    Objects.requireNonNull(exception, "exception");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a " + exception + " needs at least one problem");
    }
    StringBuilder out = new StringBuilder(prefix);
    out.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
    int shown = Math.min(SHOWN_IN_MESSAGE, problems.size());
    for (int i = 0; i < shown; i++) {
      out.append(i == 0 ? ": " : "; ").append(problems.get(i));
    }
    if (shown < problems.size()) {
      out.append("; ...");
    }
    return out.toString();
  }
}
