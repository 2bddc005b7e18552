package org.coproduce.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order in which members (or a map's language tags) were read, for each object whose order
 * the problems may need: recorded flat, by copying the path and the names into arrays kept from
 * read to read, and turned into a map only when there are problems to sort. A read without
 * problems, the common case, so pays a few stores per object recorded and allocates nothing.
 */
final class ReadOrders {
  /** Per record: its path's names (null for an index), then the names read. */
  private Object[] items = new Object[64];
  /**
   * Per record: at its head, the path's length and the number of names (two slots, items null);
   * then each index of the path.
   */
  private int[] numbers = new int[64];
  private int used;

  /** Records that the object at this path had its members read in this order. */
  void record(PathStack path, List<String> names) {
    int length = path.size();
    int need = used + 2 + length + names.size();
    if (need > items.length) {
      int capacity = Math.max(need, items.length * 2);
      items = Arrays.copyOf(items, capacity);
      numbers = Arrays.copyOf(numbers, capacity);
    }
    numbers[used] = length;
    numbers[used + 1] = names.size();
    int at = path.copyTo(items, numbers, used + 2);
    for (int i = 0; i < names.size(); i++) {
      items[at++] = names.get(i);
    }
    used = at;
  }

  boolean isEmpty() {
    return used == 0;
  }

  /** The orders recorded, by the path of their object (as {@link PathStack#toList} gives it). */
  Map<List<Object>, List<String>> toMap() {
    Map<List<Object>, List<String>> map = new HashMap<>();
    int at = 0;
    while (at < used) {
      int length = numbers[at];
      int count = numbers[at + 1];
      at += 2;
      List<Object> path = new ArrayList<>(length);
      for (int i = 0; i < length; i++, at++) {
        path.add(items[at] != null ? items[at] : Integer.valueOf(numbers[at]));
      }
      List<String> names = new ArrayList<>(count);
      for (int i = 0; i < count; i++, at++) {
        names.add((String) items[at]);
      }
      map.put(path, names);
    }
    return map;
  }

  /** Forgets every order recorded, letting go of the names. */
  void clear() {
    Arrays.fill(items, 0, used, null);
    used = 0;
  }
}
