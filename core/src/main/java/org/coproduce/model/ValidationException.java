package org.coproduce.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A model object could not be built because it breaks one or more rules; {@link #problems()}
 * lists every problem found, each with its path and message.
 */
public class ValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** How many problems are shown in {@link #getMessage()}; {@link #problems()} has them all. */
  private static final int SHOWN_IN_MESSAGE = 10;

  private final transient List<Problem> problems;

  /**
   * Creates an exception for the given problems.
   *
   * @param problems what is wrong; not empty
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public ValidationException(List<Problem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Creates an exception for members that a builder was not given, or was given as {@code null}.
   * The generated builders call this; each name becomes a problem at that member. A name such as
   * {@code "hosts element"} (a null element) becomes a problem at that list, {@code "translations
   * key"} (a null key) one at that map and {@code "translations value for key: ca"} one at that
   * key; {@code "element"}, {@code "key"}, {@code "value for key: ca"} and {@code "instance"}, which
   * name no member, become problems of the object as a whole.
   *
   * @param members the names of the missing members
   */
  public ValidationException(String... members) {
    this(missing(members));
  }

  private static List<Problem> missing(String[] members) {
    List<Problem> problems = new ArrayList<>();
    for (String member : members) {
      // The generated null checks pass a member name, a name such as "participants element",
      // "translations key" or "translations value for key: ca", or, where they know no member
      // (with* copies of lists and maps, Builder.from), "element", "key", "value for key: ca" or
      // "instance": those are no members, so the problem is the object's as a whole.
      int valueForKey = member.indexOf("value for key: ");
      if (valueForKey >= 0) {
        // A null value of a map such as translations: at its key where the member is known.
        String key = member.substring(valueForKey + "value for key: ".length());
        problems.add(valueForKey == 0
            ? Problem.of(List.of(), "the value for key " + Problem.quote(key) + " is null")
            : Problem.of(List.of(member.substring(0, valueForKey - 1), key), "must not be null"));
      } else if (member.equals("key")) {
        problems.add(Problem.of(List.of(), "a map key is null: maps must not hold null"));
      } else if (member.endsWith(" key")) {
        problems.add(Problem.of(List.of(member.substring(0, member.indexOf(' '))),
            "must not hold a null key"));
      } else if (member.equals("element")) {
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

  private static String summary(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ValidationException needs at least one problem");
    }
    StringBuilder out = new StringBuilder();
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
   * Every problem found, in the order of the object's members; never empty.
   *
   * @return the problems
   */
  public List<Problem> problems() {
    return problems;
  }
}
