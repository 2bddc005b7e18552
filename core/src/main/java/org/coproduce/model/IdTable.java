package org.coproduce.model;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Ids to list indexes, for resolving references in one pass over a large programme: open
 * addressing over arrays rather than a {@link java.util.HashMap}, whose chains and tree bins
 * miss the cache at each step once a programme outgrows it.
 *
 * <p>A slot holds, in one {@code long}, the id's {@link String#hashCode()} (which a string
 * computes once and keeps, so an id or reference looked up again costs no hashing) and the
 * item's index; the id itself is compared only when the hashes match. The slot is chosen by a
 * mix of all 32 bits of the hash, since short ids of digits and letters (such as base-36
 * counters) give hash codes that differ in their low bits only. Ids with the same hash code
 * (frequent among such ids) share a probe sequence and cost one {@code equals} each.
 */
final class IdTable {
  private final long[] slots; // 0 empty, else hash << 32 | (index + 1)
  private final String[] keys;
  private final int mask;
  /** For each item whose id repeats an earlier item's, 1 + that item's index; made on the first. */
  private int[] firstOf;

  /** A table for at most {@code expected} ids: every caller puts the ids of one list. */
  IdTable(int expected) {
    // At most half full: linear probing stays short, and a slot's neighbours share its line.
    int capacity = Integer.highestOneBit(Math.max(1, expected * 2 - 1)) << 1;
    slots = new long[capacity];
    keys = new String[capacity];
    mask = capacity - 1;
  }

  /** Maps each id to the index of the first item that has it, noting the items that repeat one. */
  static <T> IdTable of(List<T> items, Function<T, String> id) {
    IdTable table = new IdTable(items.size());
    for (int i = 0; i < items.size(); i++) {
      int first = table.putIfAbsent(id.apply(items.get(i)), i);
      if (first >= 0) {
        if (table.firstOf == null) {
          table.firstOf = new int[items.size()];
        }
        table.firstOf[i] = first + 1;
      }
    }
    return table;
  }

  /**
   * For a table made by {@link #of}: the index of the first item whose id is that of item
   * {@code i}; {@code i} itself unless its id repeats an earlier one.
   */
  int first(int i) {
    return firstOf == null || firstOf[i] == 0 ? i : firstOf[i] - 1;
  }

  private static int slotOf(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /** Adds the id unless present; returns the index it already had, or -1. */
  int putIfAbsent(String key, int value) {
    int h = key.hashCode();
    int slot = slotOf(h) & mask;
    long s;
    while ((s = slots[slot]) != 0) {
      if ((int) (s >>> 32) == h && keys[slot].equals(key)) {
        return (int) s - 1;
      }
      slot = (slot + 1) & mask;
    }
    slots[slot] = (long) h << 32 | (value + 1L);
    keys[slot] = key;
    return -1;
  }

  /** The index of the id, or -1 if absent. */
  int get(String key) {
    int h = key.hashCode();
    int slot = slotOf(h) & mask;
    long s;
    while ((s = slots[slot]) != 0) {
      if ((int) (s >>> 32) == h && keys[slot].equals(key)) {
        return (int) s - 1;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /**
   * The indexes of the ids of many items at once: -1 for an absent id, and for an item without
   * one (a {@code null} id). Equal to {@link #get} on each, but in passes over blocks of items
   * whose iterations do not wait for each other, so that on a table larger than the caches the
   * misses of many look-ups overlap instead of queueing: each id's hash code; its first slot and
   * key; the key's length, unless it is the very id; last the comparisons, and the look-ups that
   * must probe further.
   */
  <T> int[] getAll(List<T> items, Function<T, @Nullable String> id) {
    int n = items.size();
    int[] found = new int[n]; // -1 absent, -2 to look up again, else the index if keys match
    if (n <= FEW) {
      // Too few look-ups for their misses to overlap much: no working arrays.
      for (int i = 0; i < n; i++) {
        String key = id.apply(items.get(i));
        found[i] = key == null ? -1 : get(key);
      }
      return found;
    }
    int block = Math.min(n, BLOCK);
    String[] ids = new String[block];
    int[] hashes = new int[block];
    String[] candidates = new String[block];
    for (int start = 0; start < n; start += block) {
      int end = Math.min(n, start + block);
      for (int i = start; i < end; i++) {
        String key = id.apply(items.get(i));
        ids[i - start] = key;
        hashes[i - start] = key == null ? 0 : key.hashCode();
      }
      for (int i = start; i < end; i++) {
        int h = hashes[i - start];
        int slot = slotOf(h) & mask;
        long s = slots[slot];
        if (ids[i - start] == null || s == 0) {
          found[i] = -1;
        } else if ((int) (s >>> 32) == h) {
          candidates[i - start] = keys[slot];
          found[i] = (int) s - 1;
        } else {
          found[i] = -2;
        }
      }
      for (int i = start; i < end; i++) {
        // A reference held as the very string of its id (as a document's reader makes them)
        // matches at once, without a look at either string's characters.
        String candidate = candidates[i - start];
        if (found[i] >= 0 && candidate != ids[i - start]
            && candidate.length() != ids[i - start].length()) {
          found[i] = -2;
        }
      }
      for (int i = start; i < end; i++) {
        String key = ids[i - start];
        if (found[i] == -2 || found[i] >= 0 && !candidates[i - start].equals(key)) {
          found[i] = get(key);
        }
      }
    }
    return found;
  }

  /** Items resolved together by {@link #getAll}: their working arrays stay in the first cache. */
  private static final int BLOCK = 256;
  /** Up to this many items, {@link #getAll} looks each up in turn (a small programme's lists). */
  private static final int FEW = 16;

  boolean contains(String key) {
    return get(key) >= 0;
  }
}
