package org.coproduce.json;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance of each id read: a reference is held as the very string of the id it names (or
 * the id as the string of the first reference to it), so that a document's ids are not held
 * twice.
 */
final class Canonical {
  private final Map<String, String> strings = new HashMap<>();

  String of(String value) {
    String known = strings.putIfAbsent(value, value);
    return known == null ? value : known;
  }
}
