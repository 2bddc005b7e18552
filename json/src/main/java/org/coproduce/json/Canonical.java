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
 * the caches: one slot of hash and place, then the characters (after their length) where they
 * were kept, then the string found. The strings themselves are never read.
 */
final class Canonical {
  private static final int FIRST_CAPACITY = 64;
  /** The characters in one chunk; a longer string is made but not shared (ids are short). */
  private static final int CHUNK_BITS = 13;
  private static final int CHUNK = 1 << CHUNK_BITS;
  private static final int FIRST_CHUNK = 256;
  /**
   * The longest run of slots looked at. A document crafted so that many strings share a slot
   * only loses their sharing (each is made anew), never makes the look-ups quadratic.
   */
  private static final int MAX_PROBES = 256;

  /** Each table hashes with its own odd multiplier, so that no document can plan collisions. */
  private final int multiplier = ThreadLocalRandom.current().nextInt() | 1;

  /**
   * Open addressing, linear probing; a power of two in size, at most half full. Each slot holds
   * the string's hash (high half) and one more than its place in the chunks (low half), or 0.
   */
  private long[] slots = new long[FIRST_CAPACITY];
  private String[] strings = new String[FIRST_CAPACITY];
  /**
   * The characters of every string, each after its length (one char), one after another in
   * chunks: a few arrays rather than one for each string, for the collector's sake, and chunks
   * rather than one array, so that growing copies nothing. A place is a chunk's number, then
   * the offset in it.
   */
  private char[][] chunks = new char[8][];
  private int chunkCount;
  private int chunkUsed;
  private int size;

  /** The one instance of the string of these characters. */
  String of(char[] chars, int offset, int length) {
    int hash = 0;
    for (int i = offset, end = offset + length; i < end; i++) {
      hash = multiplier * hash + chars[i];
    }
    int mask = slots.length - 1;
    int slot = spread(hash) & mask;
    int probes = 0;
    for (long held; (held = slots[slot]) != 0; slot = (slot + 1) & mask) {
      if ((int) (held >>> 32) == hash) {
        int place = (int) held - 1;
        char[] chunk = chunks[place >>> CHUNK_BITS];
        int at = place & (CHUNK - 1);
        if (chunk[at] == length
            && Arrays.equals(chunk, at + 1, at + 1 + length, chars, offset, offset + length)) {
          return strings[slot];
        }
      }
      if (++probes == MAX_PROBES) {
        return new String(chars, offset, length);
      }
    }
    String made = new String(chars, offset, length);
    if (length >= CHUNK) {
      return made;
    }
    if (chunkCount == 0 || chunkUsed + 1 + length > chunks[chunkCount - 1].length) {
      if (chunkCount == chunks.length) {
        chunks = Arrays.copyOf(chunks, chunkCount * 2);
      }
      // The first chunks are small, for small documents; each at most CHUNK, whatever follows.
      int last = chunkCount == 0 ? FIRST_CHUNK : chunks[chunkCount - 1].length;
      chunks[chunkCount++] = new char[Math.max(1 + length, Math.min(CHUNK, last * 2))];
      chunkUsed = 0;
    }
    char[] chunk = chunks[chunkCount - 1];
    chunk[chunkUsed] = (char) length;
    System.arraycopy(chars, offset, chunk, chunkUsed + 1, length);
    int place = (chunkCount - 1) << CHUNK_BITS | chunkUsed;
    chunkUsed += 1 + length;
    slots[slot] = (long) hash << 32 | (place + 1L);
    strings[slot] = made;
    if (++size * 2 > slots.length) {
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
    long[] oldSlots = slots;
    String[] oldStrings = strings;
    slots = new long[oldSlots.length * 2];
    strings = new String[oldSlots.length * 2];
    int mask = slots.length - 1;
    for (int i = 0; i < oldSlots.length; i++) {
      if (oldSlots[i] != 0) {
        int slot = spread((int) (oldSlots[i] >>> 32)) & mask;
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = oldSlots[i];
        strings[slot] = oldStrings[i];
      }
    }
  }
}
