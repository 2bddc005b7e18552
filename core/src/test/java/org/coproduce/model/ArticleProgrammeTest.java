package org.coproduce.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.coproduce.model.testing.ArticleProgramme.BETH_PERRY_SAID;
import static org.coproduce.model.testing.ArticleProgramme.KATIE_FINNEY_SAID;

import java.util.List;
import java.util.Set;
import org.coproduce.model.testing.ArticleProgramme;
import org.junit.jupiter.api.Test;

/**
 * The programme of the reference article ("International learning with Realising Just Cities"),
 * as {@link ArticleProgramme} builds it from the public API, answering every question of the
 * README's table ("Ask").
 *
 * <p>It carries what the article states and nothing more: Cape Town's conference is known to the
 * year and Barcelona's to the month, with no invented day.
 */
class ArticleProgrammeTest {
  private static final Place GREATER_MANCHESTER =
      Place.builder().name("Greater Manchester").country("GB").build();

  private final Programme programme = ArticleProgramme.programme();

  private static List<String> ids(List<Participant> people) {
    return people.stream().map(Participant::id).toList();
  }

  @Test
  void carriesTheProgrammesNameLeadFunderThemeAndHashtag() {
    assertThat(programme.name()).isEqualTo("Realising Just Cities");
    assertThat(programme.leads()).containsExactly("mistra-urban-futures");
    assertThat(programme.organisation("mistra-urban-futures").map(Organisation::name))
        .contains("Mistra Urban Futures");
    assertThat(programme.funders()).containsExactly("mistra");
    assertThat(programme.themes()).containsExactly("co-production");
    assertThat(programme.hashtags()).containsExactly("CoProduceGM");
  }

  @Test
  void carriesBothConferencesWithTheDatePrecisionTheArticleGives() {
    Conference capeTown = programme.conference("rjc-conference-2018").orElseThrow();
    assertThat(capeTown.place().map(Place::name)).contains("Cape Town");
    assertThat(capeTown.place().map(Place::country)).contains("ZA");
    assertThat(capeTown.dates().orElseThrow().toString()).isEqualTo("2018");
    assertThat(capeTown.dates().orElseThrow().start().precision())
        .isEqualTo(PartialDate.Precision.YEAR);
    assertThat(capeTown.themes()).containsExactly("co-production");

    Conference barcelona = programme.conference("iopd-conference-2018").orElseThrow();
    assertThat(barcelona.place().map(Place::name)).contains("Barcelona");
    assertThat(barcelona.place().map(Place::country)).contains("ES");
    assertThat(barcelona.dates().orElseThrow().toString()).isEqualTo("2018-11");
    assertThat(barcelona.dates().orElseThrow().start().precision())
        .isEqualTo(PartialDate.Precision.MONTH);
    assertThat(barcelona.strands()).extracting(Strand::title).containsExactly(
        "Direct democracy", "Citizen initiative", "Ecosystems of inclusive democracy");
    // No invented day anywhere.
    for (Conference conference : programme.conferences()) {
      assertThat(conference.dates().orElseThrow().start().date()).isEmpty();
      assertThat(conference.sessions()).allMatch(s -> s.date().isEmpty());
    }
  }

  // The README's question 1.
  @Test
  void answersWhichConferencesAParticipantTakesPartInAndInWhichRoles() {
    assertThat(programme.conferencesOf("david-rogerson")).extracting(Conference::id)
        .containsExactly("rjc-conference-2018", "iopd-conference-2018");
    assertThat(programme.rolesOf("david-rogerson")).containsExactly(
        entry("rjc-conference-2018", Set.of(Role.OBSERVER)),
        entry("iopd-conference-2018", Set.of(Role.OBSERVER)));
    assertThat(programme.rolesOf("katie-finney")).containsExactly(
        entry("rjc-conference-2018", Set.of(Role.DELEGATE)),
        entry("iopd-conference-2018", Set.of(Role.FACILITATOR)));
    assertThat(programme.rolesOf("beth-perry")).containsExactly(
        entry("iopd-conference-2018", Set.of(Role.FACILITATOR)));
  }

  @Test
  void davidRogersonIsAStrategistAtGmca() {
    Participant david = programme.participant("david-rogerson").orElseThrow();
    assertThat(david.affiliations()).singleElement().satisfies(a -> {
      assertThat(a.organisation()).isEqualTo("gmca");
      assertThat(a.title()).contains("Strategist");
    });
    assertThat(programme.sectorOf("david-rogerson")).contains(Sector.PUBLIC);
  }

  @Test
  void katieFinneyRepresentsTheActionResearchCollectiveInCapeTown() {
    Conference capeTown = programme.conference("rjc-conference-2018").orElseThrow();
    assertThat(capeTown.participations())
        .filteredOn(p -> p.participant().equals("katie-finney"))
        .singleElement()
        .satisfies(p -> {
          assertThat(p.role()).isEqualTo(Role.DELEGATE);
          assertThat(p.representing()).contains("jam-and-justice-arc");
        });
  }

  // The README's question 2.
  @Test
  void answersWhoTakesPartInBothConferences() {
    assertThat(ids(programme.participantsInAll("rjc-conference-2018", "iopd-conference-2018")))
        .containsExactly("katie-finney", "david-rogerson");
  }

  // The README's question 3.
  @Test
  void answersTheSectorMixOfEachConferenceAndOfTheWorkshop() {
    assertThat(programme.sectorMix("iopd-conference-2018")).containsExactly(
        entry(Sector.PUBLIC, 1), entry(Sector.ACADEMIC, 2), entry(Sector.COMMUNITY, 2));
    assertThat(programme.sectorMix("rjc-conference-2018")).containsExactly(
        entry(Sector.PUBLIC, 1), entry(Sector.COMMUNITY, 1));
    assertThat(programme.sectorMix("iopd-conference-2018", "co-producing-the-city"))
        .containsExactly(entry(Sector.ACADEMIC, 2), entry(Sector.COMMUNITY, 2));
  }

  // The README's question 4.
  @Test
  void answersQuotesVisitsAndTravellers() {
    assertThat(programme.quotesBy("beth-perry")).singleElement()
        .satisfies(q -> assertThat(q.text()).isEqualTo(BETH_PERRY_SAID));
    assertThat(programme.quotesBy("katie-finney")).singleElement()
        .satisfies(q -> assertThat(q.text()).isEqualTo(KATIE_FINNEY_SAID));
    assertThat(programme.quotesBy("david-rogerson")).isEmpty();
    // Neither statement names a conference: the article ties no quote to one.
    assertThat(programme.quotesAbout("rjc-conference-2018")).isEmpty();
    assertThat(programme.quotesAbout("iopd-conference-2018")).isEmpty();

    assertThat(programme.visitsTo("rjc-conference-2018")).singleElement().satisfies(v -> {
      assertThat(v.origin()).contains(GREATER_MANCHESTER);
      assertThat(v.funders()).isEmpty();
    });
    assertThat(programme.visitsTo("iopd-conference-2018")).singleElement().satisfies(v -> {
      assertThat(v.origin()).contains(GREATER_MANCHESTER);
      assertThat(v.funders()).containsExactly("mistra");
    });
    assertThat(ids(programme.travellersTo("rjc-conference-2018")))
        .containsExactly("david-rogerson", "katie-finney");
    assertThat(ids(programme.travellersTo("iopd-conference-2018"))).containsExactly("beth-perry",
        "bertie-russell", "alice-toomer-mcalpine", "katie-finney", "david-rogerson");
  }

  // The README's question 5.
  @Test
  void answersTheSessionsOfAStrandAndWhoFacilitatesTheWorkshop() {
    // The article ties the workshop to none of the three strands.
    assertThat(programme.sessionsOf("iopd-conference-2018", "direct-democracy")).isEmpty();
    assertThat(ids(programme.facilitatorsOf("iopd-conference-2018", "co-producing-the-city")))
        .containsExactly("beth-perry", "bertie-russell", "alice-toomer-mcalpine", "katie-finney");
    assertThat(programme.facilitatorsOf("iopd-conference-2018", "co-producing-the-city"))
        .extracting(p -> programme.sectorOf(p.id()).orElseThrow())
        .containsExactly(Sector.ACADEMIC, Sector.ACADEMIC, Sector.COMMUNITY, Sector.COMMUNITY);
  }

  // The README's question 6.
  @Test
  void answersSubOrganisationsAndAffiliates() {
    assertThat(programme.subOrganisations("jam-and-justice")).extracting(Organisation::id)
        .containsExactly("jam-and-justice-arc", "gm-decides");
    assertThat(programme.subOrganisations("mistra-urban-futures")).extracting(Organisation::id)
        .containsExactly("realising-just-cities");
    assertThat(ids(programme.affiliatesOf("gmca"))).containsExactly("david-rogerson");
    // The co-leads are affiliated with GM Decides, one of Jam and Justice's projects.
    assertThat(programme.affiliatesOf("jam-and-justice")).isEmpty();
    assertThat(ids(programme.affiliatesWithin("jam-and-justice")))
        .containsExactly("alice-toomer-mcalpine", "katie-finney");
    assertThat(ids(programme.affiliatesOf("realising-just-cities")))
        .containsExactly("beth-perry", "bertie-russell");
    assertThat(ids(programme.affiliatesWithin("mistra-urban-futures")))
        .containsExactly("beth-perry", "bertie-russell");
  }

  // The README's question 7.
  @Test
  void answersTheConferencesInDateOrder() {
    assertThat(programme.conferencesByDate()).extracting(Conference::id)
        .containsExactly("rjc-conference-2018", "iopd-conference-2018");
  }

  @Test
  void isBuiltAgainEqualFromItsOwnParts() {
    assertThat(Programme.builder().from(programme).build()).isEqualTo(programme);
    assertThat(ArticleProgramme.programme()).isEqualTo(programme).hasSameHashCodeAs(programme);
  }
}
