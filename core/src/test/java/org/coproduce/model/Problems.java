package org.coproduce.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

/** Helpers to state the problems a failing build must report. */
final class Problems {
  private Problems() {}

  /** A problem at the given path (member names and list indexes) with the given message. */
  static Problem at(String message, Object... path) {
    return Problem.of(List.of(path), message);
  }

  /** The problems of the ValidationException that the action must throw. */
  static List<Problem> of(Runnable action) {
    try {
      action.run();
    } catch (ValidationException e) {
      return e.problems();
    }
    // Fails with a readable message, showing what was thrown instead.
    assertThatThrownBy(action::run).isInstanceOf(ValidationException.class);
    throw new AssertionError("unreachable");
  }
}
