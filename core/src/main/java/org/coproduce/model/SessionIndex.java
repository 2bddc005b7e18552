package org.coproduce.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the questions ask of one conference's sessions: per session, its sector mix and who takes
 * part in each role; per strand, its sessions. Filled by a {@link Tally} as the programme's index
 * passes the conference's participations; immutable once built.
 */
final class SessionIndex {
  private static final Sector[] SECTORS = Sector.values();
  private static final Role[] ROLES = Role.values();

  private final Map<String, Map<Sector, Integer>> mixes;
  private final Map<String, Map<Role, List<Participant>>> people;
  private final Map<String, List<Session>> byStrand;

  private SessionIndex(Map<String, Map<Sector, Integer>> mixes,
      Map<String, Map<Role, List<Participant>>> people, Map<String, List<Session>> byStrand) {
    this.mixes = mixes;
    this.people = people;
    this.byStrand = byStrand;
  }

  /** The sector mix of a session, empty for an unknown session. */
  Map<Sector, Integer> mix(String sessionId) {
    return mixes.getOrDefault(sessionId, Map.of());
  }

  /** Who takes part in a session in a role, each once, in the conference's order. */
  List<Participant> participants(String sessionId, Role role) {
    return people.getOrDefault(sessionId, Map.of()).getOrDefault(role, List.of());
  }

  /** The sessions of a strand, in the conference's order. */
  List<Session> sessionsOf(String strandId) {
    return byStrand.getOrDefault(strandId, List.of());
  }

  /** Counts a conference's participations by session: by index, without a set per session. */
  static final class Tally {
    private final List<Session> sessions;
    // Who is counted in a session's mix, and its count per sector (session × sector).
    private final PairSet counted;
    private final int[] sectorCounts;
    // Who is listed in a session and role (session × role), each once, in order.
    private final PairSet listed;
    private final List<List<Participant>> inRoles;

    Tally(List<Session> sessions, int participations) {
      this.sessions = sessions;
      counted = new PairSet(participations);
      sectorCounts = new int[sessions.size() * SECTORS.length];
      listed = new PairSet(participations);
      inRoles = new ArrayList<>(
          Collections.nCopies(sessions.size() * ROLES.length, List.<Participant>of()));
    }

    /**
     * Adds a participation in a session (by index in the conference): its participant (by index
     * in the programme) counts once in the session's mix, in the first sector known for them
     * there (none: not yet counted).
     */
    void add(int session, int person, Participant participant, Role role,
        @Nullable Sector sector) {
      if (sector != null && counted.add(session, person)) {
        sectorCounts[session * SECTORS.length + sector.ordinal()]++;
      }
      int at = session * ROLES.length + role.ordinal();
      if (listed.add(at, person)) {
        if (inRoles.get(at).isEmpty()) {
          inRoles.set(at, new ArrayList<>());
        }
        inRoles.get(at).add(participant);
      }
    }

    SessionIndex build(Map<String, List<Session>> byStrand) {
      Map<String, Map<Sector, Integer>> mixes = new HashMap<>();
      Map<String, Map<Role, List<Participant>>> people = new HashMap<>();
      for (int s = 0; s < sessions.size(); s++) {
        Map<Sector, Integer> mix = new EnumMap<>(Sector.class);
        for (Sector sector : SECTORS) {
          int count = sectorCounts[s * SECTORS.length + sector.ordinal()];
          if (count > 0) {
            mix.put(sector, count);
          }
        }
        if (!mix.isEmpty()) {
          mixes.put(sessions.get(s).id(), Collections.unmodifiableMap(mix));
        }
        Map<Role, List<Participant>> lists = new EnumMap<>(Role.class);
        for (Role role : ROLES) {
          List<Participant> list = inRoles.get(s * ROLES.length + role.ordinal());
          if (!list.isEmpty()) {
            lists.put(role, Collections.unmodifiableList(list));
          }
        }
        if (!lists.isEmpty()) {
          people.put(sessions.get(s).id(), lists);
        }
      }
      return new SessionIndex(mixes, people, byStrand);
    }
  }
}
