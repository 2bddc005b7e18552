package org.coproduce.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.coproduce.model.Conference;
import org.coproduce.model.Organisation;
import org.coproduce.model.Participant;
import org.coproduce.model.Programme;
import org.coproduce.model.Role;
import org.coproduce.model.Session;
import org.coproduce.model.Strand;

/**
 * The arguments the questions are asked with: {@value #SIZE} of each kind, spread evenly over the
 * programme, so that a benchmark measures the cost per call over many answers rather than one
 * answer in cache.
 */
final class QuestionSample {
  static final int SIZE = 1024;
  static final int MASK = SIZE - 1;

  final String[] participants = new String[SIZE];
  final String[] conferences = new String[SIZE];
  /** Pairs of conferences next to each other in the programme. */
  final List<List<String>> conferencePairs = new ArrayList<>(SIZE);
  final String[] sessionConferences = new String[SIZE];
  final String[] sessions = new String[SIZE];
  final String[] strandConferences = new String[SIZE];
  final String[] strands = new String[SIZE];
  final String[] organisations = new String[SIZE];

  QuestionSample(Programme programme) {
    List<Participant> people = programme.participants();
    List<Conference> events = programme.conferences();
    List<Organisation> bodies = programme.organisations();
    List<String[]> sessionIds = new ArrayList<>();
    List<String[]> strandIds = new ArrayList<>();
    for (Conference conference : events) {
      for (Session session : conference.sessions()) {
        sessionIds.add(new String[] {conference.id(), session.id()});
      }
      for (Strand strand : conference.strands()) {
        strandIds.add(new String[] {conference.id(), strand.id()});
      }
    }
    for (int i = 0; i < SIZE; i++) {
      participants[i] = people.get(spread(i, people.size())).id();
      int c = spread(i, events.size());
      conferences[i] = events.get(c).id();
      conferencePairs.add(List.of(events.get(c).id(), events.get((c + 1) % events.size()).id()));
      String[] session = sessionIds.get(spread(i, sessionIds.size()));
      sessionConferences[i] = session[0];
      sessions[i] = session[1];
      String[] strand = strandIds.get(spread(i, strandIds.size()));
      strandConferences[i] = strand[0];
      strands[i] = strand[1];
      organisations[i] = bodies.get(spread(i, bodies.size())).id();
    }
  }

  private static int spread(int i, int size) {
    if (size == 0) {
      throw new IllegalStateException("the workload lacks something the questions need");
    }
    return (int) ((long) i * size / SIZE);
  }

  /** Each question as the benchmark asks it, with the size of its answer, for the report. */
  enum Question {
    participantById((p, s, i) -> p.participant(s.participants[i]).isPresent() ? 1 : 0),
    rolesOf((p, s, i) -> entries(p.rolesOf(s.participants[i]), Set::size)),
    conferencesOf((p, s, i) -> p.conferencesOf(s.participants[i]).size()),
    participantsInAll((p, s, i) -> p.participantsInAll(s.conferencePairs.get(i)).size()),
    sectorMixOfConference((p, s, i) -> p.sectorMix(s.conferences[i]).size()),
    sectorMixOfSession((p, s, i) ->
        p.sectorMix(s.sessionConferences[i], s.sessions[i]).size()),
    quotesBy((p, s, i) -> p.quotesBy(s.participants[i]).size()),
    quotesAbout((p, s, i) -> p.quotesAbout(s.conferences[i]).size()),
    visitsTo((p, s, i) -> p.visitsTo(s.conferences[i]).size()),
    travellersTo((p, s, i) -> p.travellersTo(s.conferences[i]).size()),
    sessionsOf((p, s, i) -> p.sessionsOf(s.strandConferences[i], s.strands[i]).size()),
    facilitatorsOf((p, s, i) ->
        p.participantsOf(s.sessionConferences[i], s.sessions[i], Role.FACILITATOR).size()),
    subOrganisations((p, s, i) -> p.subOrganisations(s.organisations[i]).size()),
    affiliatesOf((p, s, i) -> p.affiliatesOf(s.organisations[i]).size()),
    conferencesByDate((p, s, i) -> p.conferencesByDate().size());

    private final Answer answer;

    Question(Answer answer) {
      this.answer = answer;
    }

    /** The mean size of the answers over the sample. */
    double meanAnswer(Programme programme, QuestionSample sample) {
      long total = 0;
      for (int i = 0; i < SIZE; i++) {
        total += answer.size(programme, sample, i);
      }
      return (double) total / SIZE;
    }
  }

  /** Answers one question and gives the size of the answer. */
  interface Answer {
    int size(Programme programme, QuestionSample sample, int i);
  }

  /** The sum of the sizes of a map's values. */
  static <K, V> int entries(Map<K, V> map, ToIntFunction<V> size) {
    int sum = 0;
    for (V value : map.values()) {
      sum += size.applyAsInt(value);
    }
    return sum;
  }
}
