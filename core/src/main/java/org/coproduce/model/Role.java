package org.coproduce.model;

/** The role in which a participant takes part in a conference or a session. */
public enum Role {
  /** Organises the conference or the session. */
  ORGANISER,
  /** Speaks. */
  SPEAKER,
  /** Facilitates, as in a workshop. */
  FACILITATOR,
  /** Takes part as a delegate, often on behalf of an organisation. */
  DELEGATE,
  /** Observes. */
  OBSERVER,
  /** Attends. */
  ATTENDEE
}
