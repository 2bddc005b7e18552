package org.coproduce.json;

/**
 * The value of a member this reader does not know, kept as compact JSON text so that a writer can
 * write it back unchanged. Numbers keep their text; equality is that of the text.
 */
record RawJson(String json) {
  @Override
  public String toString() {
    return json;
  }
}
