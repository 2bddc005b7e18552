package org.coproduce.interop.frab;

import java.util.List;
import org.coproduce.json.DocumentException;
import org.coproduce.json.DocumentProblem;

/**
 * A schedule could not be imported at all: the input is not JSON, exceeds the reader's limits, or
 * is JSON that is not a frab / c3voc schedule (no {@code schedule}, no {@code conference}, no
 * events anywhere). Like every refusal of the json module it is a {@link DocumentException}; its
 * one {@linkplain #problems() problem} points into the schedule ({@code ""} for the input as a
 * whole) and says what is wrong and, for malformed JSON, where.
 *
 * <p>Parts of a readable schedule that cannot be mapped do not raise this exception; they become
 * {@linkplain ScheduleImport#warnings() warnings}.
 */
public final class ScheduleException extends DocumentException {
  private static final long serialVersionUID = 1L;

  ScheduleException(String pointer, String message) {
    super(List.of(new DocumentProblem(pointer, message)));
  }

  ScheduleException(String pointer, String message, Throwable cause) {
    this(pointer, message);
    initCause(cause);
  }

  /** Returns {@code invalid schedule: }, the problem's pointer if it has one, and its message. */
  @Override
  public String getMessage() {
    DocumentProblem problem = problems().get(0);
    return "invalid schedule: "
        + (problem.pointer().isEmpty() ? "" : problem.pointer() + ": ") + problem.message();
  }
}
