package org.coproduce.model;

/** The sector an organisation belongs to or a person works in; co-production blends them. */
public enum Sector {
  /** Government and public bodies, such as a combined authority. */
  PUBLIC,
  /** Universities and research programmes. */
  ACADEMIC,
  /** Community groups and practitioners. */
  COMMUNITY,
  /** Charities and non-governmental organisations. */
  VOLUNTARY,
  /** Businesses. */
  PRIVATE
}
