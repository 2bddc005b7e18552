package org.coproduce.json;

import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One instance of each id read: a reference is held as the very string of the id it names (or
 * the id as the string of the first reference to it), so that a document's ids are not held
 * twice. Strings are looked up by the parser's own characters, so a string already known is not
 * made again: most of a document's strings are references to ids read before.
 */
final class Canonical {
  private static final int FIRST_CAPACITY = 256;
  /** The characters in one chunk; a longer string is made but not shared (ids are short). */
  private static final int CHUNK_BITS = 13;
  private static final int CHUNK = 1 << CHUNK_BITS;
  /**
   * The longest run of slots looked at. A document crafted so that many strings share a slot
   * only loses their sharing (each is made anew), never makes the look-ups quadratic.
   */
  private static final int MAX_PROBES = 256;

  /** Each table hashes with its own odd multiplier, so that no document can plan collisions. */
  private final int multiplier = ThreadLocalRandom.current().nextInt() | 1;

  /** Open addressing, linear probing; a power of two in size, at most half full. */
  private String[] strings = new String[FIRST_CAPACITY];
  /**
   * The characters of every string, one after another in chunks, so that a look-up compares them
   * in one intrinsic call: a few arrays rather than one for each string, for the collector's
   * sake, and chunks rather than one array, so that growing copies nothing.
   */
  private char[][] chunks = new char[8][];
  private int chunkCount;
  private int chunkUsed;
  /** Where each slot's string starts: its chunk, then its offset in it. */
  private int[] starts = new int[FIRST_CAPACITY];
  private int[] hashes = new int[FIRST_CAPACITY];
  private int size;

  /** The one instance of the string of these characters. */
  String of(char[] chars, int offset, int length) {
    int hash = 0;
    for (int i = offset, end = offset + length; i < end; i++) {
      hash = multiplier * hash + chars[i];
    }
    int mask = strings.length - 1;
    int slot = spread(hash) & mask;
    int probes = 0;
    for (String known; (known = strings[slot]) != null; slot = (slot + 1) & mask) {
      int start = starts[slot] & (CHUNK - 1);
      if (hashes[slot] == hash && known.length() == length
          && Arrays.equals(chunks[starts[slot] >>> CHUNK_BITS], start, start + length,
              chars, offset, offset + length)) {
        return known;
      }
      if (++probes == MAX_PROBES) {
        return new String(chars, offset, length);
      }
    }
    String made = new String(chars, offset, length);
    if (length > CHUNK) {
      return made;
    }
    if (chunkCount == 0 || chunkUsed + length > CHUNK) {
      if (chunkCount == chunks.length) {
        chunks = Arrays.copyOf(chunks, chunkCount * 2);
      }
      chunks[chunkCount++] = new char[CHUNK];
      chunkUsed = 0;
    }
    System.arraycopy(chars, offset, chunks[chunkCount - 1], chunkUsed, length);
    strings[slot] = made;
    starts[slot] = (chunkCount - 1) << CHUNK_BITS | chunkUsed;
    chunkUsed += length;
    hashes[slot] = hash;
    if (++size * 2 > strings.length) {
      grow();
    }
    return made;
  }

  /** Mixes every bit of the hash into the low ones that pick the slot (MurmurHash3's finish). */
  private static int spread(int hash) {
    int h = (hash ^ (hash >>> 16)) * 0x85ebca6b;
    h = (h ^ (h >>> 13)) * 0xc2b2ae35;
    return h ^ (h >>> 16);
  }

  private void grow() {
    String[] oldStrings = strings;
    int[] oldStarts = starts;
    int[] oldHashes = hashes;
    strings = new String[oldStrings.length * 2];
    starts = new int[oldStrings.length * 2];
    hashes = new int[oldStrings.length * 2];
    int mask = strings.length - 1;
    for (int i = 0; i < oldStrings.length; i++) {
      if (oldStrings[i] != null) {
        int slot = spread(oldHashes[i]) & mask;
        while (strings[slot] != null) {
          slot = (slot + 1) & mask;
        }
        strings[slot] = oldStrings[i];
        starts[slot] = oldStarts[i];
        hashes[slot] = oldHashes[i];
      }
    }
  }
}
