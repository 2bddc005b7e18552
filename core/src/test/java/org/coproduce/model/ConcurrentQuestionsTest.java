package org.coproduce.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.coproduce.model.testing.ProgrammeGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One programme asked every question by 8 threads at once gives every one of them the answers it
 * gives one thread alone, including while its lazy index is first built, under contention, on a
 * fresh instance.
 */
class ConcurrentQuestionsTest {
  private static final int THREADS = 8;
  private static final long SEED = 20_181_120L;

  private static ExecutorService pool;

  @BeforeAll
  static void startThreads() {
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterAll
  static void stopThreads() {
    pool.shutdownNow();
  }

  /** A question and what it is called in messages. */
  record Question(String name, Function<Programme, Object> ask) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Every question the programme answers, for every id it holds, and for some it lacks. */
  static List<Question> questions(Programme p) {
    List<Question> questions = new ArrayList<>();
    List<String> people = new ArrayList<>();
    p.participants().forEach(person -> people.add(person.id()));
    people.add("nobody");
    for (String id : people) {
      add(questions, "participant", q -> q.participant(id), id);
      add(questions, "conferencesOf", q -> q.conferencesOf(id), id);
      add(questions, "rolesOf", q -> q.rolesOf(id), id);
      add(questions, "sectorOf", q -> q.sectorOf(id), id);
      add(questions, "quotesBy", q -> q.quotesBy(id), id);
    }
    List<String> organisations = new ArrayList<>();
    p.organisations().forEach(o -> organisations.add(o.id()));
    organisations.add("nowhere");
    for (String id : organisations) {
      add(questions, "organisation", q -> q.organisation(id), id);
      add(questions, "subOrganisations", q -> q.subOrganisations(id), id);
      add(questions, "affiliatesOf", q -> q.affiliatesOf(id), id);
    }
    List<String> conferences = new ArrayList<>();
    p.conferences().forEach(c -> conferences.add(c.id()));
    for (Conference c : p.conferences()) {
      String id = c.id();
      add(questions, "conference", q -> q.conference(id), id);
      add(questions, "sectorMix", q -> q.sectorMix(id), id);
      add(questions, "quotesAbout", q -> q.quotesAbout(id), id);
      add(questions, "visitsTo", q -> q.visitsTo(id), id);
      add(questions, "travellersTo", q -> q.travellersTo(id), id);
      add(questions, "participantsInAll", q -> q.participantsInAll(id), id);
      for (String other : conferences) {
        add(questions, "participantsInAll", q -> q.participantsInAll(id, other), id, other);
      }
      for (Strand strand : c.strands()) {
        add(questions, "sessionsOf", q -> q.sessionsOf(id, strand.id()), id, strand.id());
      }
      for (Session session : c.sessions()) {
        String s = session.id();
        add(questions, "sectorMix", q -> q.sectorMix(id, s), id, s);
        add(questions, "facilitatorsOf", q -> q.facilitatorsOf(id, s), id, s);
        for (Role role : Role.values()) {
          add(questions, "participantsOf", q -> q.participantsOf(id, s, role), id, s, role);
        }
      }
    }
    add(questions, "conference", q -> q.conference("none"), "none");
    add(questions, "sectorMix", q -> q.sectorMix("none"), "none");
    add(questions, "participantsInAll", q -> q.participantsInAll(List.of()));
    add(questions, "conferencesByDate", Programme::conferencesByDate);
    return questions;
  }

  private static void add(List<Question> questions, String method, Function<Programme, Object> ask,
      Object... arguments) {
    StringBuilder name = new StringBuilder(method).append('(');
    for (int i = 0; i < arguments.length; i++) {
      name.append(i == 0 ? "" : ", ").append(arguments[i]);
    }
    questions.add(new Question(name.append(')').toString(), ask));
  }

  private static List<Object> answer(Programme p, List<Question> questions) {
    List<Object> answers = new ArrayList<>(questions.size());
    for (Question question : questions) {
      answers.add(question.ask().apply(p));
    }
    return answers;
  }

  /** The answers in a shuffled order, so that threads ask different questions first. */
  private static List<Object> answerShuffled(Programme p,
      List<Question> questions, long seed) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new java.util.Random(seed));
    Object[] answers = new Object[questions.size()];
    for (int i : order) {
      answers[i] = questions.get(i).ask().apply(p);
    }
    return List.of(answers);
  }

  @Test
  void eightThreadsAskingEveryQuestionOfAFreshProgrammeGetTheAnswersOfOne() throws Exception {
    Programme reference = new ProgrammeGenerator(SEED).programme(1_500);
    List<Question> questions = questions(reference);
    List<Object> expected = answer(reference, questions);
    assertThat(expected).as("seed %d", SEED).anySatisfy(a -> assertThat(a).isNotEqualTo(List.of()));
    int rounds = 6;
    int passes = 3;
    for (int round = 0; round < rounds; round++) {
      // A fresh instance, equal to the reference, whose index no thread has built yet.
      Programme fresh = Programme.builder().from(reference).build();
      assertThat(fresh).isNotSameAs(reference).isEqualTo(reference);
      CyclicBarrier start = new CyclicBarrier(THREADS);
      List<Future<Integer>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long seed = SEED + round * THREADS + t;
        workers.add(pool.submit(() -> {
          start.await();
          int checked = 0;
          for (int pass = 0; pass < passes; pass++) {
            List<Object> answers = answerShuffled(fresh, questions, seed * 31 + pass);
            for (int i = 0; i < answers.size(); i++) {
              if (!answers.get(i).equals(expected.get(i))) {
                throw new AssertionError("seed " + SEED + ", thread " + (seed - SEED) + ": "
                    + questions.get(i) + " gave " + answers.get(i) + " instead of "
                    + expected.get(i));
              }
              checked++;
            }
          }
          return checked;
        }));
      }
      int checked = 0;
      for (Future<Integer> worker : workers) {
        // A deadlock fails the test (TimeoutException) rather than hanging the build.
        checked += worker.get(3, TimeUnit.MINUTES);
      }
      assertThat(checked).isEqualTo(THREADS * passes * questions.size());
    }
    System.out.printf(Locale.ROOT, "ConcurrentQuestionsTest: %,d questions asked by %d threads on %d fresh"
        + " programmes, every answer as expected%n", rounds * passes * THREADS * questions.size(),
        THREADS, rounds);
  }

  @Test
  void noCallerCanChangeAnAnswerUnderAnotherCallersFeet() {
    Programme p = new ProgrammeGenerator(SEED).programme(300);
    List<Question> questions = questions(p);
    for (int i = 0; i < questions.size(); i++) {
      Object answer = questions.get(i).ask().apply(p);
      String what = questions.get(i).name();
      if (answer instanceof Collection<?> collection) {
        assertThatExceptionOfType(UnsupportedOperationException.class).as(what)
            .isThrownBy(collection::clear);
        for (Object item : collection) {
          if (item instanceof Collection<?> inner) {
            assertThatExceptionOfType(UnsupportedOperationException.class).as(what)
                .isThrownBy(inner::clear);
          }
        }
      } else if (answer instanceof Map<?, ?> map) {
        assertThatExceptionOfType(UnsupportedOperationException.class).as(what)
            .isThrownBy(map::clear);
        for (Object value : map.values()) {
          if (value instanceof Collection<?> inner) {
            assertThatExceptionOfType(UnsupportedOperationException.class).as(what)
                .isThrownBy(inner::clear);
          }
        }
      } else {
        assertThat(answer).isInstanceOf(Optional.class);
      }
    }
  }
}
