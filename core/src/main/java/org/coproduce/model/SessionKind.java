package org.coproduce.model;

/** What kind of thing happens in a session of a conference. */
public enum SessionKind {
  /** A keynote address. */
  KEYNOTE,
  /** A plenary session. */
  PLENARY,
  /** A panel discussion. */
  PANEL,
  /** A workshop. */
  WORKSHOP,
  /** A field trip. */
  FIELD_TRIP,
  /** A discussion. */
  DISCUSSION,
  /** A presentation. */
  PRESENTATION,
  /** Anything else. */
  OTHER
}
