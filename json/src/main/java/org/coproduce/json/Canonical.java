package org.coproduce.json;

import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One instance of each id read: a reference is held as the very string of the id it names (or
 * the id as the string of the first reference to it), so that a document's ids are not held
 * twice. Strings are looked up by the parser's own characters, so a string already known is not
 * made again: most of a document's strings are references to ids read before.
 *
 * <p>A look-up touches as little memory as it can, since in a large document every touch misses
 * the caches: one slot of hashes, then the string found there, whose characters follow it in
 * memory (a string and its array are made together). That string is the one returned, so the
 * caller's next touch of it finds it in the cache.
 */
final class Canonical {
  private static final int FIRST_CAPACITY = 64;
  /**
   * The longest run of slots looked at. A document crafted so that many strings share a slot
   * only loses their sharing (each is made anew), never makes the look-ups quadratic.
   */
  private static final int MAX_PROBES = 256;

  /** Each table hashes with its own odd multiplier, so that no document can plan collisions. */
  private final int multiplier = ThreadLocalRandom.current().nextInt() | 1;
  /** Its powers, to hash four characters a step: the same hash as one a step, but not chained. */
  private final int multiplier2 = multiplier * multiplier;
  private final int multiplier3 = multiplier2 * multiplier;
  private final int multiplier4 = multiplier3 * multiplier;

  /**
   * Open addressing, linear probing; a power of two in size, at most half full. Each slot holds
   * the string's hash with its lowest bit set (0: empty), and the string at the same place.
   */
  private int[] hashes = new int[FIRST_CAPACITY];
  private String[] strings = new String[FIRST_CAPACITY];
  private int size;

  /** The one instance of the string of these characters. */
  String of(char[] chars, int offset, int length) {
    int hash = 0;
    int i = offset;
    int end = offset + length;
    for (; i + 3 < end; i += 4) {
      hash = multiplier4 * hash + multiplier3 * chars[i] + multiplier2 * chars[i + 1]
          + multiplier * chars[i + 2] + chars[i + 3];
    }
    for (; i < end; i++) {
      hash = multiplier * hash + chars[i];
    }
    hash |= 1;
    int mask = hashes.length - 1;
    int slot = spread(hash) & mask;
    int probes = 0;
    for (int held; (held = hashes[slot]) != 0; slot = (slot + 1) & mask) {
      if (held == hash) {
        String known = strings[slot];
        if (same(known, chars, offset, length)) {
          return known;
        }
      }
      if (++probes == MAX_PROBES) {
        return new String(chars, offset, length);
      }
    }
    String made = new String(chars, offset, length);
    hashes[slot] = hash;
    strings[slot] = made;
    if (++size * 2 > hashes.length) {
      grow();
    }
    return made;
  }

  /** Forgets every string, keeping the table's size. */
  void clear() {
    if (size > 0) {
      Arrays.fill(hashes, 0);
      Arrays.fill(strings, null);
      size = 0;
    }
  }

  private static boolean same(String known, char[] chars, int offset, int length) {
    if (known.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (known.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  /** Mixes every bit of the hash into the low ones that pick the slot (MurmurHash3's finish). */
  private static int spread(int hash) {
    int h = (hash ^ (hash >>> 16)) * 0x85ebca6b;
    h = (h ^ (h >>> 13)) * 0xc2b2ae35;
    return h ^ (h >>> 16);
  }

  private void grow() {
    int[] oldHashes = hashes;
    String[] oldStrings = strings;
    hashes = new int[oldHashes.length * 2];
    strings = new String[oldHashes.length * 2];
    int mask = hashes.length - 1;
    for (int i = 0; i < oldHashes.length; i++) {
      if (oldHashes[i] != 0) {
        int slot = spread(oldHashes[i]) & mask;
        while (hashes[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        hashes[slot] = oldHashes[i];
        strings[slot] = oldStrings[i];
      }
    }
  }
}
