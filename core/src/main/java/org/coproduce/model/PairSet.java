package org.coproduce.model;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A set of pairs of non-negative {@code long}s, of a size known in advance: open addressing over
 * one array, nothing allocated per element. The validator tells repeated participations apart
 * with it, each encoded as two numbers.
 */
final class PairSet {
  private final long[] slots; // per slot: first + 1 (0 when empty), second
  private final int mask;

  PairSet(int expected) {
    int capacity = capacity(expected);
    slots = new long[2 * capacity];
    mask = capacity - 1;
  }

  /**
   * An empty set for {@code expected} pairs: {@code reusable} emptied if it is large enough, and
   * not so large that emptying it costs more than a few new ones would (as for the validator,
   * which tells one conference's participations apart after another's: a huge conference before
   * many small ones must not make each of them pay for its size), else a new one.
   */
  static PairSet emptied(@Nullable PairSet reusable, int expected) {
    int capacity = capacity(expected);
    if (reusable == null || reusable.mask + 1 < capacity || reusable.mask + 1 > 4 * capacity) {
      return new PairSet(expected);
    }
    Arrays.fill(reusable.slots, 0L);
    return reusable;
  }

  private static int capacity(int expected) {
    return Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
  }

  /** Adds a pair of non-negative numbers; false if it was there already. */
  boolean add(long first, long second) {
    long h = (first * 0x9E3779B97F4A7C15L + second) * 0xC2B2AE3D27D4EB4FL;
    int slot = (int) (h ^ (h >>> 32)) & mask;
    long stored = first + 1;
    long s;
    while ((s = slots[2 * slot]) != 0) {
      if (s == stored && slots[2 * slot + 1] == second) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
    slots[2 * slot] = stored;
    slots[2 * slot + 1] = second;
    return true;
  }
}
