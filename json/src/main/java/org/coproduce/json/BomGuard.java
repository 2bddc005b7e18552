package org.coproduce.json;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/** Refuses a byte-order mark (U+FEFF) at the start of character input, as the format asks. */
final class BomGuard extends FilterReader {
  private boolean first = true;

  BomGuard(Reader in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    char[] one = new char[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0];
  }

  @Override
  public int read(char[] buffer, int off, int len) throws IOException {
    int n = in.read(buffer, off, len);
    if (first && n > 0) {
      first = false;
      if (buffer[off] == '\uFEFF') {
        throw new HeadGuard.Malformed(HeadGuard.BYTE_ORDER_MARK);
      }
    }
    return n;
  }
}
