package org.coproduce.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;

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
  // order: entries roleSpan[2p] to roleSpan[2p + 1] of roles, each a conference's index and a
  // mask (bit r for the role of ordinal r). Int arrays, with what one participant needs side by
  // side, keep a large programme's index small and quick to build.
  private final int[] roleSpan;
  private final int[] roles;
  /** Per conference: the indexes of its distinct participants, ascending. */
  private final int[][] conferencePeople;
  /** Per conference (by index): its sector mix, and what its sessions hold. */
  private final List<Map<Sector, Integer>> conferenceMix;
  private final List<SessionIndex> sessionIndexes;
  // Answers kept by the index of the organisation, participant or conference they are about.
  private final List<List<Quote>> quotesBySpeaker;
  private final List<List<Quote>> quotesByConference;
  private final List<List<Visit>> visitsByConference;
  private final List<List<Participant>> travellers;
  private final List<List<Organisation>> children;
  private final List<List<Participant>> affiliates;
  private final IdTable visitIds;
  private final List<List<Output>> outputsByAuthor;
  private final List<List<Output>> outputsByConference;
  private final List<List<Output>> outputsByVisit;
  private final List<Conference> byDate;

  /** Built from a valid programme and what its validation resolved. */
  ProgrammeIndex(Programme programme, Resolved resolved) {
    organisations = programme.organisations();
    participants = programme.participants();
    conferences = programme.conferences();
    organisationIds = resolved.organisations;
    participantIds = resolved.participants;
    conferenceIds = resolved.conferences;
    int people = participants.size();
    int conferenceCount = conferences.size();
    roleSpan = new int[2 * people];
    int entries = 0;
    for (int[] resolvedPeople : resolved.people) {
      for (int person : resolvedPeople) {
        roleSpan[2 * person + 1]++;
      }
      entries += resolvedPeople.length;
    }
    for (int p = 0, at = 0; p < people; p++) {
      int count = roleSpan[2 * p + 1];
      roleSpan[2 * p] = at;
      roleSpan[2 * p + 1] = at;
      at += count;
    }
    roles = new int[2 * entries];
    conferenceMix = new ArrayList<>(conferenceCount);
    sessionIndexes = new ArrayList<>(conferenceCount);
    // Per participant, the last conference whose sector mix counted them (-1: none).
    int[] countedIn = new int[people];
    Arrays.fill(countedIn, -1);
    affiliates = affiliates(resolved);
    KnownSectors sectors = new KnownSectors(organisations, resolved);
    for (int c = 0; c < conferenceCount; c++) {
      indexConference(conferences.get(c), c, resolved, countedIn, sectors);
    }
    conferencePeople = conferencePeople(conferenceCount);
    children = group(organisations, resolved.parents, organisations.size());
    quotesBySpeaker = group(programme.quotes(), q -> participantIds.get(q.speaker()), people);
    quotesByConference = group(programme.quotes(),
        q -> q.conference().map(conferenceIds::get).orElse(-1), conferenceCount);
    visitsByConference =
        group(programme.visits(), v -> conferenceIds.get(v.conference()), conferenceCount);
    travellers = travellers(countedIn);
    visitIds = resolved.visits;
    outputsByAuthor = groupEach(programme.outputs(), Output::authors, participantIds, people);
    outputsByConference =
        groupEach(programme.outputs(), Output::conferences, conferenceIds, conferenceCount);
    outputsByVisit =
        groupEach(programme.outputs(), Output::visits, visitIds, programme.visits().size());
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

  private void indexConference(
      Conference conference, int c, Resolved resolved, int[] countedIn, KnownSectors known) {
    List<Participation> participations = conference.participations();
    int[] persons = resolved.people[c];
    int[] represented = resolved.represented[c];
    int[] inSession = resolved.sessions[c];
    Map<Sector, Integer> sectors = new EnumMap<>(Sector.class);
    SessionIndex.Tally sessions =
        new SessionIndex.Tally(conference.sessions(), participations.size());
    for (int p = 0; p < persons.length; p++) {
      Participation participation = participations.get(p);
      int person = persons[p];
      int role = participation.role().ordinal();
      int end = roleSpan[2 * person + 1];
      if (end > roleSpan[2 * person] && roles[2 * end - 2] == c) {
        roles[2 * end - 1] |= 1 << role;
      } else {
        roles[2 * end] = c;
        roles[2 * end + 1] = 1 << role;
        roleSpan[2 * person + 1] = end + 1;
      }
      int session = inSession[p];
      // The sector is looked up only where it can still count.
      boolean counted = countedIn[person] == c;
      Sector sector = !counted || session >= 0
          ? known.sectorIn(person, represented[p])
          : null;
      if (sector != null && !counted) {
        countedIn[person] = c; // each participant counts once, in their first known sector
        sectors.merge(sector, 1, Integer::sum);
      }
      if (session >= 0) {
        sessions.add(session, person, participants.get(person), participation.role(), sector);
      }
    }
    conferenceMix.add(Collections.unmodifiableMap(sectors));
    sessionIndexes.add(sessions.build(group(conference.sessions(), s -> s.strand().orElse(null))));
  }

  /**
   * Per organisation, the participants affiliated with it, each once, in programme order, from
   * the organisations of all affiliations in programme order.
   */
  private List<List<Participant>> affiliates(Resolved resolved) {
    int[] lastAffiliate = new int[organisations.size()];
    Arrays.fill(lastAffiliate, -1);
    List<List<Participant>> out = new ArrayList<>(
        Collections.nCopies(organisations.size(), List.<Participant>of()));
    for (int p = 0; p < participants.size(); p++) {
      for (int a = resolved.affiliationStart[p]; a < resolved.affiliationStart[p + 1]; a++) {
        int o = resolved.affiliations[a];
        if (lastAffiliate[o] != p) {
          lastAffiliate[o] = p;
          addTo(out, o, participants.get(p));
        }
      }
    }
    return unmodifiable(out);
  }

  /** Per conference, its distinct participants' indexes, taken in their order: ascending. */
  private int[][] conferencePeople(int conferenceCount) {
    int[] counts = new int[conferenceCount];
    for (int p = 0; 2 * p < roleSpan.length; p++) {
      for (int e = roleSpan[2 * p]; e < roleSpan[2 * p + 1]; e++) {
        counts[roles[2 * e]]++;
      }
    }
    int[][] out = new int[conferenceCount][];
    for (int c = 0; c < conferenceCount; c++) {
      out[c] = new int[counts[c]];
      counts[c] = 0;
    }
    for (int p = 0; 2 * p < roleSpan.length; p++) {
      for (int e = roleSpan[2 * p]; e < roleSpan[2 * p + 1]; e++) {
        int c = roles[2 * e];
        out[c][counts[c]++] = p;
      }
    }
    return out;
  }

  /** Per conference, everyone on a visit to it, each once, in the order of the visits. */
  private List<List<Participant>> travellers(int[] seenIn) {
    Arrays.fill(seenIn, -1);
    List<List<Participant>> out = new ArrayList<>(visitsByConference.size());
    for (int c = 0; c < visitsByConference.size(); c++) {
      List<Participant> found = new ArrayList<>();
      for (Visit visit : visitsByConference.get(c)) {
        for (String id : visit.participants()) {
          int person = participantIds.get(id);
          if (seenIn[person] != c) {
            seenIn[person] = c;
            found.add(participants.get(person));
          }
        }
      }
      out.add(found.isEmpty() ? List.of() : Collections.unmodifiableList(found));
    }
    return out;
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
    List<Conference> out = new ArrayList<>(roleSpan[2 * p + 1] - roleSpan[2 * p]);
    for (int e = roleSpan[2 * p]; e < roleSpan[2 * p + 1]; e++) {
      out.add(conferences.get(roles[2 * e]));
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
    for (int e = roleSpan[2 * p]; e < roleSpan[2 * p + 1]; e++) {
      Set<Role> held = EnumSet.noneOf(Role.class);
      for (Role role : all) {
        if ((roles[2 * e + 1] & (1 << role.ordinal())) != 0) {
          held.add(role);
        }
      }
      out.put(conferences.get(roles[2 * e]).id(), Collections.unmodifiableSet(held));
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
        everywhere = Arrays.binarySearch(sets.get(i), person) >= 0;
      }
      if (everywhere) {
        common.add(participants.get(person));
      }
    }
    return Collections.unmodifiableList(common);
  }

  Map<Sector, Integer> sectorMix(String conferenceId, String sessionId) {
    int c = conferenceIds.get(conferenceId);
    if (c < 0) {
      return Map.of();
    }
    return sessionId == null
        ? conferenceMix.get(c)
        : sessionIndexes.get(c).mix(sessionId);
  }

  List<Participant> travellersTo(String conferenceId) {
    return answer(travellers, conferenceIds.get(conferenceId));
  }

  List<Session> sessionsOf(String conferenceId, String strandId) {
    int c = conferenceIds.get(conferenceId);
    return c < 0 ? List.of() : sessionIndexes.get(c).sessionsOf(strandId);
  }

  List<Participant> participantsOf(String conferenceId, String sessionId, Role role) {
    int c = conferenceIds.get(conferenceId);
    return c < 0 ? List.of() : sessionIndexes.get(c).participants(sessionId, role);
  }

  List<Quote> quotesBy(String participantId) {
    return answer(quotesBySpeaker, participantIds.get(participantId));
  }

  List<Quote> quotesAbout(String conferenceId) {
    return answer(quotesByConference, conferenceIds.get(conferenceId));
  }

  List<Output> outputsBy(String participantId) {
    return answer(outputsByAuthor, participantIds.get(participantId));
  }

  List<Output> outputsAbout(String conferenceId) {
    return answer(outputsByConference, conferenceIds.get(conferenceId));
  }

  List<Output> outputsAboutVisit(String visitId) {
    return answer(outputsByVisit, visitIds.get(visitId));
  }

  List<Visit> visitsTo(String conferenceId) {
    return answer(visitsByConference, conferenceIds.get(conferenceId));
  }

  List<Organisation> subOrganisations(String organisationId) {
    return answer(children, organisationIds.get(organisationId));
  }

  List<Participant> affiliatesOf(String organisationId) {
    return answer(affiliates, organisationIds.get(organisationId));
  }

  /** The direct affiliates of an organisation's subtree (the parent chain does not loop). */
  List<Participant> affiliatesWithin(String organisationId) {
    int root = organisationIds.get(organisationId);
    BitSet found = new BitSet();
    List<Integer> next = new ArrayList<>(root < 0 ? List.of() : List.of(root));
    while (!next.isEmpty()) {
      int o = next.remove(next.size() - 1);
      affiliates.get(o).forEach(p -> found.set(participantIds.get(p.id())));
      children.get(o).forEach(child -> next.add(organisationIds.get(child.id())));
    }
    List<Participant> out = new ArrayList<>(found.cardinality());
    found.stream().forEach(i -> out.add(participants.get(i))); // programme order, each once
    return Collections.unmodifiableList(out);
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

  /** Groups items by the index of what they belong to (-1 for nothing), keeping their order. */
  private static <T> List<List<T>> group(List<T> items, ToIntFunction<T> key, int groups) {
    int[] keys = new int[items.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = key.applyAsInt(items.get(i));
    }
    return group(items, keys, groups);
  }

  /** The same, with each item's key (by index) given. */
  private static <T> List<List<T>> group(List<T> items, int[] keys, int groups) {
    List<List<T>> out = new ArrayList<>(Collections.nCopies(groups, List.<T>of()));
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] >= 0) {
        addTo(out, keys[i], items.get(i));
      }
    }
    return unmodifiable(out);
  }

  private static <T> void addTo(List<List<T>> lists, int i, T item) {
    if (lists.get(i).isEmpty()) {
      lists.set(i, new ArrayList<>());
    }
    lists.get(i).add(item);
  }

  // The lists are handed out as answers: a caller must not be able to change later answers.
  private static <T> List<List<T>> unmodifiable(List<List<T>> lists) {
    lists.replaceAll(list -> list.isEmpty() ? List.of() : Collections.unmodifiableList(list));
    return lists;
  }

  private static <T> List<T> answer(List<List<T>> lists, int i) {
    return i < 0 ? List.of() : lists.get(i);
  }

  /**
   * Groups items under the index of each of their references (an item's references do not
   * repeat), keeping their order.
   */
  private static <T> List<List<T>> groupEach(
      List<T> items, Function<T, List<String>> keys, IdTable ids, int groups) {
    List<List<T>> out = new ArrayList<>(Collections.nCopies(groups, List.<T>of()));
    for (T item : items) {
      for (String key : keys.apply(item)) {
        int k = ids.get(key);
        if (k >= 0) {
          addTo(out, k, item);
        }
      }
    }
    return unmodifiable(out);
  }
}
