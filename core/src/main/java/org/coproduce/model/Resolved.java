package org.coproduce.model;

import org.jspecify.annotations.Nullable;

/**
 * The references of a valid programme as the validator resolved them, for its index: the tables
 * of ids, and what every participation and affiliation refers to, by index. Handing them over
 * spares the index a second look-up of each reference, which on a programme larger than the
 * caches costs a miss or more each. Immutable once made (its arrays are not changed after).
 */
final class Resolved {
  final IdTable organisations;
  final IdTable participants;
  final IdTable conferences;
  final IdTable visits;
  /** Per organisation: its parent's index, or -1. */
  final int[] parents;
  /** Per conference, per participation: its participant's index in the programme. */
  final int[][] people;
  /** Per conference, per participation: the index of the organisation it represents, or -1. */
  final int[][] represented;
  /** Per conference, per participation: its session's index in the conference, or -1. */
  final int[][] sessions;
  /** The organisation index of every participant's every affiliation, in programme order. */
  final int[] affiliations;
  /** Per participant, and one past the last: where its affiliations start in the above. */
  final int[] affiliationStart;
  /** Per participant: its own sector, as 1 + the ordinal, or 0 for none. */
  final byte[] ownSectors;

  Resolved(IdTable organisations, IdTable participants, IdTable conferences, IdTable visits,
      int[] parents, int[][] people, int[][] represented, int[][] sessions, int[] affiliations,
      int[] affiliationStart, byte[] ownSectors) {
    this.organisations = organisations;
    this.participants = participants;
    this.conferences = conferences;
    this.visits = visits;
    this.parents = parents;
    this.people = people;
    this.represented = represented;
    this.sessions = sessions;
    this.affiliations = affiliations;
    this.affiliationStart = affiliationStart;
    this.ownSectors = ownSectors;
  }

  /** A sector as a byte: 1 + its ordinal, or 0 for none. */
  static byte code(@Nullable Sector sector) {
    return sector == null ? 0 : (byte) (sector.ordinal() + 1);
  }
}
