package org.coproduce.interop.graph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coproduce.interop.internal.ControlCharacters;
import org.coproduce.interop.internal.Names;
import org.coproduce.model.DateRange;
import org.coproduce.model.LanguagePreference;
import org.coproduce.model.Place;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;

/**
 * The attributes of one node or edge, built in order; absent values are left out, so a node has
 * only the attributes it has facts for.
 */
final class Attributes {
  private final Map<String, Attribute> values = new LinkedHashMap<>();
  private final ControlCharacters controls;
  private final String at;

  /**
   * Attributes of the object at a JSON Pointer, whose text is cleaned of what XML cannot hold.
   */
  Attributes(ControlCharacters controls, String at) {
    this.controls = controls;
    this.at = at;
  }

  Attributes put(String key, String value) {
    return put(key, key, value);
  }

  /** An attribute whose member in the model has another name, such as a session's title. */
  Attributes put(String key, String member, String value) {
    values.put(key, DefaultAttribute.createAttribute(controls.clean(at, member, value)));
    return this;
  }

  Attributes put(String key, String member, Optional<String> value) {
    value.ifPresent(v -> put(key, member, v));
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
  Attributes put(String key, String member, List<String> items) {
    if (!items.isEmpty()) {
      put(key, member, String.join("; ", items));
    }
    return this;
  }

  Attributes dates(Optional<DateRange> dates) {
    put("start", dates.map(DateRange::start));
    return put("end", dates.flatMap(DateRange::end));
  }

  Attributes place(Optional<Place> place, LanguagePreference reader) {
    place.ifPresent(p -> {
      put("place", "place/name", p.name(reader).text());
      p.region(reader).ifPresent(region -> put("region", "place/region", region.text()));
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
