package org.coproduce.json;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Checks bytes as they pass: strict UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing
 * above U+10FFFF, no sequence cut short) and no byte-order mark. Jackson would otherwise skip a
 * BOM silently, guess UTF-16 or UTF-32 from zero bytes, and let some invalid sequences through.
 */
final class Utf8Guard extends FilterInputStream {
  /** The input is not UTF-8 as format 1.0 requires; reported at the document as a whole. */
  static final class Malformed extends IOException {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message);
    }
  }

  private long offset; // bytes checked so far
  private int need; // continuation bytes still expected
  private int lo = 0x80; // bounds of the next continuation byte
  private int hi = 0xBF;
  private final byte[] head = new byte[3]; // the first bytes, to name a BOM or UTF-16
  private int headSize;

  Utf8Guard(InputStream in) {
    super(in);
  }

  /** Checks a whole array at once. */
  static void check(byte[] bytes, int off, int len) throws Malformed {
    Utf8Guard guard = new Utf8Guard(InputStream.nullInputStream());
    guard.feed(bytes, off, len);
    guard.end();
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b < 0) {
      end();
    } else {
      feed(new byte[] {(byte) b}, 0, 1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, len);
    if (n < 0) {
      end();
    } else {
      feed(b, off, n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    throw new IOException("skipping would leave bytes unchecked");
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void feed(byte[] b, int off, int len) throws Malformed {
    int i = off;
    int end = off + len;
    while (headSize < 3 && i < end) {
      head[headSize++] = b[i++];
      checkHead();
    }
    i = off;
    while (i < end) {
      int c = b[i] & 0xFF;
      if (need == 0) {
        // Fast path over ASCII.
        while (c < 0x80) {
          if (++i == end) {
            offset += len;
            return;
          }
          c = b[i] & 0xFF;
        }
        if (c >= 0xC2 && c <= 0xDF) {
          need = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
          need = 2;
          lo = c == 0xE0 ? 0xA0 : 0x80;
          hi = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
          need = 3;
          lo = c == 0xF0 ? 0x90 : 0x80;
          hi = c == 0xF4 ? 0x8F : 0xBF;
        } else {
          throw invalid(i - off, c);
        }
      } else {
        if (c < lo || c > hi) {
          throw invalid(i - off, c);
        }
        lo = 0x80;
        hi = 0xBF;
        need--;
      }
      i++;
    }
    offset += len;
  }

  private void checkHead() throws Malformed {
    int b0 = head[0] & 0xFF;
    if (headSize == 1 && b0 == 0) {
      throw new Malformed("the document starts with a zero byte: it is UTF-16 or UTF-32, not UTF-8");
    }
    if (headSize == 2) {
      int b1 = head[1] & 0xFF;
      if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
        throw new Malformed("the document starts with a UTF-16 byte-order mark: documents are UTF-8");
      }
      if (b1 == 0) {
        throw new Malformed("the document's second byte is zero: it is UTF-16, not UTF-8");
      }
    }
    if (headSize == 3 && b0 == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      throw new Malformed("the document starts with a byte-order mark, which format 1.0 refuses");
    }
  }

  private Malformed invalid(int at, int c) {
    return new Malformed(String.format(
        "invalid UTF-8: byte 0x%02X at byte offset %d %s", c, offset + at,
        need == 0 ? "cannot start a character" : "does not continue the character before it"));
  }

  private void end() throws Malformed {
    if (need != 0) {
      throw new Malformed("invalid UTF-8: the document ends inside a character");
    }
  }
}
