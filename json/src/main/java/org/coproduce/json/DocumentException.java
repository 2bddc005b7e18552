package org.coproduce.json;

import java.util.List;

/**
 * A document was refused: it is not a valid programme document of format 1.x, for whatever cause
 * (syntax, limits, types, missing members, broken references, invalid values, unsupported
 * version). {@link #problems()} lists every problem found, in document order.
 */
public class DocumentException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final int SHOWN_IN_MESSAGE = 10;

  private final transient List<DocumentProblem> problems;

  /**
   * Creates an exception for the given problems.
   *
   * @param problems what is wrong; not empty
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public DocumentException(List<DocumentProblem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  private static String summary(List<DocumentProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a DocumentException needs at least one problem");
    }
    StringBuilder out = new StringBuilder("invalid programme document, ");
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

  /**
   * Every problem found, in document order; never empty.
   *
   * @return the problems
   */
  public List<DocumentProblem> problems() {
    return problems;
  }
}
