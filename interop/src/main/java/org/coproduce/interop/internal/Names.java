package org.coproduce.interop.internal;

import java.util.Locale;

/**
 * The format's spelling of the model's enumerations ({@code field-trip}, {@code public}), used by
 * every export so that a value reads the same in JSON, CSV, iCalendar and GraphML. Not part of the
 * module's API (the package is not exported).
 */
public final class Names {
  private Names() {}

  /**
   * The format's name of a constant: lower case, {@code _} as {@code -}.
   *
   * @param value a constant, such as {@code SessionKind.FIELD_TRIP}
   * @return its name, such as {@code field-trip}
   */
  public static String of(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
