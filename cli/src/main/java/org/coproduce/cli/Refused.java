package org.coproduce.cli;

/**
 * A document was refused, and its problems have been printed already. The command exits with
 * {@link Coproduce#INVALID}.
 */
final class Refused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  Refused(String file, Throwable cause) {
    super(file + " was refused", cause);
  }
}
