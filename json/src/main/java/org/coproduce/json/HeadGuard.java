package org.coproduce.json;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Checks the first bytes of a document: no byte-order mark, and nothing that looks like UTF-16 or
 * UTF-32, which Jackson would otherwise take silently (it skips a BOM and guesses the encoding
 * from zero bytes). The parser itself refuses every malformed UTF-8 sequence after that.
 */
final class HeadGuard extends FilterInputStream {
  static final String BYTE_ORDER_MARK =
      "the document starts with a byte-order mark, which the format refuses";

  /** The input is not UTF-8 as the format requires; reported at the document as a whole. */
  static final class Malformed extends IOException {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message);
    }
  }

  private final byte[] head = new byte[3];
  private int headSize;

  HeadGuard(InputStream in) {
    super(in);
  }

  /** Checks a whole document at once. */
  static void check(byte[] bytes) throws Malformed {
    HeadGuard guard = new HeadGuard(InputStream.nullInputStream());
    guard.feed(bytes, 0, Math.min(3, bytes.length));
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0 && headSize < 3) {
      feed(new byte[] {(byte) b}, 0, 1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, len);
    if (n > 0 && headSize < 3) {
      feed(b, off, n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    throw new IOException("skipping would leave the first bytes unchecked");
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void feed(byte[] b, int off, int len) throws Malformed {
    for (int i = off; headSize < 3 && i < off + len; i++) {
      head[headSize++] = b[i];
      checkHead();
    }
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
      throw new Malformed(BYTE_ORDER_MARK);
    }
  }
}
