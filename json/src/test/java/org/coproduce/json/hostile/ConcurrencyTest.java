package org.coproduce.json.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.coproduce.json.DocumentException;
import org.coproduce.json.DocumentProblem;
import org.coproduce.json.ProgrammeJson;
import org.coproduce.model.Conference;
import org.coproduce.model.Organisation;
import org.coproduce.model.Participant;
import org.coproduce.model.Programme;
import org.coproduce.model.Role;
import org.coproduce.model.Session;
import org.coproduce.model.testing.ProgrammeGenerator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * One ProgrammeJson, one Jackson mapper and one Programme shared by 8 threads that read, write,
 * refuse and ask questions at once, thousands of times: every result is the one a single thread
 * got beforehand, the programme's lazy index being first built under contention.
 */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int ITERATIONS = 250;
  private static final long SEED = 2018L;

  /** The questions of the programme, by participant, organisation, conference and session. */
  private static List<Function<Programme, Object>> questions(Programme p) {
    List<Function<Programme, Object>> questions = new ArrayList<>();
    for (Participant person : p.participants()) {
      String id = person.id();
      questions.add(q -> q.conferencesOf(id));
      questions.add(q -> q.rolesOf(id));
      questions.add(q -> q.sectorOf(id));
      questions.add(q -> q.quotesBy(id));
    }
    for (Organisation organisation : p.organisations()) {
      String id = organisation.id();
      questions.add(q -> q.affiliatesOf(id));
      questions.add(q -> q.subOrganisations(id));
    }
    for (Conference conference : p.conferences()) {
      String id = conference.id();
      questions.add(q -> q.sectorMix(id));
      questions.add(q -> q.travellersTo(id));
      questions.add(q -> q.visitsTo(id));
      questions.add(q -> q.quotesAbout(id));
      for (Conference other : p.conferences()) {
        questions.add(q -> q.participantsInAll(id, other.id()));
      }
      for (Session session : conference.sessions()) {
        questions.add(q -> q.sectorMix(id, session.id()));
        for (Role role : Role.values()) {
          questions.add(q -> q.participantsOf(id, session.id(), role));
        }
      }
    }
    questions.add(Programme::conferencesByDate);
    return questions;
  }

  private static List<Object> answers(Programme p, List<Function<Programme, Object>> questions) {
    List<Object> answers = new ArrayList<>(questions.size());
    questions.forEach(question -> answers.add(question.apply(p)));
    return answers;
  }

  @Test
  void eightThreadsReadWriteRefuseAndAskAtOnceWithTheResultsOfOne() throws Exception {
    ProgrammeJson json = ProgrammeJson.create();
    JsonMapper mapper = JsonMapper.builder().addModule(ProgrammeJson.module()).build();
    Programme reference = new ProgrammeGenerator(SEED).programme(40);
    // Everything expected, found by one thread before the others start.
    String text = json.write(reference);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    String viaMapper = mapper.writeValueAsString(reference);
    String broken = text.replaceFirst("\"participant\":\"[^\"]+\"", "\"participant\":\"nobody\"")
        .replaceFirst("\"sector\":\"[a-z]+\"", "\"sector\":\"galactic\"");
    List<DocumentProblem> brokenProblems =
        catchThrowableOfType(DocumentException.class, () -> json.read(broken)).problems();
    assertThat(brokenProblems).hasSize(2);
    List<Function<Programme, Object>> questions = questions(reference);
    List<Object> expected = answers(reference, questions);
    // The programme shared: equal to the reference, its index not built until the threads ask.
    Programme shared = Programme.builder().from(reference).build();

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CyclicBarrier start = new CyclicBarrier(THREADS);
      List<Future<Integer>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        workers.add(pool.submit(() -> {
          start.await();
          // Half the threads ask first, so that the index is built while others read and write.
          if (thread % 2 == 0) {
            assertThat(answers(shared, questions)).isEqualTo(expected);
          }
          for (int i = 0; i < ITERATIONS; i++) {
            String at = "thread " + thread + ", iteration " + i;
            Programme read = switch ((thread + i) % 4) {
              case 0 -> json.read(bytes);
              case 1 -> json.read(text);
              case 2 -> json.read(new ByteArrayInputStream(bytes));
              default -> json.read(new StringReader(text));
            };
            assertThat(read).as(at).isEqualTo(shared);
            assertThat(json.write(shared)).as(at).isEqualTo(text);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            json.write(read, out);
            assertThat(out.toByteArray()).as(at).isEqualTo(bytes);
            StringWriter writer = new StringWriter();
            json.write(shared, writer);
            assertThat(writer.toString()).as(at).isEqualTo(text);
            assertThat(mapper.readValue(viaMapper, Programme.class)).as(at).isEqualTo(shared);
            assertThat(mapper.writeValueAsString(shared)).as(at).isEqualTo(viaMapper);
            assertThat(catchThrowableOfType(DocumentException.class, () -> json.read(broken))
                .problems()).as(at).isEqualTo(brokenProblems);
            if (i % 25 == 0) {
              assertThat(answers(shared, questions)).as(at).isEqualTo(expected);
              assertThat(answers(read, questions)).as(at).isEqualTo(expected);
            }
          }
          return ITERATIONS;
        }));
      }
      int iterations = 0;
      for (Future<Integer> worker : workers) {
        // A deadlock fails the test (TimeoutException) rather than hanging the build.
        iterations += worker.get(3, TimeUnit.MINUTES);
      }
      assertThat(iterations).isEqualTo(THREADS * ITERATIONS);
      System.out.printf(Locale.ROOT, "ConcurrencyTest: %,d iterations by %d threads (each 2 reads, a refusal"
          + " and 4 writes of a %,d-byte document, and %,d questions every 25th), every result as"
          + " expected%n", iterations, THREADS, bytes.length, questions.size() * 2);
    } finally {
      pool.shutdownNow();
    }
  }
}
