package org.coproduce.json;

import java.util.Arrays;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * A constant of the format, a member's name or an enumerated value, encoded once for each way
 * of writing: for Jackson's generators, and as the UTF-8 bytes that {@link Utf8Emitter} copies.
 */
final class Encoded {
  /** For Jackson's generators. */
  final SerializableString jackson;
  /** A name quoted and followed by its colon, or a value quoted: as JSON text in UTF-8. */
  final byte[] utf8;

  private Encoded(String text, boolean name) {
    jackson = new SerializedString(text);
    byte[] quoted = Utf8Emitter.quoted(text);
    utf8 = name ? Arrays.copyOf(quoted, quoted.length + 1) : quoted;
    if (name) {
      utf8[quoted.length] = ':';
    }
  }

  /** A member's name. */
  static Encoded name(String name) {
    return new Encoded(name, true);
  }

  /** A string value. */
  static Encoded value(String value) {
    return new Encoded(value, false);
  }

  @Override
  public String toString() {
    return jackson.getValue();
  }
}
