package org.coproduce.interop.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader written for the tests, independent of Jackson: records end with CRLF,
 * fields are separated by commas, a field with a comma, quote, CR or LF must be quoted, quotes in
 * a quoted field are doubled. Anything else is an error, with the offset.
 */
final class Rfc4180 {
  private final String text;
  private int at;

  private Rfc4180(String text) {
    this.text = text;
  }

  /** The records of a whole table, the header first. */
  static List<List<String>> parse(String text) {
    return new Rfc4180(text).records();
  }

  private List<List<String>> records() {
    List<List<String>> records = new ArrayList<>();
    if (!text.endsWith("\r\n")) {
      throw error("the table does not end with CRLF");
    }
    while (at < text.length()) {
      records.add(record());
    }
    return records;
  }

  private List<String> record() {
    List<String> fields = new ArrayList<>();
    while (true) {
      fields.add(field());
      if (text.startsWith("\r\n", at)) {
        at += 2;
        return fields;
      }
      if (text.charAt(at) != ',') {
        throw error("expected a comma or CRLF");
      }
      at++;
    }
  }

  private String field() {
    StringBuilder value = new StringBuilder();
    if (text.charAt(at) == '"') {
      at++;
      while (true) {
        if (at >= text.length()) {
          throw error("a quoted field is not closed");
        }
        char c = text.charAt(at++);
        if (c == '"') {
          if (at < text.length() && text.charAt(at) == '"') {
            value.append('"');
            at++;
          } else {
            return value.toString();
          }
        } else {
          value.append(c);
        }
      }
    }
    while (at < text.length() && text.charAt(at) != ',' && !text.startsWith("\r\n", at)) {
      char c = text.charAt(at);
      if (c == '"' || c == '\r' || c == '\n') {
        throw error("an unquoted field holds " + (c == '"' ? "a quote" : "a line end"));
      }
      value.append(c);
      at++;
    }
    return value.toString();
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException("at offset " + at + ": " + what);
  }
}
