package org.coproduce.model;

import java.util.List;
import java.util.function.Function;

/**
 * Ids to list indexes, for resolving references in one pass over a large programme: open
 * addressing over arrays with a hash stronger than {@link String#hashCode()}, whose collisions
 * are common among short ids of digits and letters (such as base-36 counters) and make a {@link
 * java.util.HashMap} walk long chains, missing the cache at each step.
 */
final class IdTable {
  private final String[] keys;
  private final int[] hashes;
  private final int[] values;
  private final int mask;

  IdTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
    keys = new String[capacity];
    hashes = new int[capacity];
    values = new int[capacity];
    mask = capacity - 1;
  }

  /** Maps each id to the index of the first item that has it. */
  static <T> IdTable of(List<T> items, Function<T, String> id) {
    IdTable table = new IdTable(items.size());
    for (int i = 0; i < items.size(); i++) {
      table.putIfAbsent(id.apply(items.get(i)), i);
    }
    return table;
  }

  private static int hash(String s) {
    int h = 0x811C9DC5;
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x01000193;
    }
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    return h;
  }

  /** Adds the id unless present; returns the index it already had, or -1. */
  int putIfAbsent(String key, int value) {
    int h = hash(key);
    int slot = h & mask;
    while (keys[slot] != null) {
      if (hashes[slot] == h && keys[slot].equals(key)) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    hashes[slot] = h;
    values[slot] = value;
    return -1;
  }

  /** The index of the id, or -1 if absent. */
  int get(String key) {
    int h = hash(key);
    int slot = h & mask;
    while (keys[slot] != null) {
      if (hashes[slot] == h && keys[slot].equals(key)) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  boolean contains(String key) {
    return get(key) >= 0;
  }
}
