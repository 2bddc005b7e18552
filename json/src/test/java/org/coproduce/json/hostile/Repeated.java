package org.coproduce.json.hostile;

import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * A document made of a head, many units and a tail, produced as it is read, so that a test can
 * feed the reader hundreds of megabytes without ever holding them.
 */
final class Repeated {
  private final String head;
  private final LongFunction<String> unit;
  private final long count;
  private final String tail;

  private Repeated(String head, LongFunction<String> unit, long count, String tail) {
    this.head = head;
    this.unit = unit;
    this.count = count;
    this.tail = tail;
  }

  /** The text {@code head + unit * count + tail}. */
  static Repeated of(String head, String unit, long count, String tail) {
    if (unit.isEmpty()) {
      throw new IllegalArgumentException("the unit must not be empty");
    }
    // Units are served in chunks of about 8 KiB, so that a long run costs few calls.
    long perChunk = Math.max(1, 8192 / unit.length());
    String chunk = unit.repeat((int) Math.min(perChunk, count));
    long chunks = count / perChunk;
    String rest = unit.repeat((int) (count % perChunk));
    return rest.isEmpty()
        ? new Repeated(head, i -> chunk, chunks, tail)
        : new Repeated(head, i -> i < chunks ? chunk : rest, chunks + 1, tail);
  }

  /** The text {@code head + unit(0) + unit(1) + ... + unit(count - 1) + tail}. */
  static Repeated of(String head, LongFunction<String> unit, long count, String tail) {
    return new Repeated(head, unit, count, tail);
  }

  /** The document as UTF-8 bytes, streamed. */
  InputStream stream() {
    Parts<byte[]> parts = new Parts<>(text -> text.getBytes(StandardCharsets.UTF_8));
    return new InputStream() {
      @Override
      public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] buffer, int off, int len) {
        return parts.copy(buffer, off, len);
      }
    };
  }

  /** The document as characters, streamed. */
  Reader reader() {
    Parts<char[]> parts = new Parts<>(String::toCharArray);
    return new Reader() {
      @Override
      public int read(char[] buffer, int off, int len) {
        return parts.copy(buffer, off, len);
      }

      @Override
      public void close() {}
    };
  }

  /** Walks head, the units and tail, encoding one piece at a time. */
  private final class Parts<A> {
    private final Function<String, A> encode;
    private long next = -1; // -1: the head; 0 to count - 1: units; count: the tail
    private A current;
    private int size;
    private int offset;

    Parts(Function<String, A> encode) {
      this.encode = encode;
      load(head);
    }

    private void load(String text) {
      current = encode.apply(text);
      size = Array.getLength(current);
      offset = 0;
    }

    int copy(A buffer, int off, int len) {
      if (len == 0) {
        return 0;
      }
      int n = 0;
      while (n < len) {
        if (offset == size) {
          if (next > count) {
            break;
          }
          next++;
          if (next < count) {
            load(unit.apply(next));
          } else if (next == count) {
            load(tail);
          } else {
            break;
          }
          continue;
        }
        int take = Math.min(len - n, size - offset);
        System.arraycopy(current, offset, buffer, off + n, take);
        n += take;
        offset += take;
      }
      return n == 0 ? -1 : n;
    }
  }
}
