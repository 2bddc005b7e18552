package org.coproduce.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The path from the root to the value being read: member names and list indexes, cheap to grow. */
final class PathStack {
  private Object[] names = new Object[16]; // a member name, or null where the segment is an index
  private int[] indexes = new int[16];
  private int size;

  void push(String name) {
    grow();
    names[size++] = name;
  }

  void push(int index) {
    grow();
    names[size] = null;
    indexes[size++] = index;
  }

  void pop() {
    size--;
  }

  /** Empties the path, letting go of its names. */
  void clear() {
    Arrays.fill(names, 0, size, null);
    size = 0;
  }

  private void grow() {
    if (size == names.length) {
      names = Arrays.copyOf(names, size * 2);
      indexes = Arrays.copyOf(indexes, size * 2);
    }
  }

  List<Object> toList() {
    List<Object> path = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      path.add(names[i] != null ? names[i] : Integer.valueOf(indexes[i]));
    }
    return path;
  }

  /** Renders a path as a JSON Pointer (RFC 6901), below a base pointer. */
  static String pointer(String base, List<?> path) {
    StringBuilder out = new StringBuilder(base);
    for (Object segment : path) {
      out.append('/');
      String s = segment.toString();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '~') {
          out.append("~0");
        } else if (c == '/') {
          out.append("~1");
        } else {
          out.append(c);
        }
      }
    }
    return out.toString();
  }
}
