package org.coproduce.benchmarks;

import static org.coproduce.benchmarks.QuestionSample.MASK;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.coproduce.model.Conference;
import org.coproduce.model.Organisation;
import org.coproduce.model.Participant;
import org.coproduce.model.Programme;
import org.coproduce.model.Quote;
import org.coproduce.model.Role;
import org.coproduce.model.Sector;
import org.coproduce.model.Session;
import org.coproduce.model.Visit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each question of the README's table ("Ask"), per call, on an indexed programme, asked in turn
 * with {@value QuestionSample#SIZE} different arguments spread over the programme. Run at two sizes ten times
 * apart: a question whose cost follows its answer costs the same per answer at both.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class QuestionBenchmark {
  /** The workload. */
  @Param({"4mb", "40mb"})
  public String size;

  private Programme p;
  private QuestionSample s;
  private int next;

  /** Makes the workload and builds its index, so that only the questions are timed. */
  @Setup
  public void setUp() {
    p = Workload.of(size).programme;
    p.conferencesByDate();
    s = new QuestionSample(p);
  }

  private int i() {
    return next++ & MASK;
  }

  /**
   * The control: a plain look-up by id, constant time by construction, so that its growth from
   * 4mb to 40mb is what the memory hierarchy alone adds (a larger heap misses the caches more).
   *
   * @return the participant
   */
  @Benchmark
  public Optional<Participant> participantById() {
    return p.participant(s.participants[i()]);
  }

  /** @return Q1: the roles of a participant, per conference */
  @Benchmark
  public Map<String, Set<Role>> rolesOf() {
    return p.rolesOf(s.participants[i()]);
  }

  /** @return Q1: the conferences of a participant */
  @Benchmark
  public List<Conference> conferencesOf() {
    return p.conferencesOf(s.participants[i()]);
  }

  /** @return Q2: who takes part in both of two conferences */
  @Benchmark
  public List<Participant> participantsInAll() {
    return p.participantsInAll(s.conferencePairs.get(i()));
  }

  /** @return Q3: the sector mix of a conference */
  @Benchmark
  public Map<Sector, Integer> sectorMixOfConference() {
    return p.sectorMix(s.conferences[i()]);
  }

  /** @return Q3: the sector mix of a session */
  @Benchmark
  public Map<Sector, Integer> sectorMixOfSession() {
    int i = i();
    return p.sectorMix(s.sessionConferences[i], s.sessions[i]);
  }

  /** @return Q4: the quotes a participant gave */
  @Benchmark
  public List<Quote> quotesBy() {
    return p.quotesBy(s.participants[i()]);
  }

  /** @return Q4: the quotes about a conference */
  @Benchmark
  public List<Quote> quotesAbout() {
    return p.quotesAbout(s.conferences[i()]);
  }

  /** @return Q4: the visits to a conference */
  @Benchmark
  public List<Visit> visitsTo() {
    return p.visitsTo(s.conferences[i()]);
  }

  /** @return Q4: who travelled to a conference */
  @Benchmark
  public List<Participant> travellersTo() {
    return p.travellersTo(s.conferences[i()]);
  }

  /** @return Q5: the sessions of a strand */
  @Benchmark
  public List<Session> sessionsOf() {
    int i = i();
    return p.sessionsOf(s.strandConferences[i], s.strands[i]);
  }

  /** @return Q5: who facilitates a session */
  @Benchmark
  public List<Participant> facilitatorsOf() {
    int i = i();
    return p.facilitatorsOf(s.sessionConferences[i], s.sessions[i]);
  }

  /** @return Q6: the organisations under an organisation */
  @Benchmark
  public List<Organisation> subOrganisations() {
    return p.subOrganisations(s.organisations[i()]);
  }

  /** @return Q6: who is affiliated with an organisation */
  @Benchmark
  public List<Participant> affiliatesOf() {
    return p.affiliatesOf(s.organisations[i()]);
  }

  /** @return Q7: the conferences in date order */
  @Benchmark
  public List<Conference> conferencesByDate() {
    return p.conferencesByDate();
  }
}
