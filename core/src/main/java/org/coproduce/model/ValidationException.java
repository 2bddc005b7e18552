package org.coproduce.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.coproduce.model.internal.ProblemReports;

/**
 * A model object could not be built because it breaks one or more rules; {@link #problems()}
 * lists every problem found, each with its path and message.
 */
public class ValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * Creates an exception for the given problems.
   *
   * @param problems what is wrong; not empty
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public ValidationException(List<Problem> problems) {
    super(ProblemReports.summary("", Objects.requireNonNull(problems, "problems"),
        "ValidationException"));
    this.problems = List.copyOf(problems);
  }

  /**
   * Creates an exception for members that a builder was not given, or was given as {@code null}.
   * The generated builders call this; each name becomes a problem at that member. A name such as
   * {@code "hosts element"} (a null element) becomes a problem at that list; {@code "element"} and
   * {@code "instance"}, which name no member, become problems of the object as a whole.
   *
   * @param members the names of the missing members
   */
  public ValidationException(String... members) {
    this(missing(members));
  }

  private static List<Problem> missing(String[] members) {
    Objects.requireNonNull(members, "members");
    List<Problem> problems = new ArrayList<>();
    for (String member : members) {
      Objects.requireNonNull(member, "members element");
      // The generated null checks pass a member name, a name such as "participants element", or,
      // where they know no member (with* copies of lists, Builder.from), "element" or "instance":
      // those are no members, so the problem is the object's as a whole.
      if (member.equals("element")) {
        problems.add(Problem.of(List.of(), "a list element is null: lists must not hold null"));
      } else if (member.equals("instance")) {
        problems.add(Problem.of(List.of(), "the object to copy from must not be null"));
      } else if (member.endsWith(" element")) {
        String name = member.substring(0, member.indexOf(' '));
        problems.add(Problem.of(List.of(name), "must not hold null"));
      } else {
        problems.add(Problem.of(List.of(member), "is required and must not be null"));
      }
    }
    if (problems.isEmpty()) {
      problems.add(Problem.of(List.of(), "required members are missing"));
    }
    return problems;
  }

  /**
   * Every problem found, in the order of the object's members; never empty.
   *
   * @return the problems
   */
  public List<Problem> problems() {
    return problems;
  }
}
