package org.coproduce.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The aggregate root: a named co-production effort, its lead organisations and funders, its
 * themes, and its organisations, participants, conferences, visits and quotes. Build it with
 * {@code Programme.builder()}.
 *
 * <p>A programme that exists is valid: building one checks every rule of its own members and of
 * the whole programme (unique ids, references that resolve, no loop of parent organisations,
 * strands, sessions and participations that refer within their own conference, session dates
 * within their conference's dates, no repeated participation) and reports every problem at once
 * in a {@link ValidationException}. {@code with*} copies are checked again.
 *
 * <p>The question methods ({@link #rolesOf(String)}, {@link #sectorMix(String)}...) answer from
 * an index built once, on the first question, safely across threads; each then costs time in
 * proportion to its answer. They take ids and return empty answers for ids the programme lacks.
 */
@Value.Immutable
abstract class AbstractProgramme {
  /**
   * The programme's id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The programme's name, such as "Realising Just Cities"; not blank.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * A summary.
   *
   * @return the summary, or empty
   */
  public abstract Optional<String> summary();

  /**
   * When the programme runs.
   *
   * @return the period, or empty
   */
  public abstract Optional<DateRange> period();

  /**
   * The ids of the lead organisations.
   *
   * @return the lead ids
   */
  public abstract List<String> leads();

  /**
   * The ids of the funding organisations.
   *
   * @return the funder ids
   */
  public abstract List<String> funders();

  /**
   * Keywords such as "co-production", each once.
   *
   * @return the themes
   */
  public abstract List<String> themes();

  /**
   * Hashtags without {@code #}, such as "CoProduceGM", none repeated ignoring case.
   *
   * @return the hashtags
   */
  public abstract List<String> hashtags();

  /**
   * The UN Sustainable Development Goals (1 to 17) the programme supports, each once.
   *
   * @return the goal numbers
   */
  public abstract List<Integer> sdgs();

  /**
   * Every organisation the programme refers to.
   *
   * @return the organisations
   */
  public abstract List<Organisation> organisations();

  /**
   * Every person who takes part.
   *
   * @return the participants
   */
  public abstract List<Participant> participants();

  /**
   * The conferences the programme takes part in, in the order given.
   *
   * @return the conferences
   */
  public abstract List<Conference> conferences();

  /**
   * The peer-learning visits the programme supports.
   *
   * @return the visits
   */
  public abstract List<Visit> visits();

  /**
   * Words attributed to participants.
   *
   * @return the quotes
   */
  public abstract List<Quote> quotes();

  /**
   * Members of a document that the model does not know, and the newer format version they came
   * with.
   *
   * @return the extensions, empty by default
   */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  // The index is made once, on the first question; not an attribute, so not part of equality.
  private volatile @Nullable ProgrammeIndex index;

  private ProgrammeIndex index() {
    ProgrammeIndex built = index;
    if (built == null) {
      synchronized (this) {
        built = index;
        if (built == null) {
          built = new ProgrammeIndex((Programme) this);
          index = built;
        }
      }
    }
    return built;
  }

  @Value.Check
  void check() {
    Checks checks = new Checks();
    checks.id("id", id());
    checks.requiredText("name", name());
    checks.text("summary", summary());
    checks.textList("themes", themes());
    checks.hashtags("hashtags", hashtags());
    checks.sdgs("sdgs", sdgs());
    List<Problem> problems = checks.problems();
    List<Problem> wide = ProgrammeValidator.problems((Programme) this);
    if (!wide.isEmpty()) {
      // Both lists are in member order; merge them so that the whole is in member order too.
      problems = new ArrayList<>(problems);
      problems.addAll(wide);
      problems.sort(Comparator.comparingInt(AbstractProgramme::memberRank));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  private static final List<String> MEMBER_ORDER = List.of("id", "name", "summary", "period",
      "leads", "funders", "themes", "hashtags", "sdgs", "organisations", "participants",
      "conferences", "visits", "quotes");

  private static int memberRank(Problem problem) {
    return problem.path().isEmpty()
        ? MEMBER_ORDER.size()
        : MEMBER_ORDER.indexOf(problem.path().get(0));
  }

  // ---- Look-ups -------------------------------------------------------------------------------

  /**
   * The organisation with the given id.
   *
   * @param id an organisation id
   * @return the organisation, or empty
   */
  public Optional<Organisation> organisation(String id) {
    return Optional.ofNullable(index().organisation(id));
  }

  /**
   * The participant with the given id.
   *
   * @param id a participant id
   * @return the participant, or empty
   */
  public Optional<Participant> participant(String id) {
    return Optional.ofNullable(index().participant(id));
  }

  /**
   * The conference with the given id.
   *
   * @param id a conference id
   * @return the conference, or empty
   */
  public Optional<Conference> conference(String id) {
    return Optional.ofNullable(index().conference(id));
  }

  // ---- Questions ------------------------------------------------------------------------------

  /**
   * The conferences a participant takes part in, in programme order.
   *
   * @param participantId a participant id
   * @return the conferences
   */
  public List<Conference> conferencesOf(String participantId) {
    return index().conferencesOf(participantId);
  }

  /**
   * The roles a participant takes at each conference they take part in, in any of its sessions.
   *
   * @param participantId a participant id
   * @return conference id to roles, in programme order
   */
  public Map<String, Set<Role>> rolesOf(String participantId) {
    return index().rolesOf(participantId);
  }

  /**
   * The participants who take part in every one of the given conferences, in programme order.
   *
   * @param conferenceIds conference ids
   * @return the participants, empty if no conference is given
   */
  public List<Participant> participantsInAll(Collection<String> conferenceIds) {
    return index().participantsInAll(conferenceIds);
  }

  /**
   * The participants who take part in every one of the given conferences, in programme order.
   *
   * @param conferenceIds conference ids
   * @return the participants, empty if no conference is given
   */
  public List<Participant> participantsInAll(String... conferenceIds) {
    return participantsInAll(Arrays.asList(conferenceIds));
  }

  /**
   * The sector a participant works in: their own, else that of the organisation of their first
   * affiliation.
   *
   * @param participantId a participant id
   * @return the sector, or empty if neither is known
   */
  public Optional<Sector> sectorOf(String participantId) {
    return Optional.ofNullable(index().sectorOf(participantId));
  }

  /**
   * How many of a conference's participants come from each sector. Each participant counts once,
   * in their own sector, else the sector of the organisation they represent there, else that of
   * their first affiliation; participants with none of these are not counted.
   *
   * @param conferenceId a conference id
   * @return sector to number of participants, in {@link Sector} order, without zero counts
   */
  public Map<Sector, Integer> sectorMix(String conferenceId) {
    return index().sectorMix(conferenceId, null);
  }

  /**
   * How many of a session's participants come from each sector, counted as in {@link
   * #sectorMix(String)}.
   *
   * @param conferenceId a conference id
   * @param sessionId the id of one of its sessions
   * @return sector to number of participants, in {@link Sector} order, without zero counts
   */
  public Map<Sector, Integer> sectorMix(String conferenceId, String sessionId) {
    return index().sectorMix(conferenceId, sessionId);
  }

  /**
   * The quotes a participant gave, in programme order.
   *
   * @param participantId the speaker's id
   * @return the quotes
   */
  public List<Quote> quotesBy(String participantId) {
    return index().quotesBy(participantId);
  }

  /**
   * The quotes said at or about a conference, in programme order.
   *
   * @param conferenceId a conference id
   * @return the quotes
   */
  public List<Quote> quotesAbout(String conferenceId) {
    return index().quotesAbout(conferenceId);
  }

  /**
   * The peer-learning visits to a conference, in programme order.
   *
   * @param conferenceId a conference id
   * @return the visits
   */
  public List<Visit> visitsTo(String conferenceId) {
    return index().visitsTo(conferenceId);
  }

  /**
   * Everyone who travels on a visit to a conference, each once, in the order of the visits.
   *
   * @param conferenceId a conference id
   * @return the travellers
   */
  public List<Participant> travellersTo(String conferenceId) {
    return index().travellersTo(conferenceId);
  }

  /**
   * The sessions of a conference that belong to a strand, in the conference's order.
   *
   * @param conferenceId a conference id
   * @param strandId the id of one of its strands
   * @return the sessions
   */
  public List<Session> sessionsOf(String conferenceId, String strandId) {
    return index().sessionsOf(conferenceId, strandId);
  }

  /**
   * Who takes part in a session in a given role, each once, in the conference's order.
   *
   * @param conferenceId a conference id
   * @param sessionId the id of one of its sessions
   * @param role the role
   * @return the participants
   */
  public List<Participant> participantsOf(String conferenceId, String sessionId, Role role) {
    return index().participantsOf(conferenceId, sessionId, role);
  }

  /**
   * Who facilitates a session.
   *
   * @param conferenceId a conference id
   * @param sessionId the id of one of its sessions
   * @return the facilitators, in the conference's order
   */
  public List<Participant> facilitatorsOf(String conferenceId, String sessionId) {
    return participantsOf(conferenceId, sessionId, Role.FACILITATOR);
  }

  /**
   * The organisations that sit directly under an organisation, in programme order.
   *
   * @param organisationId an organisation id
   * @return its sub-organisations
   */
  public List<Organisation> subOrganisations(String organisationId) {
    return index().subOrganisations(organisationId);
  }

  /**
   * The participants affiliated with an organisation, each once, in programme order.
   *
   * @param organisationId an organisation id
   * @return the affiliates
   */
  public List<Participant> affiliatesOf(String organisationId) {
    return index().affiliatesOf(organisationId);
  }

  /**
   * The conferences in date order: by the first day of their dates (a partial date sorts by its
   * first day), then by their last day; conferences without dates come last; ties keep programme
   * order.
   *
   * @return the conferences
   */
  public List<Conference> conferencesByDate() {
    return index().conferencesByDate();
  }
}
