package org.coproduce.json;

import tools.jackson.core.JsonGenerator;

/** Writes a document's tokens to a Jackson generator: indented, or to characters, or a mapper's. */
final class JacksonEmitter implements Emitter {
  private final JsonGenerator g;
  /**
   * Whether the ids and references written are known to be ids, lowercase letters, digits and
   * hyphens, which need no escaping: those of a programme written by this module's own
   * generator to bytes, as the model checked them. (A mapper's generator may escape what it
   * likes.)
   */
  private final boolean checkedIds;
  /** An id's bytes, as {@link #id(String)} writes them. */
  private byte[] id = new byte[64];

  JacksonEmitter(JsonGenerator g, boolean checkedIds) {
    this.g = g;
    this.checkedIds = checkedIds;
  }

  @Override
  public void startObject() {
    g.writeStartObject();
  }

  @Override
  public void endObject() {
    g.writeEndObject();
  }

  @Override
  public void startArray() {
    g.writeStartArray();
  }

  @Override
  public void endArray() {
    g.writeEndArray();
  }

  @Override
  public void name(Encoded name) {
    g.writeName(name.jackson);
  }

  @Override
  public void name(String name) {
    g.writeName(name);
  }

  @Override
  public void string(String value) {
    g.writeString(value);
  }

  @Override
  public void string(Encoded value) {
    g.writeString(value.jackson);
  }

  @Override
  public void string(char[] chars, int length) {
    g.writeString(chars, 0, length);
  }

  /**
   * Writes an id: where known to be one, its characters copied as they are, all at once (the
   * generator would look each one up for escaping); else as any string.
   */
  @Override
  @SuppressWarnings("deprecation") // copies characters to bytes as they are: an id is ASCII
  public void id(String value) {
    if (!checkedIds) {
      g.writeString(value);
      return;
    }
    int n = value.length();
    if (n > id.length) {
      id = new byte[n];
    }
    value.getBytes(0, n, id, 0);
    g.writeRawUTF8String(id, 0, n);
  }

  @Override
  public void number(int value) {
    g.writeNumber(value);
  }

  @Override
  public void number(double value) {
    g.writeNumber(value);
  }

  @Override
  public void raw(String json) {
    DocumentOutput.rawValue(g, json);
  }
}
