package org.coproduce.json;

/**
 * Where {@link DocumentWriter} puts a document's tokens, in order: Jackson's generator ({@link
 * JacksonEmitter}), which indents and writes characters, or the module's own UTF-8 writer ({@link
 * Utf8Emitter}) for compact bytes. Both write the same text: strings escaped as RFC 8259 asks
 * and no more, non-ASCII characters as they are.
 */
interface Emitter {
  void startObject();

  void endObject();

  void startArray();

  void endArray();

  /** A declared member's name. */
  void name(Encoded name);

  /** Any other name: a translation's language tag or an unknown member's. */
  void name(String name);

  void string(String value);

  /** A declared string value, such as an enumerated one. */
  void string(Encoded value);

  /** The characters of a partial date, which need no escaping. */
  void string(char[] chars, int length);

  /** An id or a reference, as the model checked it. */
  void id(String value);

  void number(int value);

  void number(double value);

  /** An unknown member's value, kept as compact JSON text. */
  void raw(String json);
}
