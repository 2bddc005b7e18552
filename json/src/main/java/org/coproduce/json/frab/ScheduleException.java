package org.coproduce.json.frab;

/**
 * A schedule could not be imported at all: the input is not JSON, exceeds the reader's limits, or
 * is JSON that is not a frab / c3voc schedule (no {@code schedule}, no {@code conference}, no
 * events anywhere). The message says what is wrong and, for malformed JSON, where.
 *
 * <p>Parts of a readable schedule that cannot be mapped do not raise this exception; they become
 * {@linkplain ScheduleImport#warnings() warnings}.
 */
public final class ScheduleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ScheduleException(String message) {
    super(message);
  }

  ScheduleException(String message, Throwable cause) {
    super(message, cause);
  }
}
