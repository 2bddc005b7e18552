package org.coproduce.interop.graph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coproduce.interop.internal.Names;
import org.coproduce.model.DateRange;
import org.coproduce.model.Place;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;

/**
 * The attributes of one node or edge, built in order; absent values are left out, so a node has
 * only the attributes it has facts for.
 */
final class Attributes {
  private final Map<String, Attribute> values = new LinkedHashMap<>();

  Attributes put(String key, String value) {
    values.put(key, DefaultAttribute.createAttribute(value));
    return this;
  }

  Attributes put(String key, Optional<?> value) {
    value.ifPresent(
        v -> put(key, v instanceof Enum<?> constant ? Names.of(constant) : v.toString()));
    return this;
  }

  Attributes put(String key, Enum<?> value) {
    return put(key, Names.of(value));
  }

  /** A list as one text, its items joined by "; " (GraphML has no list type). */
  Attributes put(String key, List<String> items) {
    if (!items.isEmpty()) {
      put(key, String.join("; ", items));
    }
    return this;
  }

  Attributes dates(Optional<DateRange> dates) {
    put("start", dates.map(DateRange::start));
    return put("end", dates.flatMap(DateRange::end));
  }

  Attributes place(Optional<Place> place) {
    place.ifPresent(p -> {
      put("place", p.name());
      put("region", p.region());
      put("country", p.country());
      p.coordinates().ifPresent(c -> {
        values.put("latitude", DefaultAttribute.createAttribute(c.latitude()));
        values.put("longitude", DefaultAttribute.createAttribute(c.longitude()));
      });
    });
    return this;
  }

  Map<String, Attribute> build() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }
}
