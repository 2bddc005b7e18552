package org.coproduce.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Locale;
import java.util.function.Function;

/**
 * The rules of a whole programme: unique ids, references that resolve, no loop of parents, the
 * parts of each conference tied together, no repeated participation. Problems carry paths from the
 * programme, in the order of its members.
 */
final class ProgrammeValidator {
  /** At most this many problems are collected; a last one says that more were found. */
  static final int MAX_PROBLEMS = 10_000;

  private final List<Problem> problems = new ArrayList<>();
  private boolean truncated;

  private ProgrammeValidator() {}

  /** The problems of the whole programme, in the order of its members; empty if it is valid. */
  static List<Problem> problems(Programme programme) {
    ProgrammeValidator validator = new ProgrammeValidator();
    validator.check(programme);
    if (validator.truncated) {
      validator.problems.add(
          Problem.of(List.of(), "more than " + MAX_PROBLEMS + " problems; the rest are not listed"));
    }
    return validator.problems;
  }

  private void add(String message, Object... path) {
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(Problem.of(List.of(path), message));
    } else {
      truncated = true;
    }
  }

  // Walks the programme in the order of its members, so that problems come in document order.
  private void check(Programme programme) {
    List<Organisation> orgs = programme.organisations();
    List<Participant> people = programme.participants();
    List<Conference> confs = programme.conferences();
    Map<String, Integer> organisations = firstIndexes(orgs, Organisation::id);
    Map<String, Integer> participantIndexes = firstIndexes(people, Participant::id);
    Set<String> participants = participantIndexes.keySet();
    Map<String, Integer> conferences = firstIndexes(confs, Conference::id);

    refs(programme.leads(), organisations.keySet(), "organisation", "leads");
    refs(programme.funders(), organisations.keySet(), "organisation", "funders");

    boolean[] onLoop = parentLoops(orgs, organisations);
    for (int i = 0; i < orgs.size(); i++) {
      Organisation org = orgs.get(i);
      unique(organisations, org.id(), i, "organisation", "organisations", i, "id");
      ref(org.parent(), organisations.keySet(), "organisation", "organisations", i, "parent");
      if (onLoop[i]) {
        add("the parent " + Problem.quote(org.parent().orElseThrow())
                + " leads back to this organisation: parents must not loop",
            "organisations", i, "parent");
      }
    }

    for (int i = 0; i < people.size(); i++) {
      Participant person = people.get(i);
      unique(participantIndexes, person.id(), i, "participant", "participants", i, "id");
      List<Affiliation> affiliations = person.affiliations();
      for (int a = 0; a < affiliations.size(); a++) {
        ref(affiliations.get(a).organisation(), organisations.keySet(), "organisation",
            "participants", i, "affiliations", a, "organisation");
      }
    }

    for (int c = 0; c < confs.size(); c++) {
      unique(conferences, confs.get(c).id(), c, "conference", "conferences", c, "id");
      conference(confs.get(c), c, organisations.keySet(), participants);
    }

    List<Visit> visits = programme.visits();
    Map<String, Integer> visitIndexes = firstIndexes(visits, Visit::id);
    for (int v = 0; v < visits.size(); v++) {
      Visit visit = visits.get(v);
      unique(visitIndexes, visit.id(), v, "visit", "visits", v, "id");
      ref(visit.conference(), conferences.keySet(), "conference", "visits", v, "conference");
      refs(visit.participants(), participants, "participant", "visits", v, "participants");
      refs(visit.funders(), organisations.keySet(), "organisation", "visits", v, "funders");
    }

    List<Quote> quotes = programme.quotes();
    Map<String, Integer> quoteIndexes = firstIndexes(quotes, Quote::id);
    for (int q = 0; q < quotes.size(); q++) {
      Quote quote = quotes.get(q);
      unique(quoteIndexes, quote.id(), q, "quote", "quotes", q, "id");
      ref(quote.speaker(), participants, "participant", "quotes", q, "speaker");
      ref(quote.conference(), conferences.keySet(), "conference", "quotes", q, "conference");
    }
  }

  private void conference(
      Conference conference, int c, Set<String> organisations, Set<String> participants) {
    refs(conference.hosts(), organisations, "organisation", "conferences", c, "hosts");
    List<Strand> strandList = conference.strands();
    Map<String, Integer> strands = firstIndexes(strandList, Strand::id);
    for (int s = 0; s < strandList.size(); s++) {
      unique(strands, strandList.get(s).id(), s, "strand", "conferences", c, "strands", s, "id");
    }
    List<Session> sessionList = conference.sessions();
    Map<String, Integer> sessions = firstIndexes(sessionList, Session::id);
    Optional<DateRange> dates = conference.dates();
    for (int s = 0; s < sessionList.size(); s++) {
      Session session = sessionList.get(s);
      unique(sessions, session.id(), s, "session", "conferences", c, "sessions", s, "id");
      Optional<String> strand = session.strand();
      if (strand.isPresent() && !strands.containsKey(strand.get())) {
        add("no strand with id " + Problem.quote(strand.get()) + " in this conference",
            "conferences", c, "sessions", s, "strand");
      }
      if (dates.isPresent() && session.date().isPresent()
          && !dates.get().sharesDayWith(session.date().get())) {
        add(session.date().get() + " shares no day with the conference's dates " + dates.get(),
            "conferences", c, "sessions", s, "date");
      }
    }
    Set<ParticipationKey> seen = new HashSet<>();
    List<Participation> participations = conference.participations();
    for (int p = 0; p < participations.size(); p++) {
      Participation participation = participations.get(p);
      Optional<String> session = participation.session();
      ParticipationKey key = new ParticipationKey(
          participation.participant(), participation.role(), session.orElse(null));
      if (!seen.add(key)) {
        add("repeats the participation of " + Problem.quote(participation.participant()) + " as "
                + participation.role().name().toLowerCase(Locale.ROOT)
                + session.map(id -> " in session " + Problem.quote(id)).orElse(""),
            "conferences", c, "participations", p);
      }
      ref(participation.participant(), participants, "participant",
          "conferences", c, "participations", p, "participant");
      if (session.isPresent() && !sessions.containsKey(session.get())) {
        add("no session with id " + Problem.quote(session.get()) + " in this conference",
            "conferences", c, "participations", p, "session");
      }
      ref(participation.representing(), organisations, "organisation",
          "conferences", c, "participations", p, "representing");
    }
  }

  private record ParticipationKey(String participant, Role role, String session) {}

  /** Maps each id to the index of the first item that has it. */
  private static <T> Map<String, Integer> firstIndexes(List<T> items, Function<T, String> id) {
    Map<String, Integer> first = new HashMap<>(items.size() * 4 / 3 + 1);
    for (int i = 0; i < items.size(); i++) {
      first.putIfAbsent(id.apply(items.get(i)), i);
    }
    return first;
  }

  /** Reports the item at {@code index} if an earlier item has its id. */
  private void unique(Map<String, Integer> first, String id, int index, String kind,
      Object... path) {
    int earlier = first.get(id);
    if (earlier != index) {
      add("repeats the " + kind + " id " + Problem.quote(id) + " of item " + earlier, path);
    }
  }

  private void refs(List<String> ids, Set<String> known, String kind, Object... listPath) {
    for (int i = 0; i < ids.size(); i++) {
      ref(ids.get(i), known, kind, append(listPath, i));
    }
  }

  private void ref(Optional<String> id, Set<String> known, String kind, Object... path) {
    if (id.isPresent()) {
      ref(id.get(), known, kind, path);
    }
  }

  private void ref(String id, Set<String> known, String kind, Object... path) {
    if (!known.contains(id)) {
      add("no " + kind + " with id " + Problem.quote(id), path);
    }
  }

  /** Marks every organisation that lies on a loop of parents. */
  private static boolean[] parentLoops(List<Organisation> orgs, Map<String, Integer> byId) {
    byte[] state = new byte[orgs.size()]; // 0 unseen, 1 on the current walk, 2 done
    boolean[] onLoop = new boolean[orgs.size()];
    List<Integer> walk = new ArrayList<>();
    for (int start = 0; start < orgs.size(); start++) {
      int i = start;
      walk.clear();
      while (state[i] == 0) {
        state[i] = 1;
        walk.add(i);
        Integer parent = orgs.get(i).parent().map(byId::get).orElse(null);
        if (parent == null) {
          break;
        }
        i = parent;
        if (state[i] == 1) {
          for (int w = walk.indexOf(i); w < walk.size(); w++) {
            onLoop[walk.get(w)] = true;
          }
          break;
        }
      }
      for (int w : walk) {
        state[w] = 2;
      }
    }
    return onLoop;
  }

  private static Object[] append(Object[] path, Object... more) {
    Object[] joined = java.util.Arrays.copyOf(path, path.length + more.length);
    System.arraycopy(more, 0, joined, path.length, more.length);
    return joined;
  }
}
