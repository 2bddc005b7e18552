package org.coproduce.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The programme of the reference article ("International learning with Realising Just Cities"),
 * built from the public API only, answering every question of DOMAIN.md.
 *
 * <p>It carries what the article states and nothing more: Cape Town's conference is known to the
 * year and Barcelona's to the month, with no invented day. Where the model needs a value that the
 * article only implies (a sector, a host), a comment says so.
 */
class ArticleProgrammeTest {
  static final String BETH_PERRY_QUOTE = "The Realising Just Cities programme is based on the idea"
      + " of co-production from cradle to grave. That doesn\u2019t mean doing everything together"
      + " all the time; it does mean working together to blend expertise across different sectors"
      + " and organisations. It\u2019s really important to us to open up knowledge exchange beyond"
      + " the academy. We can achieve the most change by creating spaces for decision-makers to"
      + " learn, not by dropping heavy reports on their desk. That\u2019s why we are supporting"
      + " peer learning through these international visits";

  static final String KATIE_FINNEY_QUOTE = "I\u2019m looking forward to putting what Jam and"
      + " Justice is doing into a bigger context, seeing how it fits alongside other international"
      + " work on co-production. And I\u2019m aiming to share some of my learning with the Action"
      + " Research Collective and others on Twitter. Watch out for #CoProduceGM!";

  private static final Place GREATER_MANCHESTER =
      Place.builder().name("Greater Manchester").country("GB").build();

  /** The article's programme. */
  static Programme articleProgramme() {
    return Programme.builder()
        .id("realising-just-cities")
        .name("Realising Just Cities")
        .addLead("mistra-urban-futures")
        .addFunder("mistra")
        .addTheme("co-production")
        .addHashtag("CoProduceGM")
        .addOrganisations(
            // Implied: a research centre whose researchers meet each year.
            Organisation.builder().id("mistra-urban-futures").name("Mistra Urban Futures")
                .sector(Sector.ACADEMIC).build(),
            // Implied: the article names Mistra only as a funder; recorded as a voluntary body.
            Organisation.builder().id("mistra").name("Mistra").sector(Sector.VOLUNTARY).build(),
            // Implied: the programme of Mistra Urban Futures' researchers ("RJC researchers").
            Organisation.builder().id("rjc").name("Realising Just Cities").shortName("RJC")
                .sector(Sector.ACADEMIC).parent("mistra-urban-futures").build(),
            Organisation.builder().id("gmca").name("GMCA").sector(Sector.PUBLIC).build(),
            // Implied: an action research project with community practitioners.
            Organisation.builder().id("jam-and-justice").name("Jam and Justice")
                .sector(Sector.COMMUNITY).build(),
            Organisation.builder().id("action-research-collective")
                .name("Jam and Justice Action Research Collective")
                .sector(Sector.COMMUNITY).parent("jam-and-justice").build(),
            // Implied: an observatory of participatory democracy in cities; recorded as public.
            Organisation.builder().id("iopd")
                .name("International Observatory for Participatory Democracy").shortName("IOPD")
                .sector(Sector.PUBLIC).build())
        .addParticipants(
            Participant.builder().id("beth-perry").name("Beth Perry").sector(Sector.ACADEMIC)
                .addAffiliation(Affiliation.builder().organisation("rjc").title("UK lead").build())
                .build(),
            Participant.builder().id("bertie-russell").name("Bertie Russell")
                .sector(Sector.ACADEMIC)
                .addAffiliation(
                    Affiliation.builder().organisation("rjc").title("Researcher").build())
                .build(),
            // Their sector is not stated: it follows from their affiliation.
            Participant.builder().id("alice-toomer-mcalpine").name("Alice Toomer-McAlpine")
                .addAffiliation(Affiliation.builder().organisation("jam-and-justice")
                    .title("Co-lead, GM Decides action research project").build())
                .build(),
            Participant.builder().id("katie-finney").name("Katie Finney")
                .addAffiliation(Affiliation.builder().organisation("jam-and-justice")
                    .title("Co-lead, GM Decides action research project").build())
                .build(),
            Participant.builder().id("david-rogerson").name("David Rogerson")
                .addAffiliation(
                    Affiliation.builder().organisation("gmca").title("Strategist").build())
                .build())
        .addConferences(
            Conference.builder()
                .id("rjc-cape-town-2018")
                .name("Realising Just Cities conference")
                .place(Place.builder().name("Cape Town").country("ZA").build())
                .dates(DateRange.of(PartialDate.ofYear(2018)))
                .addTheme("co-production")
                .addSession(Session.builder().id("field-trips").title("Field trips")
                    .kind(SessionKind.FIELD_TRIP).build())
                .addParticipation(Participation.builder().participant("katie-finney")
                    .role(Role.DELEGATE).representing("action-research-collective").build())
                .addParticipation(Participation.builder().participant("david-rogerson")
                    .role(Role.OBSERVER).build())
                .build(),
            Conference.builder()
                .id("iopd-barcelona-2018")
                .name("International Observatory for Participatory Democracy conference")
                // Implied: Barcelona hosts the IOPD's get-together; the IOPD stands as host.
                .addHost("iopd")
                .place(Place.builder().name("Barcelona").country("ES").build())
                .dates(DateRange.of(PartialDate.ofMonth(2018, 11)))
                .addStrand(Strand.builder().id("direct-democracy").title("Direct democracy")
                    .build())
                .addStrand(Strand.builder().id("citizen-initiative").title("Citizen initiative")
                    .build())
                .addStrand(Strand.builder().id("ecosystems-of-inclusive-democracy")
                    .title("Ecosystems of inclusive democracy").build())
                .addSession(Session.builder().id("co-producing-the-city")
                    .title("Collaborative workshop on co-producing the city")
                    .kind(SessionKind.WORKSHOP).build())
                .addParticipations(
                    facilitator("beth-perry"),
                    facilitator("bertie-russell"),
                    facilitator("alice-toomer-mcalpine"),
                    facilitator("katie-finney"),
                    Participation.builder().participant("david-rogerson").role(Role.OBSERVER)
                        .build())
                .build())
        .addVisits(
            Visit.builder().id("visit-cape-town").title("Peer learning visit to Cape Town")
                .conference("rjc-cape-town-2018").origin(GREATER_MANCHESTER)
                .addParticipants("katie-finney", "david-rogerson")
                .build(),
            // Mistra funding lets the two co-leads (and David Rogerson) join the researchers.
            Visit.builder().id("visit-barcelona").title("Peer learning visit to Barcelona")
                .conference("iopd-barcelona-2018").origin(GREATER_MANCHESTER)
                .addParticipants("alice-toomer-mcalpine", "katie-finney", "david-rogerson")
                .addFunder("mistra")
                .build())
        .addQuotes(
            Quote.builder().id("beth-perry-on-co-production").speaker("beth-perry")
                .text(BETH_PERRY_QUOTE).language("en").source(article()).build(),
            Quote.builder().id("katie-finney-on-a-bigger-context").speaker("katie-finney")
                .text(KATIE_FINNEY_QUOTE).language("en").source(article()).build())
        .build();
  }

  private static Participation facilitator(String participant) {
    return Participation.builder().participant(participant).role(Role.FACILITATOR)
        .session("co-producing-the-city").build();
  }

  private static Source article() {
    return Source.builder().title("International learning with Realising Just Cities").build();
  }

  private final Programme programme = articleProgramme();

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
    Conference capeTown = programme.conference("rjc-cape-town-2018").orElseThrow();
    assertThat(capeTown.place().map(Place::name)).contains("Cape Town");
    assertThat(capeTown.place().map(Place::country)).contains("ZA");
    assertThat(capeTown.dates().orElseThrow().toString()).isEqualTo("2018");
    assertThat(capeTown.dates().orElseThrow().start().precision())
        .isEqualTo(PartialDate.Precision.YEAR);
    assertThat(capeTown.themes()).containsExactly("co-production");

    Conference barcelona = programme.conference("iopd-barcelona-2018").orElseThrow();
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

  // DOMAIN question 1.
  @Test
  void answersWhichConferencesAParticipantTakesPartInAndInWhichRoles() {
    assertThat(programme.conferencesOf("david-rogerson")).extracting(Conference::id)
        .containsExactly("rjc-cape-town-2018", "iopd-barcelona-2018");
    assertThat(programme.rolesOf("david-rogerson")).containsExactly(
        entry("rjc-cape-town-2018", Set.of(Role.OBSERVER)),
        entry("iopd-barcelona-2018", Set.of(Role.OBSERVER)));
    assertThat(programme.rolesOf("katie-finney")).containsExactly(
        entry("rjc-cape-town-2018", Set.of(Role.DELEGATE)),
        entry("iopd-barcelona-2018", Set.of(Role.FACILITATOR)));
    assertThat(programme.rolesOf("beth-perry")).containsExactly(
        entry("iopd-barcelona-2018", Set.of(Role.FACILITATOR)));
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
    Conference capeTown = programme.conference("rjc-cape-town-2018").orElseThrow();
    assertThat(capeTown.participations())
        .filteredOn(p -> p.participant().equals("katie-finney"))
        .singleElement()
        .satisfies(p -> {
          assertThat(p.role()).isEqualTo(Role.DELEGATE);
          assertThat(p.representing()).contains("action-research-collective");
        });
  }

  // DOMAIN question 2.
  @Test
  void answersWhoTakesPartInBothConferences() {
    assertThat(ids(programme.participantsInAll("rjc-cape-town-2018", "iopd-barcelona-2018")))
        .containsExactly("katie-finney", "david-rogerson");
  }

  // DOMAIN question 3.
  @Test
  void answersTheSectorMixOfEachConferenceAndOfTheWorkshop() {
    assertThat(programme.sectorMix("iopd-barcelona-2018")).containsExactly(
        entry(Sector.PUBLIC, 1), entry(Sector.ACADEMIC, 2), entry(Sector.COMMUNITY, 2));
    assertThat(programme.sectorMix("rjc-cape-town-2018")).containsExactly(
        entry(Sector.PUBLIC, 1), entry(Sector.COMMUNITY, 1));
    assertThat(programme.sectorMix("iopd-barcelona-2018", "co-producing-the-city"))
        .containsExactly(entry(Sector.ACADEMIC, 2), entry(Sector.COMMUNITY, 2));
  }

  // DOMAIN question 4.
  @Test
  void answersQuotesVisitsAndTravellers() {
    assertThat(programme.quotesBy("beth-perry")).singleElement()
        .satisfies(q -> assertThat(q.text()).isEqualTo(BETH_PERRY_QUOTE));
    assertThat(programme.quotesBy("katie-finney")).singleElement()
        .satisfies(q -> assertThat(q.text()).isEqualTo(KATIE_FINNEY_QUOTE));
    assertThat(programme.quotesBy("david-rogerson")).isEmpty();
    // Neither statement names a conference: the article ties no quote to one.
    assertThat(programme.quotesAbout("rjc-cape-town-2018")).isEmpty();
    assertThat(programme.quotesAbout("iopd-barcelona-2018")).isEmpty();

    assertThat(programme.visitsTo("rjc-cape-town-2018")).singleElement().satisfies(v -> {
      assertThat(v.origin()).contains(GREATER_MANCHESTER);
      assertThat(v.funders()).isEmpty();
    });
    assertThat(programme.visitsTo("iopd-barcelona-2018")).singleElement().satisfies(v -> {
      assertThat(v.origin()).contains(GREATER_MANCHESTER);
      assertThat(v.funders()).containsExactly("mistra");
    });
    assertThat(ids(programme.travellersTo("rjc-cape-town-2018")))
        .containsExactly("katie-finney", "david-rogerson");
    assertThat(ids(programme.travellersTo("iopd-barcelona-2018")))
        .containsExactly("alice-toomer-mcalpine", "katie-finney", "david-rogerson");
  }

  // DOMAIN question 5.
  @Test
  void answersTheSessionsOfAStrandAndWhoFacilitatesTheWorkshop() {
    // The article ties the workshop to none of the three strands.
    assertThat(programme.sessionsOf("iopd-barcelona-2018", "direct-democracy")).isEmpty();
    assertThat(ids(programme.facilitatorsOf("iopd-barcelona-2018", "co-producing-the-city")))
        .containsExactly("beth-perry", "bertie-russell", "alice-toomer-mcalpine", "katie-finney");
    assertThat(programme.facilitatorsOf("iopd-barcelona-2018", "co-producing-the-city"))
        .extracting(p -> programme.sectorOf(p.id()).orElseThrow())
        .containsExactly(Sector.ACADEMIC, Sector.ACADEMIC, Sector.COMMUNITY, Sector.COMMUNITY);
  }

  // DOMAIN question 6.
  @Test
  void answersSubOrganisationsAndAffiliates() {
    assertThat(programme.subOrganisations("jam-and-justice")).extracting(Organisation::id)
        .containsExactly("action-research-collective");
    assertThat(programme.subOrganisations("mistra-urban-futures")).extracting(Organisation::id)
        .containsExactly("rjc");
    assertThat(ids(programme.affiliatesOf("gmca"))).containsExactly("david-rogerson");
    assertThat(ids(programme.affiliatesOf("jam-and-justice")))
        .containsExactly("alice-toomer-mcalpine", "katie-finney");
    assertThat(ids(programme.affiliatesOf("rjc"))).containsExactly("beth-perry", "bertie-russell");
  }

  // DOMAIN question 7.
  @Test
  void answersTheConferencesInDateOrder() {
    assertThat(programme.conferencesByDate()).extracting(Conference::id)
        .containsExactly("rjc-cape-town-2018", "iopd-barcelona-2018");
  }

  @Test
  void isBuiltAgainEqualFromItsOwnParts() {
    assertThat(Programme.builder().from(programme).build()).isEqualTo(programme);
    assertThat(articleProgramme()).isEqualTo(programme).hasSameHashCodeAs(programme);
  }
}
