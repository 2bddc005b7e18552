package org.coproduce.json;

import java.util.List;
import java.util.Objects;
import org.coproduce.model.internal.ProblemReports;

/**
 * A document was refused: it is not a valid programme document of format 1.x, for whatever cause
 * (syntax, limits, types, missing members, broken references, invalid values, unsupported
 * version). {@link #problems()} lists every problem found, in document order.
 */
public class DocumentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<DocumentProblem> problems;

  /**
   * Creates an exception for the given problems.
   *
   * @param problems what is wrong; not empty
   * @throws IllegalArgumentException if {@code problems} is empty
   * @throws NullPointerException if {@code problems} is {@code null}
   */
  public DocumentException(List<DocumentProblem> problems) {
    super(ProblemReports.summary("invalid programme document, ",
        Objects.requireNonNull(problems, "problems"), "DocumentException"));
    this.problems = List.copyOf(problems);
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
