package org.coproduce.interop.frab;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * The warnings of one import, each at the JSON Pointer of the part of the schedule concerned; at
 * most {@link #MAX_WARNINGS}, then a count of those left out. Also the few ways the warnings
 * speak of JSON: a node's kind, a pointer's token, a quoted value.
 */
final class Warnings {
  static final int MAX_WARNINGS = 1000;

  private final List<String> warnings = new ArrayList<>();
  private int leftOut;

  void warn(String pointer, String message) {
    if (warnings.size() < MAX_WARNINGS) {
      warnings.add(pointer + ": " + message);
    } else {
      leftOut++;
    }
  }

  /** The warnings, with a last line counting those left out, if any. */
  List<String> list() {
    List<String> all = new ArrayList<>(warnings);
    if (leftOut > 0) {
      all.add("(" + leftOut + " more warnings are not listed)");
    }
    return all;
  }

  static String kind(JsonNode node) {
    if (node.isMissingNode()) {
      return "missing";
    }
    switch (node.getNodeType()) {
      case ARRAY:
        return "an array";
      case OBJECT:
        return "an object";
      case STRING:
        return "a string";
      case NUMBER:
        return "a number";
      case BOOLEAN:
        return "a boolean";
      case NULL:
        return "null";
      default:
        return "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
  }

  /** A JSON Pointer reference token (RFC 6901). */
  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  static String quote(String text) {
    String shown = text.length() > 80 ? text.substring(0, 77) + "..." : text;
    return "\"" + shown.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
