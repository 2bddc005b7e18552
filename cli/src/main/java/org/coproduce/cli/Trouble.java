package org.coproduce.cli;

/**
 * Something other than the document is wrong: a file that cannot be read or written, or an
 * argument that does not fit the document. The command prints the message as one line on the
 * error stream and exits with {@link Coproduce#TROUBLE}.
 */
final class Trouble extends RuntimeException {
  private static final long serialVersionUID = 1L;

  Trouble(String message) {
    super(message);
  }

  Trouble(String message, Throwable cause) {
    super(message, cause);
  }
}
