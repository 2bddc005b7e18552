package org.coproduce.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/** Writes a document's tokens to a Jackson generator: indented, or to characters, or a mapper's. */
final class JacksonEmitter implements Emitter {
  /** Parses the text of unknown members again: it was checked against the limits when read. */
  private static final JsonFactory RAW = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(Integer.MAX_VALUE)
          .maxStringLength(Integer.MAX_VALUE)
          .maxNameLength(Integer.MAX_VALUE)
          .maxNumberLength(Integer.MAX_VALUE)
          .maxDocumentLength(-1)
          .build())
      .build();

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

  /**
   * Writes an unknown member's value, kept as compact JSON text: as it is, or token by token
   * (numbers keeping their text) when the generator indents.
   */
  @Override
  public void raw(String json) {
    if (g.getPrettyPrinter() == null) {
      g.writeRawValue(json);
      return;
    }
    try (JsonParser p = RAW.createParser(ObjectReadContext.empty(), json)) {
      for (JsonToken token = p.nextToken(); token != null; token = p.nextToken()) {
        switch (token) {
          case START_OBJECT -> g.writeStartObject();
          case END_OBJECT -> g.writeEndObject();
          case START_ARRAY -> g.writeStartArray();
          case END_ARRAY -> g.writeEndArray();
          case PROPERTY_NAME -> g.writeName(p.currentName());
          case VALUE_STRING -> g.writeString(p.getString());
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> g.writeNumber(p.getString());
          case VALUE_TRUE, VALUE_FALSE -> g.writeBoolean(token == JsonToken.VALUE_TRUE);
          default -> g.writeNull();
        }
      }
    }
  }
}

