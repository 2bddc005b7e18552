package org.coproduce.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Locale;

/** A stream that shows on the error stream how much of it has been read, in whole percents. */
final class Progress extends FilterInputStream {
  private final long size;
  private final String what;
  private final PrintWriter err;
  private long read;
  private int shown = -1;

  Progress(InputStream in, long size, String what, PrintWriter err) {
    super(in);
    this.size = size;
    this.what = what;
    this.err = err;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    advance(b < 0 ? -1 : 1);
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    advance(n);
    return n;
  }

  @Override
  public void close() throws IOException {
    if (shown >= 0) {
      err.println();
    }
    super.close();
  }

  private void advance(int n) {
    if (n > 0) {
      read += n;
    }
    int percent = (int) Math.min(100, read * 100 / size);
    if (percent != shown) {
      shown = percent;
      err.print(String.format(Locale.ROOT, "\r%s: %d%%", what, percent));
      err.flush();
    }
  }
}
