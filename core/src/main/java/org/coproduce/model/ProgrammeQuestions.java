package org.coproduce.model;

import java.lang.ref.Reference;
import java.lang.ref.WeakReference;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The look-ups and questions of a {@link Programme}, answered from an index built once, on the
 * first question, safely across threads; each then costs time in proportion to its answer.
 */
abstract class ProgrammeQuestions {
  // The index is made once, on the first question; not an attribute, so not part of equality.
  // Not Immutables' @Value.Lazy, which would do the same with the same one volatile read per
  // question, but whose generated accessor is public: it would put the index in the public API.
  private volatile @Nullable ProgrammeIndex index;
  // What validation resolved, for the index should the first question come before the next
  // garbage collection (as it does where a programme is read, then asked): a programme never
  // asked keeps nothing of it. Set while the programme is built, read under the lock; where it
  // is gone (collected, or not seen by a thread the programme reached unsafely), the index
  // validates the programme again to get it.
  private @Nullable Reference<Resolved> resolved;

  /** Keeps what the validation of this programme resolved, for its index. */
  final void keep(Resolved validated) {
    resolved = new WeakReference<>(validated);
  }

  private ProgrammeIndex index() {
    ProgrammeIndex built = index;
    if (built == null) {
      synchronized (this) {
        built = index;
        if (built == null) {
          Resolved validated = resolved == null ? null : resolved.get();
          if (validated == null) {
            validated = ProgrammeValidator.of((Programme) this).resolved();
          }
          built = new ProgrammeIndex((Programme) this, validated);
          index = built;
          resolved = null;
        }
      }
    }
    return built;
  }

  // ---- Languages ------------------------------------------------------------------------------

  /**
   * The languages a reader prefers, for reading the text of this programme's objects: the
   * answers know that the original text is in the programme's {@linkplain Programme#language()
   * language}, unless an object names its own.
   *
   * @param ranges language ranges, most preferred first, such as {@code ca-ES}, {@code es} or
   *     {@code *}
   * @return the preference
   * @throws IllegalArgumentException if a range is not a well-formed language range
   */
  public LanguagePreference preferring(String... ranges) {
    Objects.requireNonNull(ranges, "ranges");
    return LanguagePreference.of(ranges).inDocumentLanguage(((Programme) this).language());
  }

  /**
   * The languages a reader prefers, as {@link #preferring(String...)}, from a list of language
   * ranges such as {@link Locale.LanguageRange#parse(String)} makes of an HTTP {@code
   * Accept-Language} header.
   *
   * @param ranges the language ranges, most preferred first
   * @return the preference
   */
  public LanguagePreference preferring(List<Locale.LanguageRange> ranges) {
    Objects.requireNonNull(ranges, "ranges");
    return LanguagePreference.of(ranges).inDocumentLanguage(((Programme) this).language());
  }

  // ---- Look-ups -------------------------------------------------------------------------------

  /**
   * The organisation with the given id.
   *
   * @param id an organisation id
   * @return the organisation, or empty
   */
  public Optional<Organisation> organisation(String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(index().organisation(id));
  }

  /**
   * The participant with the given id.
   *
   * @param id a participant id
   * @return the participant, or empty
   */
  public Optional<Participant> participant(String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(index().participant(id));
  }

  /**
   * The conference with the given id.
   *
   * @param id a conference id
   * @return the conference, or empty
   */
  public Optional<Conference> conference(String id) {
    Objects.requireNonNull(id, "id");
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
    Objects.requireNonNull(participantId, "participantId");
    return index().conferencesOf(participantId);
  }

  /**
   * The roles a participant takes at each conference they take part in, in any of its sessions.
   *
   * @param participantId a participant id
   * @return conference id to roles, in programme order
   */
  public Map<String, Set<Role>> rolesOf(String participantId) {
    Objects.requireNonNull(participantId, "participantId");
    return index().rolesOf(participantId);
  }

  /**
   * The participants who take part in every one of the given conferences, in programme order.
   *
   * @param conferenceIds conference ids
   * @return the participants, empty if no conference is given
   */
  public List<Participant> participantsInAll(Collection<String> conferenceIds) {
    Objects.requireNonNull(conferenceIds, "conferenceIds");
    for (String id : conferenceIds) {
      Objects.requireNonNull(id, "conferenceIds element");
    }
    return index().participantsInAll(conferenceIds);
  }

  /**
   * The participants who take part in every one of the given conferences, in programme order.
   *
   * @param conferenceIds conference ids
   * @return the participants, empty if no conference is given
   */
  public List<Participant> participantsInAll(String... conferenceIds) {
    Objects.requireNonNull(conferenceIds, "conferenceIds");
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
    Objects.requireNonNull(participantId, "participantId");
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
    Objects.requireNonNull(conferenceId, "conferenceId");
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
    Objects.requireNonNull(conferenceId, "conferenceId");
    Objects.requireNonNull(sessionId, "sessionId");
    return index().sectorMix(conferenceId, sessionId);
  }

  /**
   * The quotes a participant gave, in programme order.
   *
   * @param participantId the speaker's id
   * @return the quotes
   */
  public List<Quote> quotesBy(String participantId) {
    Objects.requireNonNull(participantId, "participantId");
    return index().quotesBy(participantId);
  }

  /**
   * The quotes said at or about a conference, in programme order.
   *
   * @param conferenceId a conference id
   * @return the quotes
   */
  public List<Quote> quotesAbout(String conferenceId) {
    Objects.requireNonNull(conferenceId, "conferenceId");
    return index().quotesAbout(conferenceId);
  }

  /**
   * The outputs a participant authored, in programme order.
   *
   * @param participantId a participant id
   * @return the outputs
   */
  public List<Output> outputsBy(String participantId) {
    Objects.requireNonNull(participantId, "participantId");
    return index().outputsBy(participantId);
  }

  /**
   * The outputs that report on or came from a conference, in programme order.
   *
   * @param conferenceId a conference id
   * @return the outputs
   */
  public List<Output> outputsAbout(String conferenceId) {
    Objects.requireNonNull(conferenceId, "conferenceId");
    return index().outputsAbout(conferenceId);
  }

  /**
   * The outputs that report on or came from a peer-learning visit, in programme order.
   *
   * @param visitId a visit id
   * @return the outputs
   */
  public List<Output> outputsAboutVisit(String visitId) {
    Objects.requireNonNull(visitId, "visitId");
    return index().outputsAboutVisit(visitId);
  }

  /**
   * The peer-learning visits to a conference, in programme order.
   *
   * @param conferenceId a conference id
   * @return the visits
   */
  public List<Visit> visitsTo(String conferenceId) {
    Objects.requireNonNull(conferenceId, "conferenceId");
    return index().visitsTo(conferenceId);
  }

  /**
   * Everyone who travels on a visit to a conference, each once, in the order of the visits.
   *
   * @param conferenceId a conference id
   * @return the travellers
   */
  public List<Participant> travellersTo(String conferenceId) {
    Objects.requireNonNull(conferenceId, "conferenceId");
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
    Objects.requireNonNull(conferenceId, "conferenceId");
    Objects.requireNonNull(strandId, "strandId");
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
    Objects.requireNonNull(conferenceId, "conferenceId");
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(role, "role");
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
    Objects.requireNonNull(conferenceId, "conferenceId");
    Objects.requireNonNull(sessionId, "sessionId");
    return participantsOf(conferenceId, sessionId, Role.FACILITATOR);
  }

  /**
   * The organisations that sit directly under an organisation, in programme order.
   *
   * @param organisationId an organisation id
   * @return its sub-organisations
   */
  public List<Organisation> subOrganisations(String organisationId) {
    Objects.requireNonNull(organisationId, "organisationId");
    return index().subOrganisations(organisationId);
  }

  /**
   * The participants affiliated directly with an organisation, each once, in programme order.
   * Those affiliated only with one of its sub-organisations are not among them: {@link
   * #affiliatesWithin(String)} counts those too.
   *
   * @param organisationId an organisation id
   * @return the direct affiliates
   */
  public List<Participant> affiliatesOf(String organisationId) {
    Objects.requireNonNull(organisationId, "organisationId");
    return index().affiliatesOf(organisationId);
  }

  /**
   * The participants affiliated with an organisation or with any organisation under it, at any
   * depth, each once, in programme order.
   *
   * @param organisationId an organisation id
   * @return the affiliates of the organisation and of its sub-organisations
   */
  public List<Participant> affiliatesWithin(String organisationId) {
    Objects.requireNonNull(organisationId, "organisationId");
    return index().affiliatesWithin(organisationId);
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
