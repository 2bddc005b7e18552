package org.coproduce.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything the questions need, built once in one pass over a valid programme, so that each
 * question then costs time in proportion to its answer. Immutable once built.
 */
final class ProgrammeIndex {
  private final List<Organisation> organisations;
  private final List<Participant> participants;
  private final List<Conference> conferences;
  private final IdTable organisationIds;
  private final IdTable participantIds;
  private final IdTable conferenceIds;

  // Per participant, the conferences they take part in and their roles there, in programme
  // order: entries roleStart[p] to roleEnd[p] of roleConference (a conference's index) and
  // roleMask (bit r for the role of ordinal r). Arrays rather than a map per participant keep a
  // large programme's index small and quick to build.
  private final int[] roleStart;
  private final int[] roleEnd;
  private final int[] roleConference;
  private final int[] roleMask;
  /** Per conference: the indexes of its distinct participants, ascending. */
  private final int[][] conferencePeople;
  /** Per conference (and per session, keyed conference id then session id): the sector mix. */
  private final Map<String, Map<Sector, Integer>> conferenceMix = new HashMap<>();
  private final Map<String, Map<String, Map<Sector, Integer>>> sessionMix = new HashMap<>();
  private final Map<String, Map<String, List<Session>>> sessionsByStrand = new HashMap<>();
  private final Map<String, Map<String, Map<Role, List<Participant>>>> sessionRoles =
      new HashMap<>();
  final Map<String, List<Quote>> quotesBySpeaker;
  final Map<String, List<Quote>> quotesByConference;
  final Map<String, List<Visit>> visitsByConference;
  final Map<String, List<Output>> outputsByAuthor;
  final Map<String, List<Output>> outputsByConference;
  final Map<String, List<Output>> outputsByVisit;
  private final Map<String, List<Participant>> travellers = new HashMap<>();
  final Map<String, List<Organisation>> children;
  final Map<String, List<Participant>> affiliates = new HashMap<>();
  private final List<Conference> byDate;

  ProgrammeIndex(Programme programme) {
    organisations = programme.organisations();
    participants = programme.participants();
    conferences = programme.conferences();
    organisationIds = IdTable.of(organisations, Organisation::id);
    participantIds = IdTable.of(participants, Participant::id);
    conferenceIds = IdTable.of(conferences, Conference::id);
    int people = participants.size();
    roleStart = new int[people];
    roleEnd = new int[people];
    int entries = 0;
    for (Conference conference : conferences) {
      for (Participation participation : conference.participations()) {
        roleEnd[participantIds.get(participation.participant())]++;
        entries++;
      }
    }
    for (int p = 0, at = 0; p < people; p++) {
      roleStart[p] = at;
      at += roleEnd[p];
      roleEnd[p] = roleStart[p];
    }
    roleConference = new int[entries];
    roleMask = new int[entries];
    conferencePeople = new int[conferences.size()][];
    int[] seenIn = new int[people];
    java.util.Arrays.fill(seenIn, -1);
    int[] sectorIn = new int[people];
    java.util.Arrays.fill(sectorIn, -1);
    for (int c = 0; c < conferences.size(); c++) {
      indexConference(conferences.get(c), c, seenIn, sectorIn);
    }
    for (Participant participant : participants) {
      Set<String> seen = new LinkedHashSet<>();
      for (Affiliation affiliation : participant.affiliations()) {
        if (seen.add(affiliation.organisation())) {
          affiliates.computeIfAbsent(affiliation.organisation(), k -> new ArrayList<>())
              .add(participant);
        }
      }
    }
    // The lists are handed out as answers: a caller must not be able to change later answers.
    affiliates.replaceAll((organisation, list) -> Collections.unmodifiableList(list));
    children = group(programme.organisations(), o -> o.parent().orElse(null));
    quotesBySpeaker = group(programme.quotes(), Quote::speaker);
    quotesByConference = group(programme.quotes(), q -> q.conference().orElse(null));
    visitsByConference = group(programme.visits(), Visit::conference);
    outputsByAuthor = groupEach(programme.outputs(), Output::authors);
    outputsByConference = groupEach(programme.outputs(), Output::conferences);
    outputsByVisit = groupEach(programme.outputs(), Output::visits);
    visitsByConference.forEach((conference, visits) -> {
      Set<String> ids = new LinkedHashSet<>();
      visits.forEach(visit -> ids.addAll(visit.participants()));
      List<Participant> out = new ArrayList<>(ids.size());
      ids.forEach(id -> out.add(participant(id)));
      travellers.put(conference, Collections.unmodifiableList(out));
    });
    List<Conference> sorted = new ArrayList<>(programme.conferences());
    // By the days covered only, as documented: DateRange's natural order would also order ranges
    // covering the same days by how they are written, where programme order must decide.
    sorted.sort(Comparator.comparing(
            (Conference c) -> c.dates().map(DateRange::firstDay).orElse(null),
            Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
        .thenComparing(c -> c.dates().map(DateRange::lastDay).orElse(null),
            Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())));
    byDate = Collections.unmodifiableList(sorted);
  }

  private void indexConference(Conference conference, int c, int[] seenIn, int[] sectorIn) {
    String id = conference.id();
    int[] people = new int[conference.participations().size()];
    int distinct = 0;
    Map<Sector, Integer> sectors = new EnumMap<>(Sector.class);
    Map<String, Map<Sector, Integer>> sessionSectors = new HashMap<>();
    Map<String, Set<Integer>> sessionCounted = new HashMap<>();
    Map<String, Map<Role, Set<Integer>>> rolesInSessions = new HashMap<>();
    for (Participation participation : conference.participations()) {
      int person = participantIds.get(participation.participant());
      int role = 1 << participation.role().ordinal();
      int last = roleEnd[person] - 1;
      if (last >= roleStart[person] && roleConference[last] == c) {
        roleMask[last] |= role;
      } else {
        roleConference[roleEnd[person]] = c;
        roleMask[roleEnd[person]++] = role;
      }
      if (seenIn[person] != c) {
        seenIn[person] = c;
        people[distinct++] = person;
      }
      // The sector is looked up only where it can still count.
      Sector sector = sectorIn[person] != c || participation.session().isPresent()
          ? sectorIn(participants.get(person), participation)
          : null;
      if (sector != null && sectorIn[person] != c) {
        sectorIn[person] = c; // each participant counts once, in their first known sector
        sectors.merge(sector, 1, Integer::sum);
      }
      participation.session().ifPresent(session -> {
        if (sector != null && sessionCounted.computeIfAbsent(session, k -> new HashSet<>())
            .add(person)) {
          sessionSectors.computeIfAbsent(session, k -> new EnumMap<>(Sector.class))
              .merge(sector, 1, Integer::sum);
        }
        rolesInSessions.computeIfAbsent(session, k -> new EnumMap<>(Role.class))
            .computeIfAbsent(participation.role(), k -> new LinkedHashSet<>())
            .add(person);
      });
    }
    int[] sorted = java.util.Arrays.copyOf(people, distinct);
    java.util.Arrays.sort(sorted);
    conferencePeople[c] = sorted;
    conferenceMix.put(id, Collections.unmodifiableMap(sectors));
    Map<String, Map<Sector, Integer>> mixes = new HashMap<>();
    sessionSectors.forEach((session, mix) -> mixes.put(session, Collections.unmodifiableMap(mix)));
    sessionMix.put(id, mixes);
    Map<String, Map<Role, List<Participant>>> sessionPeople = new HashMap<>();
    rolesInSessions.forEach((session, byRole) -> {
      Map<Role, List<Participant>> lists = new EnumMap<>(Role.class);
      byRole.forEach((role, indexes) -> {
        List<Participant> out = new ArrayList<>(indexes.size());
        indexes.forEach(i -> out.add(participants.get(i)));
        lists.put(role, Collections.unmodifiableList(out));
      });
      sessionPeople.put(session, lists);
    });
    sessionRoles.put(id, sessionPeople);
    sessionsByStrand.put(id, group(conference.sessions(), s -> s.strand().orElse(null)));
  }

  Organisation organisation(String id) {
    int i = organisationIds.get(id);
    return i < 0 ? null : organisations.get(i);
  }

  Participant participant(String id) {
    int i = participantIds.get(id);
    return i < 0 ? null : participants.get(i);
  }

  Conference conference(String id) {
    int i = conferenceIds.get(id);
    return i < 0 ? null : conferences.get(i);
  }

  /** A participant's sector in one participation: their own, the represented, the affiliated. */
  private Sector sectorIn(Participant participant, Participation participation) {
    if (participant.sector().isPresent()) {
      return participant.sector().get();
    }
    if (participation.representing().isPresent()) {
      return organisation(participation.representing().get()).sector();
    }
    return affiliatedSector(participant);
  }

  Sector sectorOf(String participantId) {
    Participant participant = participant(participantId);
    return participant == null ? null : affiliatedSector(participant);
  }

  /** The participant's own sector, else that of their first affiliation's organisation. */
  private Sector affiliatedSector(Participant participant) {
    if (participant.sector().isPresent()) {
      return participant.sector().get();
    }
    List<Affiliation> affiliations = participant.affiliations();
    return affiliations.isEmpty()
        ? null
        : organisation(affiliations.get(0).organisation()).sector();
  }

  List<Conference> conferencesOf(String participantId) {
    int p = participantIds.get(participantId);
    if (p < 0) {
      return List.of();
    }
    List<Conference> out = new ArrayList<>(roleEnd[p] - roleStart[p]);
    for (int e = roleStart[p]; e < roleEnd[p]; e++) {
      out.add(conferences.get(roleConference[e]));
    }
    return Collections.unmodifiableList(out);
  }

  Map<String, Set<Role>> rolesOf(String participantId) {
    int p = participantIds.get(participantId);
    if (p < 0) {
      return Map.of();
    }
    Role[] all = Role.values();
    Map<String, Set<Role>> out = new LinkedHashMap<>();
    for (int e = roleStart[p]; e < roleEnd[p]; e++) {
      Set<Role> roles = EnumSet.noneOf(Role.class);
      for (Role role : all) {
        if ((roleMask[e] & (1 << role.ordinal())) != 0) {
          roles.add(role);
        }
      }
      out.put(conferences.get(roleConference[e]).id(), Collections.unmodifiableSet(roles));
    }
    return Collections.unmodifiableMap(out);
  }

  List<Participant> participantsInAll(Collection<String> conferenceIds) {
    if (conferenceIds.isEmpty()) {
      return List.of();
    }
    List<int[]> sets = new ArrayList<>();
    for (String id : conferenceIds) {
      int c = this.conferenceIds.get(id);
      if (c < 0) {
        return List.of();
      }
      sets.add(conferencePeople[c]);
    }
    sets.sort(Comparator.comparingInt(set -> set.length));
    List<Participant> common = new ArrayList<>();
    for (int person : sets.get(0)) {
      boolean everywhere = true;
      for (int i = 1; i < sets.size() && everywhere; i++) {
        everywhere = java.util.Arrays.binarySearch(sets.get(i), person) >= 0;
      }
      if (everywhere) {
        common.add(participants.get(person));
      }
    }
    return Collections.unmodifiableList(common);
  }

  Map<Sector, Integer> sectorMix(String conferenceId, String sessionId) {
    if (sessionId == null) {
      return conferenceMix.getOrDefault(conferenceId, Map.of());
    }
    return sessionMix.getOrDefault(conferenceId, Map.of()).getOrDefault(sessionId, Map.of());
  }

  List<Participant> travellersTo(String conferenceId) {
    return travellers.getOrDefault(conferenceId, List.of());
  }

  List<Session> sessionsOf(String conferenceId, String strandId) {
    return sessionsByStrand.getOrDefault(conferenceId, Map.of()).getOrDefault(strandId, List.of());
  }

  List<Participant> participantsOf(String conferenceId, String sessionId, Role role) {
    return sessionRoles.getOrDefault(conferenceId, Map.of())
        .getOrDefault(sessionId, Map.of())
        .getOrDefault(role, List.of());
  }

  List<Conference> conferencesByDate() {
    return byDate;
  }

  /** Groups items by a key, keeping their order; items without a key (null) are left out. */
  private static <T> Map<String, List<T>> group(List<T> items, Function<T, String> key) {
    Map<String, List<T>> groups = new HashMap<>();
    for (T item : items) {
      String k = key.apply(item);
      if (k != null) {
        groups.computeIfAbsent(k, x -> new ArrayList<>()).add(item);
      }
    }
    groups.replaceAll((k, list) -> Collections.unmodifiableList(list));
    return groups;
  }

  /** Groups items under each of their keys, keeping their order; an item's keys do not repeat. */
  private static <T> Map<String, List<T>> groupEach(List<T> items, Function<T, List<String>> keys) {
    Map<String, List<T>> groups = new HashMap<>();
    for (T item : items) {
      for (String k : keys.apply(item)) {
        groups.computeIfAbsent(k, x -> new ArrayList<>()).add(item);
      }
    }
    groups.replaceAll((k, list) -> Collections.unmodifiableList(list));
    return groups;
  }
}
