package org.coproduce.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The participations of one conference told apart by participant, role and session, without an
 * object per participation: each resolves its participant and session once, and is remembered as
 * two numbers, the participant's index in the programme and the session's index in the conference
 * with the role. An id that resolves nowhere gets a number of its own after the known ones, so
 * two participations are the same exactly when their ids and roles are.
 */
final class ParticipationKeys {
  /** {@link #session()} of a participation in no session. */
  static final int NONE = -1;
  /** {@link #session()} of a participation whose session is not one of the conference's. */
  static final int UNKNOWN = -2;
  private static final int ROLES = Role.values().length;

  private final int[] people;
  private final IdTable sessions;
  private final int sessionCount;
  private final PairSet seen;
  private @Nullable Map<String, Integer> unknownPeople;
  private @Nullable Map<String, Integer> unknownSessions;
  private int participant;
  private int session;

  /**
   * The keys of one conference's participations; {@code seen} is emptied and used if it is large
   * enough (see {@link #seen()}).
   */
  ParticipationKeys(IdTable participants, IdTable sessions, int sessionCount,
      List<Participation> participations, @Nullable PairSet seen) {
    this.people = participants.getAll(participations, Participation::participant);
    this.sessions = sessions;
    this.sessionCount = sessionCount;
    this.seen = PairSet.emptied(seen, participations.size());
  }

  /** The set of keys seen, to be used again for the next conference's participations. */
  PairSet seen() {
    return seen;
  }

  /**
   * Resolves the participation at {@code p} (its participant is resolved already, with the
   * others': {@link IdTable#getAll}) and its session, then remembers it; false if an earlier
   * participation of this conference had the same participant, role and session.
   */
  boolean addFirst(int p, Participation participation) {
    String person = participation.participant();
    participant = people[p];
    long personCode = participant >= 0 ? participant : Integer.MAX_VALUE + unknownPerson(person);
    String sessionId = participation.session().orElse(null);
    long sessionCode;
    if (sessionId == null) {
      session = NONE;
      sessionCode = 0;
    } else {
      session = sessions.get(sessionId);
      if (session >= 0) {
        sessionCode = 1L + session;
      } else {
        session = UNKNOWN;
        sessionCode = 1L + sessionCount + unknownSession(sessionId);
      }
    }
    return seen.add(personCode, sessionCode * ROLES + participation.role().ordinal());
  }

  /** Each participation's participant index in the programme, or -1 where it has none. */
  int[] people() {
    return people;
  }

  /** The last participation's participant index in the programme, or -1 if it has none. */
  int participant() {
    return participant;
  }

  /**
   * The last participation's session: its index in the conference, {@link #NONE} or {@link
   * #UNKNOWN}.
   */
  int session() {
    return session;
  }

  private long unknownPerson(String id) {
    if (unknownPeople == null) {
      unknownPeople = new HashMap<>();
    }
    return number(unknownPeople, id);
  }

  private long unknownSession(String id) {
    if (unknownSessions == null) {
      unknownSessions = new HashMap<>();
    }
    return number(unknownSessions, id);
  }

  // Numbers the ids that resolve nowhere, in the order they come: 0, 1, 2...
  private static int number(Map<String, Integer> numbers, String id) {
    Integer known = numbers.putIfAbsent(id, numbers.size());
    return known == null ? numbers.size() - 1 : known;
  }
}
