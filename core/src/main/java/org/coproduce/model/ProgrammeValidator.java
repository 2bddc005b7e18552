package org.coproduce.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;

/**
 * The rules of a whole programme: unique ids, references that resolve, no loop of parents, the
 * parts of each conference tied together, no repeated participation, no translation into the
 * programme's language. Problems carry paths from the programme, in the order of its members.
 */
final class ProgrammeValidator {
  /** At most this many problems are collected; a last one says that more were found. */
  static final int MAX_PROBLEMS = 10_000;

  private final List<Problem> problems = new ArrayList<>();
  private boolean truncated;
  private OriginalLanguage languages;

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
    languages = OriginalLanguage.of(programme.language(), this::add);
    List<Organisation> orgs = programme.organisations();
    List<Participant> people = programme.participants();
    List<Conference> confs = programme.conferences();
    IdTable organisations = IdTable.of(orgs, Organisation::id);
    IdTable participants = IdTable.of(people, Participant::id);
    IdTable conferences = IdTable.of(confs, Conference::id);

    refs(programme.leads(), organisations, "organisation", "leads");
    refs(programme.funders(), organisations, "organisation", "funders");

    boolean[] onLoop = parentLoops(orgs, organisations);
    for (int i = 0; i < orgs.size(); i++) {
      Organisation org = orgs.get(i);
      if (organisations.first(i) != i) {
        repeated(organisations.first(i), org.id(), "organisation", "organisations", i, "id");
      }
      if (unresolved(org.parent(), organisations)) {
        missing(org.parent(), "organisation", "organisations", i, "parent");
      }
      if (onLoop[i]) {
        add("the parent " + Problem.quote(org.parent().orElseThrow())
                + " leads back to this organisation: parents must not loop",
            "organisations", i, "parent");
      }
      languages.place(org.place(), "organisations", i, "place");
      languages.tags(org.translations(), "organisations", i);
    }

    for (int i = 0; i < people.size(); i++) {
      Participant person = people.get(i);
      if (participants.first(i) != i) {
        repeated(participants.first(i), person.id(), "participant", "participants", i, "id");
      }
      List<Affiliation> affiliations = person.affiliations();
      for (int a = 0; a < affiliations.size(); a++) {
        if (unresolved(affiliations.get(a).organisation(), organisations)) {
          missing(affiliations.get(a).organisation(), "organisation",
              "participants", i, "affiliations", a, "organisation");
        }
      }
    }

    for (int c = 0; c < confs.size(); c++) {
      if (conferences.first(c) != c) {
        repeated(conferences.first(c), confs.get(c).id(), "conference", "conferences", c, "id");
      }
      conference(confs.get(c), c, organisations, participants);
    }

    List<Visit> visits = programme.visits();
    IdTable visitIndexes = IdTable.of(visits, Visit::id);
    for (int v = 0; v < visits.size(); v++) {
      Visit visit = visits.get(v);
      if (visitIndexes.first(v) != v) {
        repeated(visitIndexes.first(v), visit.id(), "visit", "visits", v, "id");
      }
      if (unresolved(visit.conference(), conferences)) {
        missing(visit.conference(), "conference", "visits", v, "conference");
      }
      languages.place(visit.origin(), "visits", v, "origin");
      refs(visit.participants(), participants, "participant", "visits", v, "participants");
      refs(visit.funders(), organisations, "organisation", "visits", v, "funders");
      languages.tags(visit.translations(), "visits", v);
    }

    List<Quote> quotes = programme.quotes();
    IdTable quoteIndexes = IdTable.of(quotes, Quote::id);
    for (int q = 0; q < quotes.size(); q++) {
      Quote quote = quotes.get(q);
      if (quoteIndexes.first(q) != q) {
        repeated(quoteIndexes.first(q), quote.id(), "quote", "quotes", q, "id");
      }
      if (unresolved(quote.speaker(), participants)) {
        missing(quote.speaker(), "participant", "quotes", q, "speaker");
      }
      if (unresolved(quote.conference(), conferences)) {
        missing(quote.conference(), "conference", "quotes", q, "conference");
      }
      languages.tags(quote.language(), quote.translations(), "quotes", q);
    }

    List<Output> outputs = programme.outputs();
    IdTable outputIndexes = IdTable.of(outputs, Output::id);
    for (int o = 0; o < outputs.size(); o++) {
      Output output = outputs.get(o);
      if (outputIndexes.first(o) != o) {
        repeated(outputIndexes.first(o), output.id(), "output", "outputs", o, "id");
      }
      refs(output.authors(), participants, "participant", "outputs", o, "authors");
      refs(output.organisations(), organisations, "organisation", "outputs", o, "organisations");
      refs(output.conferences(), conferences, "conference", "outputs", o, "conferences");
      refs(output.visits(), visitIndexes, "visit", "outputs", o, "visits");
      languages.tags(output.language(), output.translations(), "outputs", o);
    }
  }

  private void conference(
      Conference conference, int c, IdTable organisations, IdTable participants) {
    refs(conference.hosts(), organisations, "organisation", "conferences", c, "hosts");
    languages.place(conference.place(), "conferences", c, "place");
    List<Strand> strandList = conference.strands();
    IdTable strands = IdTable.of(strandList, Strand::id);
    for (int s = 0; s < strandList.size(); s++) {
      if (strands.first(s) != s) {
        repeated(strands.first(s), strandList.get(s).id(), "strand",
            "conferences", c, "strands", s, "id");
      }
      languages.tags(strandList.get(s).translations(), c, "strands", s);
    }
    List<Session> sessionList = conference.sessions();
    IdTable sessions = IdTable.of(sessionList, Session::id);
    Optional<DateRange> dates = conference.dates();
    for (int s = 0; s < sessionList.size(); s++) {
      Session session = sessionList.get(s);
      if (sessions.first(s) != s) {
        repeated(sessions.first(s), session.id(), "session",
            "conferences", c, "sessions", s, "id");
      }
      Optional<String> strand = session.strand();
      if (strand.isPresent() && !strands.contains(strand.get())) {
        add("no strand with id " + Problem.quote(strand.get()) + " in this conference",
            "conferences", c, "sessions", s, "strand");
      }
      if (dates.isPresent() && session.date().isPresent()
          && !dates.get().sharesDayWith(session.date().get())) {
        add(session.date().get() + " shares no day with the conference's dates " + dates.get(),
            "conferences", c, "sessions", s, "date");
      }
      languages.tags(session.translations(), c, "sessions", s);
    }
    List<Participation> participations = conference.participations();
    ParticipationKeys keys =
        new ParticipationKeys(participants, sessions, sessionList.size(), participations);
    int[] represented = organisations.getAll(participations, x -> x.representing().orElse(null));
    for (int p = 0; p < participations.size(); p++) {
      Participation participation = participations.get(p);
      Optional<String> session = participation.session();
      if (!keys.addFirst(p, participation)) {
        add("repeats the participation of " + Problem.quote(participation.participant()) + " as "
                + participation.role().name().toLowerCase(Locale.ROOT)
                + session.map(id -> " in session " + Problem.quote(id)).orElse(""),
            "conferences", c, "participations", p);
      }
      if (keys.participant() < 0) {
        missing(participation.participant(), "participant",
            "conferences", c, "participations", p, "participant");
      }
      if (keys.session() == ParticipationKeys.UNKNOWN) {
        add("no session with id " + Problem.quote(session.get()) + " in this conference",
            "conferences", c, "participations", p, "session");
      }
      if (participation.representing().isPresent() && represented[p] < 0) {
        missing(participation.representing(), "organisation",
            "conferences", c, "participations", p, "representing");
      }
    }
    languages.tags(conference.translations(), "conferences", c);
  }

  // The checks below run for every id and reference: they allocate nothing unless they report.

  private void repeated(int first, String id, String kind, Object... path) {
    add("repeats the " + kind + " id " + Problem.quote(id) + " of item " + first, path);
  }

  private void refs(List<String> ids, IdTable known, String kind, Object... listPath) {
    for (int i = 0; i < ids.size(); i++) {
      if (!known.contains(ids.get(i))) {
        missing(ids.get(i), kind, append(listPath, i));
      }
    }
  }

  private static boolean unresolved(Optional<String> id, IdTable known) {
    return id.isPresent() && !known.contains(id.get());
  }

  private static boolean unresolved(String id, IdTable known) {
    return !known.contains(id);
  }

  private void missing(Optional<String> id, String kind, Object... path) {
    missing(id.orElseThrow(), kind, path);
  }

  private void missing(String id, String kind, Object... path) {
    add("no " + kind + " with id " + Problem.quote(id), path);
  }

  /** Marks every organisation that lies on a loop of parents. */
  private static boolean[] parentLoops(List<Organisation> orgs, IdTable byId) {
    byte[] state = new byte[orgs.size()]; // 0 unseen, 1 on the current walk, 2 done
    boolean[] onLoop = new boolean[orgs.size()];
    List<Integer> walk = new ArrayList<>();
    for (int start = 0; start < orgs.size(); start++) {
      int i = start;
      walk.clear();
      while (state[i] == 0) {
        state[i] = 1;
        walk.add(i);
        Optional<String> parentId = orgs.get(i).parent();
        int parent = parentId.isPresent() ? byId.get(parentId.get()) : -1;
        if (parent < 0) {
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
