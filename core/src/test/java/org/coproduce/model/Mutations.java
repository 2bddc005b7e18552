package org.coproduce.model;

import static org.coproduce.model.Problems.at;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Ways to break one rule of a valid programme at a random place, each knowing the problems that
 * the break must cause. A mutation changes a {@link Draft} and adds the expected problems, or
 * returns false (changing nothing) where the programme has no place for it.
 *
 * <p>Mutations only replace members of the original items or append new items, never insert or
 * remove, so that the paths one mutation expects stay true whatever other mutations do.
 */
final class Mutations {
  private Mutations() {}

  /** One way to break a rule. */
  interface Mutation {
    boolean apply(Draft draft, SplittableRandom random, List<Problem> expected);
  }

  /** A named mutation, named for failure messages. */
  record Named(String name, Mutation mutation) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final String MISSING = "missing-ref";
  private static final String QUOTED_MISSING = "\"missing-ref\"";
  private static final String LOOP = " leads back to this organisation: parents must not loop";

  static final List<Named> ALL = List.of(
      new Named("programme id malformed", (d, r, e) -> {
        d.id = "Not An Id";
        e.add(at("\"Not An Id\" is not an id: lowercase ASCII letters and digits in words joined"
            + " by single hyphens", "id"));
        return true;
      }),
      new Named("programme name blank", (d, r, e) -> {
        d.name = " \t\r\n";
        e.add(at("must not be blank", "name"));
        return true;
      }),
      new Named("theme repeated", (d, r, e) -> {
        if (d.original.themes().isEmpty()) {
          return false;
        }
        String theme = pick(d.original.themes(), r);
        e.add(at("repeats " + Problem.quote(theme), "themes", d.themes.size()));
        d.themes.add(theme);
        return true;
      }),
      new Named("hashtag repeated ignoring case", (d, r, e) -> {
        if (d.original.hashtags().isEmpty()) {
          return false;
        }
        String tag = swapCase(pick(d.original.hashtags(), r));
        e.add(at("repeats " + Problem.quote(tag) + " (hashtags are compared ignoring case)",
            "hashtags", d.hashtags.size()));
        d.hashtags.add(tag);
        return true;
      }),
      new Named("hashtag malformed", (d, r, e) -> {
        String tag = pick(List.of("#CoProduceGM", "co-produce", "", "caf\u00e9", "x".repeat(101)), r);
        e.add(at(Problem.quote(tag)
                + " is not a hashtag: 1 to 100 ASCII letters, digits or _, without #",
            "hashtags", d.hashtags.size()));
        d.hashtags.add(tag);
        return true;
      }),
      new Named("goal out of range", (d, r, e) -> {
        int goal = pick(List.of(0, 18, -3, 100), r);
        e.add(at(goal + " is not a Sustainable Development Goal: goals are 1 to 17",
            "sdgs", d.sdgs.size()));
        d.sdgs.add(goal);
        return true;
      }),
      new Named("goal repeated", (d, r, e) -> {
        if (d.original.sdgs().isEmpty()) {
          return false;
        }
        int goal = pick(d.original.sdgs(), r);
        e.add(at("repeats goal " + goal, "sdgs", d.sdgs.size()));
        d.sdgs.add(goal);
        return true;
      }),
      new Named("lead unknown", (d, r, e) -> {
        e.add(at("no organisation with id " + QUOTED_MISSING, "leads", d.leads.size()));
        d.leads.add(MISSING);
        return true;
      }),
      new Named("funder unknown", (d, r, e) -> {
        e.add(at("no organisation with id " + QUOTED_MISSING, "funders", d.funders.size()));
        d.funders.add(MISSING);
        return true;
      }),
      new Named("organisation id repeated", (d, r, e) ->
          repeatId(d.original.organisations(), d.organisations, Organisation::id, "organisation",
              "organisations", r, e)),
      new Named("participant id repeated", (d, r, e) ->
          repeatId(d.original.participants(), d.participants, Participant::id, "participant",
              "participants", r, e)),
      new Named("conference id repeated", (d, r, e) ->
          repeatId(d.original.conferences(), d.conferences, Conference::id, "conference",
              "conferences", r, e)),
      new Named("visit id repeated", (d, r, e) ->
          repeatId(d.original.visits(), d.visits, Visit::id, "visit", "visits", r, e)),
      new Named("quote id repeated", (d, r, e) ->
          repeatId(d.original.quotes(), d.quotes, Quote::id, "quote", "quotes", r, e)),
      new Named("parent unknown", (d, r, e) -> {
        int k = r.nextInt(d.original.organisations().size());
        if (!d.touched.add("organisations/" + k)) {
          return false;
        }
        d.organisations.set(k, d.organisations.get(k).withParent(MISSING));
        e.add(at("no organisation with id " + QUOTED_MISSING, "organisations", k, "parent"));
        return true;
      }),
      new Named("parent loop", Mutations::parentLoop),
      new Named("affiliation unknown", (d, r, e) -> {
        if (d.original.participants().isEmpty()) {
          return false;
        }
        int k = r.nextInt(d.original.participants().size());
        Participant person = d.participants.get(k);
        List<Affiliation> affiliations = new ArrayList<>(person.affiliations());
        e.add(at("no organisation with id " + QUOTED_MISSING,
            "participants", k, "affiliations", affiliations.size(), "organisation"));
        affiliations.add(Affiliation.builder().organisation(MISSING).title("t").build());
        d.participants.set(k, person.withAffiliations(affiliations));
        return true;
      }),
      new Named("host unknown", (d, r, e) -> {
        if (d.original.conferences().isEmpty()) {
          return false;
        }
        int c = r.nextInt(d.original.conferences().size());
        Conference conference = d.conferences.get(c);
        e.add(at("no organisation with id " + QUOTED_MISSING,
            "conferences", c, "hosts", conference.hosts().size()));
        d.conferences.set(c, conference.withHosts(append(conference.hosts(), MISSING)));
        return true;
      }),
      new Named("session strand unknown", (d, r, e) -> {
        int[] place = pickSession(d, r, false);
        if (place == null) {
          return false;
        }
        int c = place[0];
        int s = place[1];
        Conference conference = d.conferences.get(c);
        List<Session> sessions = new ArrayList<>(conference.sessions());
        sessions.set(s, sessions.get(s).withStrand(MISSING));
        d.conferences.set(c, conference.withSessions(sessions));
        e.add(at("no strand with id " + QUOTED_MISSING + " in this conference",
            "conferences", c, "sessions", s, "strand"));
        return true;
      }),
      new Named("session date outside its conference", (d, r, e) -> {
        int[] place = pickSession(d, r, true);
        if (place == null) {
          return false;
        }
        int c = place[0];
        int s = place[1];
        Conference conference = d.conferences.get(c);
        DateRange dates = conference.dates().orElseThrow();
        LocalDate outside = dates.lastDay().equals(LocalDate.of(9999, 12, 31))
            ? dates.firstDay().minusDays(1)
            : dates.lastDay().plusDays(1);
        if (outside.getYear() < 1) {
          return false;
        }
        // Any precision of a day outside the range may still share a day with it: use the day.
        PartialDate date = PartialDate.of(outside);
        List<Session> sessions = new ArrayList<>(conference.sessions());
        sessions.set(s, sessions.get(s).withDate(date));
        d.conferences.set(c, conference.withSessions(sessions));
        e.add(at(date + " shares no day with the conference's dates " + dates,
            "conferences", c, "sessions", s, "date"));
        return true;
      }),
      new Named("strand id repeated", (d, r, e) -> {
        List<Integer> withStrands = indexes(d.original.conferences(), c -> !c.strands().isEmpty());
        if (withStrands.isEmpty()) {
          return false;
        }
        int c = pick(withStrands, r);
        Conference conference = d.conferences.get(c);
        int j = r.nextInt(d.original.conferences().get(c).strands().size());
        Strand copy = d.original.conferences().get(c).strands().get(j);
        e.add(at("repeats the strand id " + Problem.quote(copy.id()) + " of item " + j,
            "conferences", c, "strands", conference.strands().size(), "id"));
        d.conferences.set(c, conference.withStrands(append(conference.strands(), copy)));
        return true;
      }),
      new Named("session id repeated", (d, r, e) -> {
        List<Integer> withSessions =
            indexes(d.original.conferences(), c -> !c.sessions().isEmpty());
        if (withSessions.isEmpty()) {
          return false;
        }
        int c = pick(withSessions, r);
        Conference conference = d.conferences.get(c);
        int j = r.nextInt(d.original.conferences().get(c).sessions().size());
        Session copy = d.original.conferences().get(c).sessions().get(j);
        e.add(at("repeats the session id " + Problem.quote(copy.id()) + " of item " + j,
            "conferences", c, "sessions", conference.sessions().size(), "id"));
        d.conferences.set(c, conference.withSessions(append(conference.sessions(), copy)));
        return true;
      }),
      new Named("participation of an unknown participant", (d, r, e) -> {
        if (d.original.conferences().isEmpty()) {
          return false;
        }
        int c = r.nextInt(d.original.conferences().size());
        Conference conference = d.conferences.get(c);
        e.add(at("no participant with id " + QUOTED_MISSING,
            "conferences", c, "participations", conference.participations().size(),
            "participant"));
        Participation added = Participation.builder().participant(MISSING)
            .role(pick(List.of(Role.values()), r)).build();
        d.conferences.set(c,
            conference.withParticipations(append(conference.participations(), added)));
        return true;
      }),
      new Named("participation in an unknown session", (d, r, e) -> {
        if (d.original.conferences().isEmpty() || d.original.participants().isEmpty()) {
          return false;
        }
        int c = r.nextInt(d.original.conferences().size());
        Conference conference = d.conferences.get(c);
        e.add(at("no session with id " + QUOTED_MISSING + " in this conference",
            "conferences", c, "participations", conference.participations().size(), "session"));
        Participation added = Participation.builder()
            .participant(pick(d.original.participants(), r).id())
            .role(pick(List.of(Role.values()), r)).session(MISSING).build();
        d.conferences.set(c,
            conference.withParticipations(append(conference.participations(), added)));
        return true;
      }),
      new Named("participation representing an unknown organisation", (d, r, e) -> {
        int[] place = pickParticipation(d, r);
        if (place == null) {
          return false;
        }
        int c = place[0];
        int p = place[1];
        if (!d.touched.add("conferences/" + c + "/participations/" + p)) {
          return false;
        }
        Conference conference = d.conferences.get(c);
        List<Participation> list = new ArrayList<>(conference.participations());
        list.set(p, list.get(p).withRepresenting(MISSING));
        d.conferences.set(c, conference.withParticipations(list));
        e.add(at("no organisation with id " + QUOTED_MISSING,
            "conferences", c, "participations", p, "representing"));
        return true;
      }),
      new Named("participation repeated", (d, r, e) -> {
        int[] place = pickParticipation(d, r);
        if (place == null) {
          return false;
        }
        int c = place[0];
        Participation original = d.original.conferences().get(c).participations().get(place[1]);
        // The organisation represented does not count: a different one is still a repeat.
        Participation copy = original.withRepresenting(Optional.empty());
        Conference conference = d.conferences.get(c);
        e.add(at("repeats the participation of " + Problem.quote(copy.participant()) + " as "
                + copy.role().name().toLowerCase(Locale.ROOT)
                + copy.session().map(s -> " in session " + Problem.quote(s)).orElse(""),
            "conferences", c, "participations", conference.participations().size()));
        d.conferences.set(c,
            conference.withParticipations(append(conference.participations(), copy)));
        return true;
      }),
      new Named("visit to an unknown conference", (d, r, e) -> {
        if (d.original.visits().isEmpty()) {
          return false;
        }
        int v = r.nextInt(d.original.visits().size());
        d.visits.set(v, d.visits.get(v).withConference(MISSING));
        e.add(at("no conference with id " + QUOTED_MISSING, "visits", v, "conference"));
        return true;
      }),
      new Named("visit of an unknown traveller", (d, r, e) -> {
        if (d.original.visits().isEmpty()) {
          return false;
        }
        int v = r.nextInt(d.original.visits().size());
        Visit visit = d.visits.get(v);
        e.add(at("no participant with id " + QUOTED_MISSING,
            "visits", v, "participants", visit.participants().size()));
        d.visits.set(v, visit.withParticipants(append(visit.participants(), MISSING)));
        return true;
      }),
      new Named("visit funded by an unknown organisation", (d, r, e) -> {
        if (d.original.visits().isEmpty()) {
          return false;
        }
        int v = r.nextInt(d.original.visits().size());
        Visit visit = d.visits.get(v);
        e.add(at("no organisation with id " + QUOTED_MISSING,
            "visits", v, "funders", visit.funders().size()));
        d.visits.set(v, visit.withFunders(append(visit.funders(), MISSING)));
        return true;
      }),
      new Named("quote by an unknown speaker", (d, r, e) -> {
        if (d.original.quotes().isEmpty()) {
          return false;
        }
        int q = r.nextInt(d.original.quotes().size());
        d.quotes.set(q, d.quotes.get(q).withSpeaker(MISSING));
        e.add(at("no participant with id " + QUOTED_MISSING, "quotes", q, "speaker"));
        return true;
      }),
      new Named("quote about an unknown conference", (d, r, e) -> {
        if (d.original.quotes().isEmpty()) {
          return false;
        }
        int q = r.nextInt(d.original.quotes().size());
        d.quotes.set(q, d.quotes.get(q).withConference(MISSING));
        e.add(at("no conference with id " + QUOTED_MISSING, "quotes", q, "conference"));
        return true;
      }));

  /** Closes the parent chain of a random organisation into a loop: every one on it is reported. */
  private static boolean parentLoop(Draft d, SplittableRandom r, List<Problem> e) {
    List<Organisation> originals = d.original.organisations();
    Map<String, Integer> byId = new HashMap<>();
    for (int i = 0; i < originals.size(); i++) {
      byId.putIfAbsent(originals.get(i).id(), i);
    }
    int start = r.nextInt(originals.size());
    List<Integer> chain = new ArrayList<>();
    Integer at = start;
    while (at != null) {
      if (d.touched.contains("organisations/" + at)) {
        return false;
      }
      chain.add(at);
      at = d.organisations.get(at).parent().map(byId::get).orElse(null);
    }
    for (int i : chain) {
      d.touched.add("organisations/" + i);
    }
    int root = chain.get(chain.size() - 1);
    d.organisations.set(root, d.organisations.get(root).withParent(originals.get(start).id()));
    chain.sort(null);
    for (int i : chain) {
      e.add(at("the parent " + Problem.quote(d.organisations.get(i).parent().orElseThrow()) + LOOP,
          "organisations", i, "parent"));
    }
    return true;
  }

  private static <T> boolean repeatId(List<T> originals, List<T> draft,
      java.util.function.Function<T, String> id, String kind, String member, SplittableRandom r,
      List<Problem> e) {
    if (originals.isEmpty()) {
      return false;
    }
    int i = r.nextInt(originals.size());
    T copy = originals.get(i);
    e.add(at("repeats the " + kind + " id " + Problem.quote(id.apply(copy)) + " of item " + i,
        member, draft.size(), "id"));
    draft.add(copy);
    return true;
  }

  /** A random session of an original conference (one with dates if asked), or null. */
  private static int[] pickSession(Draft d, SplittableRandom r, boolean dated) {
    List<Integer> candidates = indexes(d.original.conferences(),
        c -> !c.sessions().isEmpty() && (!dated || c.dates().isPresent()));
    if (candidates.isEmpty()) {
      return null;
    }
    int c = pick(candidates, r);
    return new int[] {c, r.nextInt(d.original.conferences().get(c).sessions().size())};
  }

  private static int[] pickParticipation(Draft d, SplittableRandom r) {
    List<Integer> candidates =
        indexes(d.original.conferences(), c -> !c.participations().isEmpty());
    if (candidates.isEmpty()) {
      return null;
    }
    int c = pick(candidates, r);
    return new int[] {c, r.nextInt(d.original.conferences().get(c).participations().size())};
  }

  private static <T> List<Integer> indexes(List<T> items, java.util.function.Predicate<T> test) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (test.test(items.get(i))) {
        out.add(i);
      }
    }
    return out;
  }

  private static <T> List<T> append(List<T> list, T item) {
    List<T> out = new ArrayList<>(list);
    out.add(item);
    return out;
  }

  static <T> T pick(List<T> list, SplittableRandom r) {
    return list.get(r.nextInt(list.size()));
  }

  private static String swapCase(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      out.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
    }
    return out.toString();
  }
}
