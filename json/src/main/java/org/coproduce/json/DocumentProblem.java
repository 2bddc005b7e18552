package org.coproduce.json;

import java.util.Objects;

/**
 * One problem of a refused document: where it is, as a JSON Pointer (RFC 6901), and what is wrong.
 *
 * @param pointer where the problem is, such as {@code /conferences/0/dates/end}; {@code ""} for
 *     the document as a whole (malformed JSON, an exceeded limit...)
 * @param message what is wrong, in words a person can act on; it quotes at most 80 characters of
 *     any input value
 */
public record DocumentProblem(String pointer, String message) {
  /**
   * Checks that neither component is null.
   *
   * @param pointer the JSON Pointer
   * @param message the message
   * @throws NullPointerException naming the component that is {@code null}
   */
  public DocumentProblem {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
  }

  /** Returns {@code pointer: message}, as {@code coproduce validate} prints it. */
  @Override
  public String toString() {
    return (pointer.isEmpty() ? "\"\"" : pointer) + ": " + message;
  }
}
