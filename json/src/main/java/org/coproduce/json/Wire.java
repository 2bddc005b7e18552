package org.coproduce.json;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.coproduce.model.OutputKind;
import org.coproduce.model.Role;
import org.coproduce.model.Sector;
import org.coproduce.model.SessionKind;
import org.jspecify.annotations.Nullable;

/** An enumeration's values as the format spells them: lowercase, words joined by {@code -}. */
final class Wire<E extends Enum<E>> {
  static final Wire<Sector> SECTOR = new Wire<>("sector", Sector.class);
  static final Wire<Role> ROLE = new Wire<>("role", Role.class);
  static final Wire<SessionKind> SESSION_KIND = new Wire<>("session kind", SessionKind.class);
  static final Wire<OutputKind> OUTPUT_KIND = new Wire<>("output kind", OutputKind.class);

  private final String what;
  private final Class<E> type;
  private final String[] names;
  /** The names, encoded once for the writer. */
  private final Encoded[] encoded;
  private final char[][] spelled;
  private final E[] values;
  private final String choices;

  private Wire(String what, Class<E> type) {
    this.what = what;
    this.type = type;
    values = type.getEnumConstants();
    names = new String[values.length];
    encoded = new Encoded[values.length];
    spelled = new char[values.length][];
    StringJoiner joined = new StringJoiner(", ");
    for (E value : values) {
      String name = value.name().toLowerCase(Locale.ROOT).replace('_', '-');
      names[value.ordinal()] = name;
      encoded[value.ordinal()] = Encoded.value(name);
      spelled[value.ordinal()] = name.toCharArray();
      joined.add(name);
    }
    choices = joined.toString();
  }

  /** The values, in declared order. */
  List<E> values() {
    return List.of(values);
  }

  /** The enumeration's name, as the format's tables call it. */
  String typeName() {
    return type.getSimpleName();
  }

  String name(E value) {
    return names[value.ordinal()];
  }

  /** The value's name, encoded once. */
  Encoded encoded(E value) {
    return encoded[value.ordinal()];
  }

  /** The value whose name is these characters, or null: found without making a string. */
  @Nullable E value(char[] text, int offset, int length) {
    for (int i = 0; i < spelled.length; i++) {
      if (Arrays.equals(spelled[i], 0, spelled[i].length, text, offset, offset + length)) {
        return values[i];
      }
    }
    return null;
  }

  String unknown(String name) {
    String article = "aeiou".indexOf(what.charAt(0)) >= 0 ? "an " : "a ";
    return org.coproduce.model.Problem.quote(name) + " is not " + article + what + ": expected one of "
        + choices;
  }
}
