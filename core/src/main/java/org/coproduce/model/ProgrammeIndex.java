package org.coproduce.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
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
  final Map<String, Organisation> organisations;
  final Map<String, Participant> participants;
  final Map<String, Conference> conferences;
  private final Map<String, Integer> participantOrder;

  /** Per participant: conference id to roles, in programme order. */
  private final Map<String, Map<String, Set<Role>>> roles = new HashMap<>();
  /** Per conference: its distinct participants, in the order they first take part. */
  private final Map<String, Set<String>> participantsByConference = new HashMap<>();
  /** Per conference (and per session, keyed conference id then session id): the sector mix. */
  private final Map<String, Map<Sector, Integer>> conferenceMix = new HashMap<>();
  private final Map<String, Map<String, Map<Sector, Integer>>> sessionMix = new HashMap<>();
  private final Map<String, Map<String, List<Session>>> sessionsByStrand = new HashMap<>();
  private final Map<String, Map<String, Map<Role, List<Participant>>>> sessionRoles =
      new HashMap<>();
  final Map<String, List<Quote>> quotesBySpeaker;
  final Map<String, List<Quote>> quotesByConference;
  final Map<String, List<Visit>> visitsByConference;
  private final Map<String, List<Participant>> travellers = new HashMap<>();
  final Map<String, List<Organisation>> children;
  final Map<String, List<Participant>> affiliates = new HashMap<>();
  private final List<Conference> byDate;

  ProgrammeIndex(Programme programme) {
    organisations = byId(programme.organisations(), Organisation::id);
    participants = byId(programme.participants(), Participant::id);
    conferences = byId(programme.conferences(), Conference::id);
    participantOrder = new HashMap<>(participants.size() * 4 / 3 + 1);
    for (Participant participant : programme.participants()) {
      participantOrder.putIfAbsent(participant.id(), participantOrder.size());
      Set<String> seen = new LinkedHashSet<>();
      for (Affiliation affiliation : participant.affiliations()) {
        if (seen.add(affiliation.organisation())) {
          affiliates.computeIfAbsent(affiliation.organisation(), k -> new ArrayList<>())
              .add(participant);
        }
      }
    }
    // The lists are handed out as answers: a caller must not be able to change later answers.
    affiliates.replaceAll((organisation, people) -> Collections.unmodifiableList(people));
    children = group(programme.organisations(), o -> o.parent().orElse(null));
    for (Conference conference : programme.conferences()) {
      indexConference(conference);
    }
    quotesBySpeaker = group(programme.quotes(), Quote::speaker);
    quotesByConference = group(programme.quotes(), q -> q.conference().orElse(null));
    visitsByConference = group(programme.visits(), Visit::conference);
    visitsByConference.forEach((conference, visits) -> {
      Set<String> ids = new LinkedHashSet<>();
      visits.forEach(visit -> ids.addAll(visit.participants()));
      travellers.put(conference, people(ids));
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

  private void indexConference(Conference conference) {
    String id = conference.id();
    Set<String> people = new LinkedHashSet<>();
    Map<String, Sector> sectors = new LinkedHashMap<>();
    Map<String, Map<String, Sector>> sessionSectors = new HashMap<>();
    Map<String, Map<Role, Set<String>>> rolesInSessions = new HashMap<>();
    for (Participation participation : conference.participations()) {
      String person = participation.participant();
      people.add(person);
      roles.computeIfAbsent(person, k -> new LinkedHashMap<>())
          .computeIfAbsent(id, k -> EnumSet.noneOf(Role.class))
          .add(participation.role());
      Sector sector = sectorIn(participation);
      if (sector != null) {
        sectors.putIfAbsent(person, sector);
      }
      participation.session().ifPresent(session -> {
        if (sector != null) {
          sessionSectors.computeIfAbsent(session, k -> new LinkedHashMap<>())
              .putIfAbsent(person, sector);
        }
        rolesInSessions.computeIfAbsent(session, k -> new EnumMap<>(Role.class))
            .computeIfAbsent(participation.role(), k -> new LinkedHashSet<>())
            .add(person);
      });
    }
    participantsByConference.put(id, people);
    conferenceMix.put(id, mix(sectors.values()));
    Map<String, Map<Sector, Integer>> mixes = new HashMap<>();
    sessionSectors.forEach((session, bySector) -> mixes.put(session, mix(bySector.values())));
    sessionMix.put(id, mixes);
    Map<String, Map<Role, List<Participant>>> sessionPeople = new HashMap<>();
    rolesInSessions.forEach((session, byRole) -> {
      Map<Role, List<Participant>> lists = new EnumMap<>(Role.class);
      byRole.forEach((role, ids) -> lists.put(role, people(ids)));
      sessionPeople.put(session, lists);
    });
    sessionRoles.put(id, sessionPeople);
    sessionsByStrand.put(id, group(conference.sessions(), s -> s.strand().orElse(null)));
  }

  /** A participant's sector in one participation: their own, the represented, the affiliated. */
  private Sector sectorIn(Participation participation) {
    Participant participant = participants.get(participation.participant());
    if (participant.sector().isPresent()) {
      return participant.sector().get();
    }
    if (participation.representing().isPresent()) {
      return organisations.get(participation.representing().get()).sector();
    }
    return sectorOf(participant.id());
  }

  Sector sectorOf(String participantId) {
    Participant participant = participants.get(participantId);
    if (participant == null) {
      return null;
    }
    if (participant.sector().isPresent()) {
      return participant.sector().get();
    }
    List<Affiliation> affiliations = participant.affiliations();
    return affiliations.isEmpty()
        ? null
        : organisations.get(affiliations.get(0).organisation()).sector();
  }

  private static Map<Sector, Integer> mix(Collection<Sector> sectors) {
    Map<Sector, Integer> counts = new EnumMap<>(Sector.class);
    for (Sector sector : sectors) {
      counts.merge(sector, 1, Integer::sum);
    }
    return Collections.unmodifiableMap(counts);
  }

  private List<Participant> people(Collection<String> ids) {
    List<Participant> out = new ArrayList<>(ids.size());
    for (String id : ids) {
      out.add(participants.get(id));
    }
    return Collections.unmodifiableList(out);
  }

  List<Conference> conferencesOf(String participantId) {
    Map<String, Set<Role>> byConference = roles.getOrDefault(participantId, Map.of());
    List<Conference> out = new ArrayList<>(byConference.size());
    for (String id : byConference.keySet()) {
      out.add(conferences.get(id));
    }
    return Collections.unmodifiableList(out);
  }

  Map<String, Set<Role>> rolesOf(String participantId) {
    Map<String, Set<Role>> byConference = roles.getOrDefault(participantId, Map.of());
    Map<String, Set<Role>> out = new LinkedHashMap<>();
    byConference.forEach((id, set) -> out.put(id, Collections.unmodifiableSet(EnumSet.copyOf(set))));
    return Collections.unmodifiableMap(out);
  }

  List<Participant> participantsInAll(Collection<String> conferenceIds) {
    if (conferenceIds.isEmpty()) {
      return List.of();
    }
    List<Set<String>> sets = new ArrayList<>();
    for (String id : conferenceIds) {
      sets.add(participantsByConference.getOrDefault(id, Set.of()));
    }
    sets.sort(Comparator.comparingInt(Set::size));
    List<String> common = new ArrayList<>();
    for (String person : sets.get(0)) {
      boolean everywhere = true;
      for (int i = 1; i < sets.size() && everywhere; i++) {
        everywhere = sets.get(i).contains(person);
      }
      if (everywhere) {
        common.add(person);
      }
    }
    common.sort(Comparator.comparingInt(participantOrder::get));
    return people(common);
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

  private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    Map<String, T> map = new HashMap<>(items.size() * 4 / 3 + 1);
    for (T item : items) {
      map.putIfAbsent(id.apply(item), item);
    }
    return map;
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
}
