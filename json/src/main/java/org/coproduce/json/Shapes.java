package org.coproduce.json;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The members of each type in the order of format 1.0's tables: the order a writer emits, and the
 * order by which problems are sorted into document order.
 */
final class Shapes {
  private static final Map<String, String[]> MEMBERS = new HashMap<>();
  private static final Map<String, String> CHILD = new HashMap<>();

  static {
    type("Programme", "formatVersion", "id", "name", "summary", "period:DateRange", "leads",
        "funders", "themes", "hashtags", "sdgs", "organisations:Organisation",
        "participants:Participant", "conferences:Conference", "visits:Visit", "quotes:Quote");
    type("Organisation", "id", "name", "shortName", "sector", "parent", "place:Place", "url");
    type("Participant", "id", "name", "sector", "affiliations:Affiliation", "url");
    type("Affiliation", "organisation", "title", "period:DateRange");
    type("Conference", "id", "name", "summary", "hosts", "place:Place", "dates:DateRange",
        "themes", "url", "strands:Strand", "sessions:Session", "participations:Participation");
    type("Strand", "id", "title", "summary");
    type("Session", "id", "title", "kind", "strand", "date", "summary");
    type("Participation", "participant", "role", "session", "representing");
    type("Visit", "id", "title", "conference", "origin:Place", "participants", "funders",
        "summary");
    type("Quote", "id", "speaker", "text", "language", "said", "conference", "source:Source");
    type("Source", "title", "publisher", "url", "published");
    type("Place", "name", "region", "country", "coordinates:Coordinates");
    type("Coordinates", "latitude", "longitude");
    type("DateRange", "start", "end");
  }

  private Shapes() {}

  private static void type(String type, String... members) {
    String[] names = new String[members.length];
    for (int i = 0; i < members.length; i++) {
      String[] parts = members[i].split(":");
      names[i] = parts[0];
      if (parts.length > 1) {
        CHILD.put(type + "." + parts[0], parts[1]);
      }
    }
    MEMBERS.put(type, names);
  }

  /** The members of a type in canonical order; empty for a type the format does not define. */
  static String[] members(String type) {
    return MEMBERS.getOrDefault(type, new String[0]);
  }

  private static int rank(String type, String member) {
    String[] names = type == null ? null : MEMBERS.get(type);
    if (names != null) {
      for (int i = 0; i < names.length; i++) {
        if (names[i].equals(member)) {
          return i;
        }
      }
    }
    return Integer.MAX_VALUE; // unknown members follow the known ones, in the order found
  }

  /**
   * Orders paths (member names and list indexes from the root of a document of the given type)
   * as their members stand in the document: by the order in which an object's members were read
   * where {@code readOrder} recorded it (objects out of canonical order, or with unknown members),
   * else in canonical order. The empty path, the document as a whole, comes last: it is where
   * reading stopped.
   */
  static Comparator<List<Object>> documentOrder(String rootType,
      Map<List<Object>, List<String>> readOrder) {
    return (a, b) -> {
      if (a.isEmpty() || b.isEmpty()) {
        return Boolean.compare(a.isEmpty(), b.isEmpty());
      }
      String type = rootType;
      int n = Math.min(a.size(), b.size());
      for (int i = 0; i < n; i++) {
        Object x = a.get(i);
        Object y = b.get(i);
        if (x instanceof Integer && y instanceof Integer) {
          int c = Integer.compare((Integer) x, (Integer) y);
          if (c != 0) {
            return c;
          }
        } else if (x instanceof String && y instanceof String) {
          if (!x.equals(y)) {
            List<String> read = readOrder.isEmpty() ? null : readOrder.get(a.subList(0, i));
            if (read != null) {
              return Integer.compare(read.indexOf(x), read.indexOf(y));
            }
            return Integer.compare(rank(type, (String) x), rank(type, (String) y));
          }
          type = type == null ? null : CHILD.get(type + "." + x);
        } else {
          return x instanceof Integer ? -1 : 1;
        }
      }
      return Integer.compare(a.size(), b.size());
    };
  }
}
