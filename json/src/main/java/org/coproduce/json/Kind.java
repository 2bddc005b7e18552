package org.coproduce.json;

/**
 * What a member's value is, as the format's tables say it: how it is read and written, and which
 * JSON type it has on the wire. The rules of each kind (what an id or a URL is) are the model's:
 * the reader hands the value to the builder, which checks it.
 */
enum Kind {
  /** The root's format version, a string such as {@code "1.0"}. */
  VERSION,
  /** An id, a string. */
  ID,
  /** A reference to an item of another type, by its id: a string. */
  REFERENCE,
  /** Text, a string. */
  TEXT,
  /** A hashtag, a string. */
  HASHTAG,
  /** A BCP 47 language tag, a string. */
  LANGUAGE,
  /** An http or https URL, a string. */
  URL,
  /** An ISO 3166-1 alpha-2 country code, a string. */
  COUNTRY,
  /** A partial date, a string. */
  PARTIAL_DATE,
  /** An enumerated value, a string. */
  ENUM,
  /** An integer, a number without fraction or exponent. */
  INTEGER,
  /** A number. */
  NUMBER,
  /** A date range, an object. */
  DATE_RANGE,
  /** An object of a declared type. */
  OBJECT,
  /**
   * Translations: an object whose member names are BCP 47 tags and whose values are translation
   * objects of a declared type.
   */
  TRANSLATIONS;

  /** Whether the value is an object of a declared type. */
  boolean isObject() {
    return this == DATE_RANGE || this == OBJECT;
  }
}
