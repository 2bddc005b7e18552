package org.coproduce.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes a compact document as UTF-8 bytes, exactly as Jackson's generator does with the
 * module's settings, but without its bookkeeping: the writer knows the document's structure, the
 * format's names and enumerated values are encoded once ({@link Encoded}), ids need no escaping.
 * Strings are escaped as Jackson 3 does by default: {@code \"}, {@code \\}, {@code \b \t \n \f
 * \r}, other control characters as {@code &#92;u00XX} (uppercase); everything else as it is, in
 * UTF-8. The bytes go to the stream in large chunks, through a buffer given and reused.
 */
final class Utf8Emitter implements Emitter {
  /**
   * For each ASCII character, how it is escaped: 0 not at all, the character that follows a
   * backslash, or -1 for {@code &#92;u00XX}.
   */
  private static final byte[] ESCAPES = new byte[128];
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
  /** The most bytes one character of a string can take: {@code &#92;u00XX}. */
  private static final int WIDEST = 6;

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPES[c] = -1;
    }
    ESCAPES['"'] = '"';
    ESCAPES['\\'] = '\\';
    ESCAPES['\b'] = 'b';
    ESCAPES['\t'] = 't';
    ESCAPES['\n'] = 'n';
    ESCAPES['\f'] = 'f';
    ESCAPES['\r'] = 'r';
  }

  private final OutputStream out;
  private final byte[] buffer;
  /** Where the next byte goes in {@link #buffer}. */
  private int at;
  /** Whether a value (or a member) precedes in the current object or array: a comma is due. */
  private boolean comma;

  /** Writes to a stream, through a buffer of at least 64 bytes. */
  Utf8Emitter(OutputStream out, byte[] buffer) {
    this.out = out;
    this.buffer = buffer;
  }

  /** A string as quoted JSON text in UTF-8. */
  static byte[] quoted(String text) {
    byte[] bytes = new byte[text.length() * WIDEST + 2];
    int end = quote(text, 0, text.length(), bytes, 0);
    return Arrays.copyOf(bytes, end);
  }

  @Override
  public void startObject() {
    open('{');
  }

  @Override
  public void endObject() {
    close('}');
  }

  @Override
  public void startArray() {
    open('[');
  }

  @Override
  public void endArray() {
    close(']');
  }

  private void open(char c) {
    int p = begin(1);
    buffer[p++] = (byte) c;
    at = p;
    comma = false;
  }

  private void close(char c) {
    int p = room(1);
    buffer[p] = (byte) c;
    at = p + 1;
    comma = true;
  }

  @Override
  public void name(Encoded name) {
    string(name);
    comma = false;
  }

  @Override
  public void name(String name) {
    string(name);
    int p = room(1);
    buffer[p] = ':';
    at = p + 1;
    comma = false;
  }

  @Override
  public void string(String value) {
    int n = value.length();
    if (n > (buffer.length - 3) / WIDEST) {
      longString(value);
      return;
    }
    int p = begin(n * WIDEST + 2);
    at = quote(value, 0, n, buffer, p);
  }

  /** A string longer than the buffer can take at once: in pieces, a surrogate pair in one. */
  private void longString(String value) {
    int p = begin(1);
    buffer[p++] = '"';
    at = p;
    int piece = (buffer.length - 1) / WIDEST;
    for (int from = 0, n = value.length(); from < n; ) {
      int to = Math.min(n, from + piece);
      if (to < n && Character.isHighSurrogate(value.charAt(to - 1))) {
        to--;
      }
      p = room((to - from) * WIDEST);
      at = escape(value, from, to, buffer, p);
      from = to;
    }
    p = room(1);
    buffer[p] = '"';
    at = p + 1;
  }

  @Override
  public void string(Encoded value) {
    byte[] bytes = value.utf8;
    int p = begin(bytes.length);
    System.arraycopy(bytes, 0, buffer, p, bytes.length);
    at = p + bytes.length;
  }

  @Override
  public void string(char[] chars, int length) {
    int p = begin(length + 2);
    byte[] b = buffer;
    b[p++] = '"';
    for (int i = 0; i < length; i++) {
      b[p++] = (byte) chars[i];
    }
    b[p++] = '"';
    at = p;
  }

  /** Writes an id or a reference: the model holds only ASCII letters, digits and hyphens. */
  @Override
  @SuppressWarnings("deprecation") // copies characters to bytes as they are: an id is ASCII
  public void id(String value) {
    int n = value.length();
    if (n > (buffer.length - 3) / WIDEST) {
      longString(value);
      return;
    }
    int p = begin(n + 2);
    byte[] b = buffer;
    b[p++] = '"';
    value.getBytes(0, n, b, p);
    p += n;
    b[p++] = '"';
    at = p;
  }

  @Override
  public void number(int value) {
    ascii(Integer.toString(value));
  }

  @Override
  public void number(double value) {
    ascii(Double.toString(value));
  }

  @SuppressWarnings("deprecation") // copies characters to bytes as they are: all ASCII
  private void ascii(String text) {
    int n = text.length();
    int p = begin(n);
    text.getBytes(0, n, buffer, p);
    at = p + n;
  }

  /** Writes JSON text as it is, in UTF-8: it was written by Jackson's generator when read. */
  @Override
  public void raw(String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    at = begin(0);
    if (bytes.length > buffer.length) {
      drain();
      write(bytes, bytes.length);
      return;
    }
    int p = room(bytes.length);
    System.arraycopy(bytes, 0, buffer, p, bytes.length);
    at = p + bytes.length;
  }

  /** The buffer, to be reused once this writer is done. */
  byte[] buffer() {
    return buffer;
  }

  /** Writes what is left in the buffer and flushes the stream. */
  void finish() {
    drain();
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Where a value of {@code n} bytes goes: after the comma due before it, if any, with room for
   * both; a comma is due after it.
   */
  private int begin(int n) {
    int p = room(n + 1);
    if (comma) {
      buffer[p++] = ',';
    }
    comma = true;
    return p;
  }

  /** Where to write {@code n} more bytes, the buffer emptied first where they would not fit. */
  private int room(int n) {
    if (at + n > buffer.length) {
      drain();
    }
    return at;
  }

  private void drain() {
    write(buffer, at);
    at = 0;
  }

  private void write(byte[] bytes, int n) {
    try {
      out.write(bytes, 0, n);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code value}'s characters from {@code from} to {@code to} quoted into {@code b} at
   * {@code p}, which has room for {@value #WIDEST} bytes a character and the quotes; returns where
   * the bytes end.
   */
  private static int quote(String value, int from, int to, byte[] b, int p) {
    b[p++] = '"';
    int i = from;
    // Most strings need no escaping and are ASCII: copied until the first that is not.
    for (; i < to; i++) {
      char c = value.charAt(i);
      if (c >= 0x80 || ESCAPES[c] != 0) {
        break;
      }
      b[p++] = (byte) c;
    }
    if (i < to) {
      p = escape(value, i, to, b, p);
    }
    b[p++] = '"';
    return p;
  }

  /**
   * Writes characters escaped and in UTF-8; a surrogate pair as one code point, a lone surrogate
   * (which the model never holds) as {@code &#92;uXXXX}.
   */
  private static int escape(String value, int from, int to, byte[] b, int p) {
    for (int i = from; i < to; i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        int escape = ESCAPES[c];
        if (escape == 0) {
          b[p++] = (byte) c;
        } else if (escape > 0) {
          b[p++] = '\\';
          b[p++] = (byte) escape;
        } else {
          p = hex(c, b, p);
        }
      } else if (c < 0x800) {
        b[p++] = (byte) (0xc0 | c >> 6);
        b[p++] = (byte) (0x80 | c & 0x3f);
      } else if (!Character.isSurrogate(c)) {
        b[p++] = (byte) (0xe0 | c >> 12);
        b[p++] = (byte) (0x80 | c >> 6 & 0x3f);
        b[p++] = (byte) (0x80 | c & 0x3f);
      } else if (Character.isHighSurrogate(c) && i + 1 < to
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        int code = Character.toCodePoint(c, value.charAt(++i));
        b[p++] = (byte) (0xf0 | code >> 18);
        b[p++] = (byte) (0x80 | code >> 12 & 0x3f);
        b[p++] = (byte) (0x80 | code >> 6 & 0x3f);
        b[p++] = (byte) (0x80 | code & 0x3f);
      } else {
        p = hex(c, b, p);
      }
    }
    return p;
  }

  private static int hex(char c, byte[] b, int p) {
    b[p++] = '\\';
    b[p++] = 'u';
    b[p++] = HEX[c >> 12];
    b[p++] = HEX[c >> 8 & 0xf];
    b[p++] = HEX[c >> 4 & 0xf];
    b[p++] = HEX[c & 0xf];
    return p;
  }
}
