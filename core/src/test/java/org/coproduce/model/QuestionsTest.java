package org.coproduce.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every question of {@link Programme} on a small programme whose answers are known. */
class QuestionsTest {
  private static Organisation org(String id, Sector sector, String parent) {
    Organisation.Builder org = Organisation.builder().id(id).name(id).sector(sector);
    if (parent != null) {
      org.parent(parent);
    }
    return org.build();
  }

  private static Participant person(String id, Sector sector, String... affiliations) {
    Participant.Builder person = Participant.builder().id(id).name(id);
    if (sector != null) {
      person.sector(sector);
    }
    for (String org : affiliations) {
      person.addAffiliation(Affiliation.builder().organisation(org).build());
    }
    return person.build();
  }

  private static Participation take(String who, Role role, String session, String representing) {
    Participation.Builder p = Participation.builder().participant(who).role(role);
    if (session != null) {
      p.session(session);
    }
    if (representing != null) {
      p.representing(representing);
    }
    return p.build();
  }

  private static Session session(String id, String strand) {
    Session.Builder s = Session.builder().id(id).title(id).kind(SessionKind.WORKSHOP);
    if (strand != null) {
      s.strand(strand);
    }
    return s.build();
  }

  private static Conference conference(String id, String dates, Participation... participations) {
    Conference.Builder c = Conference.builder().id(id).name(id).addParticipations(participations);
    if (dates != null) {
      c.dates(DateRange.parse(dates));
    }
    return c.build();
  }

  private static Quote quote(String id, String speaker, String conference) {
    Quote.Builder q = Quote.builder().id(id).speaker(speaker).text("said " + id);
    if (conference != null) {
      q.conference(conference);
    }
    return q.build();
  }

  private static Visit visit(String id, String conference, String... travellers) {
    return Visit.builder().id(id).title(id).conference(conference).addParticipants(travellers)
        .build();
  }

  private static final Programme PROGRAMME = Programme.builder()
      .id("p")
      .name("Known answers")
      .addOrganisations(
          org("uni", Sector.ACADEMIC, null),
          org("lab", Sector.ACADEMIC, "uni"),
          org("council", Sector.PUBLIC, null),
          org("dept", Sector.PUBLIC, "council"),
          org("group", Sector.COMMUNITY, null),
          org("charity", Sector.VOLUNTARY, null),
          org("firm", Sector.PRIVATE, "uni"))
      .addParticipants(
          person("ana", Sector.ACADEMIC, "lab", "uni"),
          person("ben", null, "council", "dept", "council"),
          person("cat", null),
          person("dan", Sector.COMMUNITY, "group"),
          person("eve", null, "charity"),
          person("fay", null),
          person("gus", Sector.ACADEMIC, "uni"))
      .addConferences(
          conference("c1", "2019-03",
              take("ana", Role.ORGANISER, null, null),
              take("ben", Role.OBSERVER, null, null)),
          Conference.builder().from(conference("c2", "2018",
                  take("ana", Role.SPEAKER, null, null),
                  take("ben", Role.OBSERVER, null, null),
                  take("dan", Role.OBSERVER, "x1", null)))
              .addSessions(session("x1", null))
              .build(),
          conference("c3", null, take("cat", Role.ATTENDEE, null, null)),
          Conference.builder().from(conference("c4", "2018-11",
                  take("ana", Role.SPEAKER, null, null),
                  take("ana", Role.FACILITATOR, "w1", null),
                  take("ben", Role.FACILITATOR, "w1", "dept"),
                  take("cat", Role.ATTENDEE, "w2", null),
                  take("dan", Role.FACILITATOR, "w1", null),
                  take("dan", Role.DELEGATE, null, "group"),
                  take("fay", Role.OBSERVER, null, "firm"),
                  take("ana", Role.ATTENDEE, "w3", null),
                  take("eve", Role.FACILITATOR, "w1", null),
                  take("ben", Role.ATTENDEE, null, null),
                  take("gus", Role.ATTENDEE, "w2", null)))
              .addStrands(
                  Strand.builder().id("s1").title("one").build(),
                  Strand.builder().id("s2").title("two").build(),
                  Strand.builder().id("s3").title("three").build())
              .addSessions(session("w1", "s1"), session("w2", "s1"), session("w3", "s2"),
                  session("w4", null))
              .build(),
          conference("c5", "2018-01-01"),
          conference("c6", "2018-11"))
      .addVisits(
          visit("v1", "c4", "ben", "dan"),
          visit("v2", "c2", "ana"),
          visit("v3", "c4", "dan", "eve", "ben"),
          visit("v4", "c4"))
      .addQuotes(
          quote("q1", "ana", "c4"),
          quote("q2", "dan", null),
          quote("q3", "ana", "c2"),
          quote("q4", "ben", "c4"))
      .build();

  private static List<String> ids(List<?> items) {
    return items.stream().map(QuestionsTest::idOf).toList();
  }

  private static String idOf(Object item) {
    if (item instanceof Participant) {
      return ((Participant) item).id();
    } else if (item instanceof Conference) {
      return ((Conference) item).id();
    } else if (item instanceof Organisation) {
      return ((Organisation) item).id();
    } else if (item instanceof Session) {
      return ((Session) item).id();
    } else if (item instanceof Quote) {
      return ((Quote) item).id();
    } else if (item instanceof Visit) {
      return ((Visit) item).id();
    }
    throw new IllegalArgumentException(String.valueOf(item));
  }

  @Test
  void looksUpByIdAndFindsNothingForUnknownIds() {
    assertThat(PROGRAMME.organisation("lab").map(Organisation::parent)).contains(
        java.util.Optional.of("uni"));
    assertThat(PROGRAMME.participant("eve").map(Participant::id)).contains("eve");
    assertThat(PROGRAMME.conference("c4").map(Conference::id)).contains("c4");
    assertThat(PROGRAMME.organisation("nope")).isEmpty();
    assertThat(PROGRAMME.participant("uni")).isEmpty();
    assertThat(PROGRAMME.conference("")).isEmpty();
    Conference c4 = PROGRAMME.conference("c4").orElseThrow();
    assertThat(c4.strand("s2").map(Strand::title)).contains("two");
    assertThat(c4.session("w3").flatMap(Session::strand)).contains("s2");
    assertThat(c4.strand("w1")).isEmpty();
    assertThat(c4.session("x1")).isEmpty();
  }

  @Test
  void answersTheConferencesAndRolesOfAParticipant() {
    assertThat(ids(PROGRAMME.conferencesOf("ana"))).containsExactly("c1", "c2", "c4");
    assertThat(ids(PROGRAMME.conferencesOf("cat"))).containsExactly("c3", "c4");
    assertThat(PROGRAMME.rolesOf("ana")).containsExactly(
        entry("c1", Set.of(Role.ORGANISER)),
        entry("c2", Set.of(Role.SPEAKER)),
        entry("c4", Set.of(Role.SPEAKER, Role.FACILITATOR, Role.ATTENDEE)));
    // Roles come in the order of Role, whatever the order of the participations.
    assertThat(PROGRAMME.rolesOf("ana").get("c4"))
        .containsExactly(Role.SPEAKER, Role.FACILITATOR, Role.ATTENDEE);
    assertThat(PROGRAMME.rolesOf("ben")).containsExactly(
        entry("c1", Set.of(Role.OBSERVER)),
        entry("c2", Set.of(Role.OBSERVER)),
        entry("c4", Set.of(Role.FACILITATOR, Role.ATTENDEE)));
    assertThat(PROGRAMME.rolesOf("dan").get("c2")).containsExactly(Role.OBSERVER);
    assertThat(PROGRAMME.conferencesOf("nobody")).isEmpty();
    assertThat(PROGRAMME.rolesOf("nobody")).isEmpty();
    assertThat(PROGRAMME.conferencesOf("c1")).isEmpty();
  }

  @Test
  void answersWhoTakesPartInAllOfASetOfConferences() {
    assertThat(ids(PROGRAMME.participantsInAll("c1", "c2"))).containsExactly("ana", "ben");
    assertThat(ids(PROGRAMME.participantsInAll(List.of("c4", "c2"))))
        .containsExactly("ana", "ben", "dan");
    assertThat(ids(PROGRAMME.participantsInAll("c4")))
        .containsExactly("ana", "ben", "cat", "dan", "eve", "fay", "gus");
    assertThat(ids(PROGRAMME.participantsInAll("c1", "c1"))).containsExactly("ana", "ben");
    assertThat(ids(PROGRAMME.participantsInAll("c1", "c2", "c3"))).isEmpty();
    assertThat(PROGRAMME.participantsInAll()).isEmpty();
    assertThat(PROGRAMME.participantsInAll(List.of())).isEmpty();
    assertThat(PROGRAMME.participantsInAll("c5")).isEmpty();
    assertThat(PROGRAMME.participantsInAll("c1", "nope")).isEmpty();
  }

  @Test
  void answersTheSectorOfAParticipant() {
    assertThat(PROGRAMME.sectorOf("ana")).contains(Sector.ACADEMIC);
    // No sector of their own: that of the first affiliation.
    assertThat(PROGRAMME.sectorOf("ben")).contains(Sector.PUBLIC);
    assertThat(PROGRAMME.sectorOf("eve")).contains(Sector.VOLUNTARY);
    assertThat(PROGRAMME.sectorOf("cat")).isEmpty();
    assertThat(PROGRAMME.sectorOf("fay")).isEmpty();
    assertThat(PROGRAMME.sectorOf("nobody")).isEmpty();
  }

  @Test
  void answersTheSectorMixOfAConference() {
    // ana and gus academic (own); ben public (represents dept); dan community (own);
    // eve voluntary (first affiliation); fay private (represents firm); cat has no sector.
    Map<Sector, Integer> mix = PROGRAMME.sectorMix("c4");
    assertThat(mix).containsExactly(
        entry(Sector.PUBLIC, 1),
        entry(Sector.ACADEMIC, 2),
        entry(Sector.COMMUNITY, 1),
        entry(Sector.VOLUNTARY, 1),
        entry(Sector.PRIVATE, 1));
    assertThat(PROGRAMME.sectorMix("c1")).containsExactly(
        entry(Sector.PUBLIC, 1), entry(Sector.ACADEMIC, 1));
    assertThat(PROGRAMME.sectorMix("c3")).isEmpty();
    assertThat(PROGRAMME.sectorMix("c5")).isEmpty();
    assertThat(PROGRAMME.sectorMix("nope")).isEmpty();
  }

  @Test
  void answersTheSectorMixOfASession() {
    assertThat(PROGRAMME.sectorMix("c4", "w1")).containsExactly(
        entry(Sector.PUBLIC, 1),
        entry(Sector.ACADEMIC, 1),
        entry(Sector.COMMUNITY, 1),
        entry(Sector.VOLUNTARY, 1));
    assertThat(PROGRAMME.sectorMix("c4", "w2")).containsExactly(entry(Sector.ACADEMIC, 1));
    assertThat(PROGRAMME.sectorMix("c4", "w4")).isEmpty();
    assertThat(PROGRAMME.sectorMix("c2", "x1")).containsExactly(entry(Sector.COMMUNITY, 1));
    assertThat(PROGRAMME.sectorMix("c4", "x1")).isEmpty();
    assertThat(PROGRAMME.sectorMix("nope", "w1")).isEmpty();
  }

  @Test
  void answersQuotesBySpeakerAndAboutAConference() {
    assertThat(ids(PROGRAMME.quotesBy("ana"))).containsExactly("q1", "q3");
    assertThat(ids(PROGRAMME.quotesBy("dan"))).containsExactly("q2");
    assertThat(ids(PROGRAMME.quotesAbout("c4"))).containsExactly("q1", "q4");
    assertThat(ids(PROGRAMME.quotesAbout("c2"))).containsExactly("q3");
    assertThat(PROGRAMME.quotesBy("cat")).isEmpty();
    assertThat(PROGRAMME.quotesBy("nobody")).isEmpty();
    assertThat(PROGRAMME.quotesAbout("c5")).isEmpty();
    assertThat(PROGRAMME.quotesAbout("nope")).isEmpty();
  }

  @Test
  void answersVisitsToAConferenceAndTheirTravellers() {
    assertThat(ids(PROGRAMME.visitsTo("c4"))).containsExactly("v1", "v3", "v4");
    assertThat(ids(PROGRAMME.visitsTo("c2"))).containsExactly("v2");
    // Each traveller once, in the order of the visits.
    assertThat(ids(PROGRAMME.travellersTo("c4"))).containsExactly("ben", "dan", "eve");
    assertThat(ids(PROGRAMME.travellersTo("c2"))).containsExactly("ana");
    assertThat(PROGRAMME.visitsTo("c1")).isEmpty();
    assertThat(PROGRAMME.travellersTo("c1")).isEmpty();
    assertThat(PROGRAMME.visitsTo("nope")).isEmpty();
    assertThat(PROGRAMME.travellersTo("nope")).isEmpty();
  }

  @Test
  void answersTheSessionsOfAStrand() {
    assertThat(ids(PROGRAMME.sessionsOf("c4", "s1"))).containsExactly("w1", "w2");
    assertThat(ids(PROGRAMME.sessionsOf("c4", "s2"))).containsExactly("w3");
    assertThat(PROGRAMME.sessionsOf("c4", "s3")).isEmpty();
    assertThat(PROGRAMME.sessionsOf("c2", "s1")).isEmpty();
    assertThat(PROGRAMME.sessionsOf("nope", "s1")).isEmpty();
    assertThat(PROGRAMME.sessionsOf("c4", "nope")).isEmpty();
  }

  @Test
  void answersWhoTakesPartInASessionInARole() {
    assertThat(ids(PROGRAMME.facilitatorsOf("c4", "w1")))
        .containsExactly("ana", "ben", "dan", "eve");
    assertThat(ids(PROGRAMME.participantsOf("c4", "w1", Role.FACILITATOR)))
        .containsExactly("ana", "ben", "dan", "eve");
    assertThat(ids(PROGRAMME.participantsOf("c4", "w2", Role.ATTENDEE)))
        .containsExactly("cat", "gus");
    assertThat(ids(PROGRAMME.participantsOf("c2", "x1", Role.OBSERVER))).containsExactly("dan");
    // Conference-wide participations belong to no session.
    assertThat(PROGRAMME.participantsOf("c4", "w1", Role.SPEAKER)).isEmpty();
    assertThat(PROGRAMME.facilitatorsOf("c4", "w2")).isEmpty();
    assertThat(PROGRAMME.facilitatorsOf("c4", "w4")).isEmpty();
    assertThat(PROGRAMME.facilitatorsOf("c2", "w1")).isEmpty();
    assertThat(PROGRAMME.facilitatorsOf("nope", "w1")).isEmpty();
  }

  @Test
  void answersSubOrganisationsAndAffiliates() {
    assertThat(ids(PROGRAMME.subOrganisations("uni"))).containsExactly("lab", "firm");
    assertThat(ids(PROGRAMME.subOrganisations("council"))).containsExactly("dept");
    assertThat(PROGRAMME.subOrganisations("lab")).isEmpty();
    assertThat(PROGRAMME.subOrganisations("nope")).isEmpty();
    assertThat(ids(PROGRAMME.affiliatesOf("uni"))).containsExactly("ana", "gus");
    assertThat(ids(PROGRAMME.affiliatesOf("lab"))).containsExactly("ana");
    // Affiliated twice, listed once.
    assertThat(ids(PROGRAMME.affiliatesOf("council"))).containsExactly("ben");
    // Representing an organisation is no affiliation.
    assertThat(PROGRAMME.affiliatesOf("firm")).isEmpty();
    assertThat(PROGRAMME.affiliatesOf("nope")).isEmpty();
  }

  @Test
  void ordersConferencesByDateWithUndatedOnesLast() {
    // 2018-01-01, then 2018 (same first day, later last day), then the two 2018-11 in programme
    // order, then 2019-03, then the undated one.
    assertThat(ids(PROGRAMME.conferencesByDate()))
        .containsExactly("c5", "c2", "c4", "c6", "c1", "c3");
    assertThat(ids(PROGRAMME.conferences())).containsExactly("c1", "c2", "c3", "c4", "c5", "c6");
  }

  @Test
  void conferencesCoveringTheSameDaysKeepProgrammeOrderWhateverTheNotation() {
    Programme p = Fixtures.programme()
        .addConferences(
            conference("month", "2018-11"),
            conference("days", "2018-11-01/2018-11-30"),
            conference("months", "2018-11/2018-11"),
            conference("earlier", "2018-10-31/2018-11"))
        .build();
    assertThat(ids(p.conferencesByDate())).containsExactly("earlier", "month", "days", "months");
  }

  @Test
  void answersCannotBeModified() {
    assertThatThrownBy(() -> PROGRAMME.conferencesOf("ana").clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> PROGRAMME.rolesOf("ana").get("c4").add(Role.OBSERVER))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> PROGRAMME.rolesOf("ana").clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> PROGRAMME.sectorMix("c4").clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> PROGRAMME.participantsInAll("c4").clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> PROGRAMME.facilitatorsOf("c4", "w1").clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> PROGRAMME.travellersTo("c4").clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> PROGRAMME.conferencesByDate().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> PROGRAMME.affiliatesOf("uni").clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> PROGRAMME.subOrganisations("uni").clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> PROGRAMME.quotesBy("ana").clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> PROGRAMME.sessionsOf("c4", "s1").clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> PROGRAMME.visitsTo("c4").clear())
        .isInstanceOf(UnsupportedOperationException.class);
    Conference c4 = PROGRAMME.conference("c4").orElseThrow();
    assertThat(c4.strand("s1")).isPresent();
    // And modifying an answer never changes the next answer.
    assertThat(ids(PROGRAMME.conferencesOf("ana"))).containsExactly("c1", "c2", "c4");
  }

  @Test
  void aCopyAnswersFromItsOwnContent() {
    Programme fewer = PROGRAMME.withQuotes(PROGRAMME.quotes().subList(0, 1));
    assertThat(ids(fewer.quotesBy("ana"))).containsExactly("q1");
    assertThat(ids(PROGRAMME.quotesBy("ana"))).containsExactly("q1", "q3");
  }
}
