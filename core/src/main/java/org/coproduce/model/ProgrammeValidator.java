package org.coproduce.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import org.coproduce.model.internal.ProblemReports;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a whole programme: unique ids, references that resolve, no loop of parents, the
 * parts of each conference tied together, no repeated participation, no translation into the
 * programme's language. Problems carry paths from the programme, in the order of its members.
 */
final class ProgrammeValidator {
  /** At most this many problems are collected; a last one says that more were found. */
  static final int MAX_PROBLEMS = ProblemReports.MAX_PROBLEMS;

  private final List<Problem> problems = new ArrayList<>();
  private boolean truncated;
  private OriginalLanguage languages;
  // What the walk resolved, for the index: see Resolved.
  private IdTable organisations;
  private IdTable participants;
  private IdTable conferences;
  private IdTable visits;
  private int[] parents;
  private int[][] people;
  private int[][] represented;
  private int[][] sessions;
  private int[] affiliations = new int[16];
  private int affiliationCount;
  private int[] affiliationStart;
  private byte[] ownSectors;
  /** Tells a conference's participations apart; one for all conferences, emptied for each. */
  private @Nullable PairSet participationKeys;

  private ProgrammeValidator() {}

  /** Validates the whole programme: its problems, then what it resolved, are then known. */
  static ProgrammeValidator of(Programme programme) {
    ProgrammeValidator validator = new ProgrammeValidator();
    validator.check(programme);
    if (validator.truncated) {
      validator.problems.add(ProblemReports.truncated());
    }
    return validator;
  }

  /** The problems of the whole programme, in the order of its members; empty if it is valid. */
  List<Problem> problems() {
    return problems;
  }

  /** What the validation resolved; meaningful only where it found no problem. */
  Resolved resolved() {
    return new Resolved(organisations, participants, conferences, visits, parents, people,
        represented, sessions, Arrays.copyOf(affiliations, affiliationCount), affiliationStart,
        ownSectors);
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
    List<Participant> persons = programme.participants();
    List<Conference> confs = programme.conferences();
    // Each table but the organisations' is filled in the walk over its items, which reports the
    // repeated ids as it meets them: it is complete before anything refers to its items.
    organisations = IdTable.of(orgs, Organisation::id);
    participants = new IdTable(persons.size());
    conferences = new IdTable(confs.size());

    refs(programme.leads(), organisations, "organisation", "leads");
    refs(programme.funders(), organisations, "organisation", "funders");

    parents = organisations.getAll(orgs, o -> o.parent().orElse(null));
    boolean[] onLoop = parentLoops(parents);
    for (int i = 0; i < orgs.size(); i++) {
      Organisation org = orgs.get(i);
      if (organisations.first(i) != i) {
        repeated(organisations.first(i), org.id(), "organisation", "organisations", i, "id");
      }
      if (parents[i] < 0 && org.parent().isPresent()) {
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

    participants(persons);

    people = new int[confs.size()][];
    represented = new int[confs.size()][];
    sessions = new int[confs.size()][];
    for (int c = 0; c < confs.size(); c++) {
      int first = conferences.putIfAbsent(confs.get(c).id(), c);
      if (first >= 0) {
        repeated(first, confs.get(c).id(), "conference", "conferences", c, "id");
      }
      conference(confs.get(c), c);
    }

    List<Visit> visitList = programme.visits();
    visits = new IdTable(visitList.size());
    for (int v = 0; v < visitList.size(); v++) {
      Visit visit = visitList.get(v);
      int first = visits.putIfAbsent(visit.id(), v);
      if (first >= 0) {
        repeated(first, visit.id(), "visit", "visits", v, "id");
      }
      if (!conferences.contains(visit.conference())) {
        missing(visit.conference(), "conference", "visits", v, "conference");
      }
      languages.place(visit.origin(), "visits", v, "origin");
      refs(visit.participants(), participants, "participant", "visits", v, "participants");
      refs(visit.funders(), organisations, "organisation", "visits", v, "funders");
      languages.tags(visit.translations(), "visits", v);
    }

    List<Quote> quotes = programme.quotes();
    IdTable quoteIndexes = new IdTable(quotes.size());
    for (int q = 0; q < quotes.size(); q++) {
      Quote quote = quotes.get(q);
      int first = quoteIndexes.putIfAbsent(quote.id(), q);
      if (first >= 0) {
        repeated(first, quote.id(), "quote", "quotes", q, "id");
      }
      if (!participants.contains(quote.speaker())) {
        missing(quote.speaker(), "participant", "quotes", q, "speaker");
      }
      if (unresolved(quote.conference(), conferences)) {
        missing(quote.conference(), "conference", "quotes", q, "conference");
      }
      languages.tags(quote.language(), quote.translations(), "quotes", q);
    }

    List<Output> outputs = programme.outputs();
    IdTable outputIndexes = new IdTable(outputs.size());
    for (int o = 0; o < outputs.size(); o++) {
      Output output = outputs.get(o);
      int first = outputIndexes.putIfAbsent(output.id(), o);
      if (first >= 0) {
        repeated(first, output.id(), "output", "outputs", o, "id");
      }
      refs(output.authors(), participants, "participant", "outputs", o, "authors");
      refs(output.organisations(), organisations, "organisation", "outputs", o, "organisations");
      refs(output.conferences(), conferences, "conference", "outputs", o, "conferences");
      refs(output.visits(), visits, "visit", "outputs", o, "visits");
      languages.tags(output.language(), output.translations(), "outputs", o);
    }
  }

  /**
   * The participants: repeated ids, and affiliations that resolve nowhere. The affiliations of a
   * block of participants are resolved together first ({@link IdTable#getAll}), then reported in
   * order with the ids.
   */
  private void participants(List<Participant> persons) {
    int n = persons.size();
    affiliationStart = new int[n + 1];
    ownSectors = new byte[n];
    List<Affiliation> block = new ArrayList<>();
    for (int from = 0; from < n; from += PARTICIPANT_BLOCK) {
      int to = Math.min(n, from + PARTICIPANT_BLOCK);
      block.clear();
      for (int i = from; i < to; i++) {
        affiliationStart[i] = affiliationCount + block.size();
        List<Affiliation> list = persons.get(i).affiliations();
        for (int a = 0; a < list.size(); a++) {
          block.add(list.get(a));
        }
      }
      int[] resolved = organisations.getAll(block, Affiliation::organisation);
      if (affiliationCount + resolved.length > affiliations.length) {
        affiliations = Arrays.copyOf(affiliations,
            Math.max(affiliations.length * 2, affiliationCount + resolved.length));
      }
      System.arraycopy(resolved, 0, affiliations, affiliationCount, resolved.length);
      affiliationCount += resolved.length;
      affiliationStart[to] = affiliationCount;
      for (int i = from; i < to; i++) {
        Participant person = persons.get(i);
        int first = participants.putIfAbsent(person.id(), i);
        if (first >= 0) {
          repeated(first, person.id(), "participant", "participants", i, "id");
        }
        ownSectors[i] = Resolved.code(person.sector().orElse(null));
        for (int a = affiliationStart[i]; a < affiliationStart[i + 1]; a++) {
          if (affiliations[a] < 0) {
            int at = a - affiliationStart[i];
            missing(person.affiliations().get(at).organisation(), "organisation",
                "participants", i, "affiliations", at, "organisation");
          }
        }
      }
    }
  }

  private static final int PARTICIPANT_BLOCK = 256;

  private void conference(Conference conference, int c) {
    refs(conference.hosts(), organisations, "organisation", "conferences", c, "hosts");
    languages.place(conference.place(), "conferences", c, "place");
    List<Strand> strandList = conference.strands();
    IdTable strands = new IdTable(strandList.size());
    for (int s = 0; s < strandList.size(); s++) {
      int first = strands.putIfAbsent(strandList.get(s).id(), s);
      if (first >= 0) {
        repeated(first, strandList.get(s).id(), "strand", "conferences", c, "strands", s, "id");
      }
      languages.tags(strandList.get(s).translations(), c, "strands", s);
    }
    List<Session> sessionList = conference.sessions();
    IdTable sessionIds = new IdTable(sessionList.size());
    Optional<DateRange> dates = conference.dates();
    for (int s = 0; s < sessionList.size(); s++) {
      Session session = sessionList.get(s);
      int first = sessionIds.putIfAbsent(session.id(), s);
      if (first >= 0) {
        repeated(first, session.id(), "session", "conferences", c, "sessions", s, "id");
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
    ParticipationKeys keys = new ParticipationKeys(participants, sessionIds, sessionList.size(),
        participations, participationKeys);
    participationKeys = keys.seen();
    int[] representing = organisations.getAll(participations, x -> x.representing().orElse(null));
    int[] inSession = new int[participations.size()];
    for (int p = 0; p < participations.size(); p++) {
      Participation participation = participations.get(p);
      // The accessors' Optionals are asked for again where a problem is reported, not held:
      // held across the loop, each would be allocated for every participation.
      if (!keys.addFirst(p, participation)) {
        add("repeats the participation of " + Problem.quote(participation.participant()) + " as "
                + participation.role().name().toLowerCase(Locale.ROOT)
                + participation.session().map(id -> " in session " + Problem.quote(id))
                    .orElse(""),
            "conferences", c, "participations", p);
      }
      if (keys.participant() < 0) {
        missing(participation.participant(), "participant",
            "conferences", c, "participations", p, "participant");
      }
      inSession[p] = keys.session();
      if (keys.session() == ParticipationKeys.UNKNOWN) {
        add("no session with id " + Problem.quote(participation.session().orElseThrow())
                + " in this conference",
            "conferences", c, "participations", p, "session");
      }
      if (representing[p] < 0 && participation.representing().isPresent()) {
        missing(participation.representing(), "organisation",
            "conferences", c, "participations", p, "representing");
      }
    }
    people[c] = keys.people();
    represented[c] = representing;
    sessions[c] = inSession;
    languages.tags(conference.translations(), "conferences", c);
  }

  // The checks below run for every id and reference: they allocate nothing unless they report.

  private void repeated(int first, String id, String kind, Object... path) {
    add("repeats the " + kind + " id " + Problem.quote(id) + " of item " + first, path);
  }

  /** The references of the programme's list {@code member}. */
  private void refs(List<String> ids, IdTable known, String kind, String member) {
    for (int i = 0; i < ids.size(); i++) {
      if (!known.contains(ids.get(i))) {
        missing(ids.get(i), kind, member, i);
      }
    }
  }

  /**
   * The references of the list {@code member} of the item at {@code list/index}: its path is
   * passed in parts, so that a call makes no array of it unless it reports.
   */
  private void refs(List<String> ids, IdTable known, String kind, String list, int index,
      String member) {
    for (int i = 0; i < ids.size(); i++) {
      if (!known.contains(ids.get(i))) {
        missing(ids.get(i), kind, list, index, member, i);
      }
    }
  }

  private static boolean unresolved(Optional<String> id, IdTable known) {
    return id.isPresent() && !known.contains(id.get());
  }

  private void missing(Optional<String> id, String kind, Object... path) {
    missing(id.orElseThrow(), kind, path);
  }

  private void missing(String id, String kind, Object... path) {
    add("no " + kind + " with id " + Problem.quote(id), path);
  }

  /** Marks every organisation that lies on a loop of parents, from each one's parent's index. */
  private static boolean[] parentLoops(int[] parents) {
    byte[] state = new byte[parents.length]; // 0 unseen, 1 on the current walk, 2 done
    boolean[] onLoop = new boolean[parents.length];
    int[] walk = new int[parents.length];
    for (int start = 0; start < parents.length; start++) {
      int i = start;
      int length = 0;
      while (state[i] == 0) {
        state[i] = 1;
        walk[length++] = i;
        int parent = parents[i];
        if (parent < 0) {
          break;
        }
        i = parent;
        if (state[i] == 1) {
          int w = length - 1;
          while (walk[w] != i) {
            w--;
          }
          for (; w < length; w++) {
            onLoop[walk[w]] = true;
          }
          break;
        }
      }
      for (int w = 0; w < length; w++) {
        state[walk[w]] = 2;
      }
    }
    return onLoop;
  }
}
