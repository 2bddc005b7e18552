package org.coproduce.examples;

import org.coproduce.json.ProgrammeJson;
import org.coproduce.model.Affiliation;
import org.coproduce.model.Conference;
import org.coproduce.model.DateRange;
import org.coproduce.model.Organisation;
import org.coproduce.model.PartialDate;
import org.coproduce.model.Participant;
import org.coproduce.model.Participation;
import org.coproduce.model.Place;
import org.coproduce.model.Programme;
import org.coproduce.model.Quote;
import org.coproduce.model.Role;
import org.coproduce.model.Sector;
import org.coproduce.model.Session;
import org.coproduce.model.SessionKind;
import org.coproduce.model.Strand;
import org.coproduce.model.Visit;

/**
 * The Realising Just Cities programme as a short news article about its peer-learning visits to
 * Cape Town and Barcelona tells it, built with the public API of the core module.
 *
 * <p>Every fact below comes from the article. Where the article only implies something (a sector,
 * a title, a year), the comment next to it says so; where the format requires a value that the
 * article does not give at all, the comment says that it is our assumption. No day is given for
 * either conference, so none is recorded: a conference known to the year is recorded as a year.
 * The two quotes are the article's own words, verbatim; no other text of the article is copied.
 *
 * <p>The same programme ships as the document {@code realising-just-cities.json} (a resource of
 * this module); a test checks that the two are equal. Run {@link #main(String[])} to print the
 * document that the json module writes for it.
 */
public final class RealisingJustCities {
  /** The programme's id. */
  public static final String PROGRAMME = "realising-just-cities";

  /** The id of the 2018 Realising Just Cities conference in Cape Town. */
  public static final String CAPE_TOWN = "rjc-conference-2018";

  /** The id of the International Observatory for Participatory Democracy conference. */
  public static final String BARCELONA = "iopd-conference-2018";

  /** The id of the collaborative workshop at the Barcelona conference. */
  public static final String WORKSHOP = "co-producing-the-city";

  /** The id of the field trips at the Cape Town conference. */
  public static final String FIELD_TRIPS = "field-trips";

  /** The id of Mistra Urban Futures, the lead. */
  public static final String MISTRA_URBAN_FUTURES = "mistra-urban-futures";

  /** The funder's id. */
  public static final String MISTRA = "mistra";

  /** The id of Realising Just Cities as an organisation people are affiliated with. */
  public static final String RJC = "realising-just-cities";

  /** The id of the Greater Manchester Combined Authority. */
  public static final String GMCA = "gmca";

  /** The id of Jam and Justice. */
  public static final String JAM_AND_JUSTICE = "jam-and-justice";

  /** The id of Jam and Justice's Action Research Collective. */
  public static final String ACTION_RESEARCH_COLLECTIVE = "jam-and-justice-arc";

  /** The id of GM Decides, Jam and Justice's action research project. */
  public static final String GM_DECIDES = "gm-decides";

  /** The id of the International Observatory for Participatory Democracy. */
  public static final String IOPD = "iopd";

  /** Beth Perry's id. */
  public static final String BETH_PERRY = "beth-perry";

  /** Bertie Russell's id. */
  public static final String BERTIE_RUSSELL = "bertie-russell";

  /** Alice Toomer-McAlpine's id. */
  public static final String ALICE_TOOMER_MCALPINE = "alice-toomer-mcalpine";

  /** Katie Finney's id. */
  public static final String KATIE_FINNEY = "katie-finney";

  /** David Rogerson's id. */
  public static final String DAVID_ROGERSON = "david-rogerson";

  /** Beth Perry's words, exactly as the article quotes them. */
  public static final String BETH_PERRY_SAID =
      "The Realising Just Cities programme is based on the idea of co-production from cradle to"
          + " grave. That doesn’t mean doing everything together all the time; it does mean"
          + " working together to blend expertise across different sectors and organisations."
          + " It’s really important to us to open up knowledge exchange beyond the academy. We"
          + " can achieve the most change by creating spaces for decision-makers to learn, not by"
          + " dropping heavy reports on their desk. That’s why we are supporting peer learning"
          + " through these international visits";

  /** Katie Finney's words, exactly as the article quotes them. */
  public static final String KATIE_FINNEY_SAID =
      "I’m looking forward to putting what Jam and Justice is doing into a bigger context,"
          + " seeing how it fits alongside other international work on co-production. And I’m"
          + " aiming to share some of my learning with the Action Research Collective and others"
          + " on Twitter. Watch out for #CoProduceGM!";

  private RealisingJustCities() {}

  /**
   * Builds the programme. Building checks every rule of the format, so a programme that is
   * returned is valid.
   *
   * @return the Realising Just Cities programme
   */
  public static Programme programme() {
    return Programme.builder()
        .id(PROGRAMME)
        .name("Realising Just Cities")
        .addLead(MISTRA_URBAN_FUTURES)
        .addFunder(MISTRA)
        .addTheme("co-production")
        .addHashtag("CoProduceGM")
        // The article mentions UN sustainable development goals without naming any: no sdgs.
        .addOrganisations(organisations())
        .addParticipants(participants())
        .addConference(capeTown())
        .addConference(barcelona())
        .addVisits(visits())
        .addQuotes(quotes())
        .build();
  }

  private static Organisation[] organisations() {
    return new Organisation[] {
      Organisation.builder()
          .id(MISTRA_URBAN_FUTURES)
          .name("Mistra Urban Futures")
          // Implied: the article speaks of Mistra Urban Futures researchers.
          .sector(Sector.ACADEMIC)
          .build(),
      Organisation.builder()
          .id(MISTRA)
          .name("Mistra")
          // The article gives no sector for the funder, and the format requires one. Recording
          // it as a foundation outside government (voluntary) is our assumption.
          .sector(Sector.VOLUNTARY)
          .build(),
      Organisation.builder()
          .id(RJC)
          .name("Realising Just Cities")
          // Implied: the article calls Beth Perry and Bertie Russell RJC researchers, and the
          // programme is led by Mistra Urban Futures. Beth Perry's title ("UK lead") needs an
          // organisation to belong to, hence the programme also appears as an organisation.
          .sector(Sector.ACADEMIC)
          .parent(MISTRA_URBAN_FUTURES)
          .build(),
      Organisation.builder()
          .id(GMCA)
          // The article says only "GMCA"; the full name is the authority's own, not the article's.
          .name("Greater Manchester Combined Authority")
          .shortName("GMCA")
          // Implied: the visits are for public sector strategists, and David Rogerson is the
          // GMCA's strategist.
          .sector(Sector.PUBLIC)
          .build(),
      Organisation.builder()
          .id(JAM_AND_JUSTICE)
          .name("Jam and Justice")
          // Implied: the visits are for community practitioners from Greater Manchester, and the
          // travellers who are not public sector strategists come from Jam and Justice.
          .sector(Sector.COMMUNITY)
          .build(),
      Organisation.builder()
          .id(ACTION_RESEARCH_COLLECTIVE)
          .name("Jam and Justice Action Research Collective")
          .shortName("Action Research Collective")
          .sector(Sector.COMMUNITY) // implied, as for Jam and Justice
          .parent(JAM_AND_JUSTICE)
          .build(),
      Organisation.builder()
          .id(GM_DECIDES)
          // The article calls GM Decides an action research project of Jam and Justice. It is an
          // organisation here so that its co-leads' title has something to belong to.
          .name("GM Decides")
          .sector(Sector.COMMUNITY) // implied, as for Jam and Justice
          .parent(JAM_AND_JUSTICE)
          .build(),
      Organisation.builder()
          .id(IOPD)
          .name("International Observatory for Participatory Democracy")
          .shortName("IOPD")
          // The article gives no sector for the IOPD, and the format requires one. Recording it
          // as public (an observatory of participatory democracy in cities) is our assumption.
          .sector(Sector.PUBLIC)
          .build()
    };
  }

  private static Participant[] participants() {
    // No participant has a sector of their own: each one's sector comes from their first
    // affiliation (or, at a conference, from the organisation they represent there).
    return new Participant[] {
      Participant.builder()
          .id(BETH_PERRY)
          .name("Beth Perry")
          .addAffiliation(Affiliation.builder().organisation(RJC).title("UK lead").build())
          .build(),
      Participant.builder()
          .id(BERTIE_RUSSELL)
          .name("Bertie Russell")
          .addAffiliation(Affiliation.builder().organisation(RJC).title("Researcher").build())
          .build(),
      Participant.builder()
          .id(ALICE_TOOMER_MCALPINE)
          // The article spaces the hyphen ("Toomer - McAlpine"); the name is written without.
          .name("Alice Toomer-McAlpine")
          .addAffiliation(Affiliation.builder().organisation(GM_DECIDES).title("Co-lead").build())
          .build(),
      Participant.builder()
          .id(KATIE_FINNEY)
          .name("Katie Finney")
          .addAffiliation(Affiliation.builder().organisation(GM_DECIDES).title("Co-lead").build())
          .build(),
      Participant.builder()
          .id(DAVID_ROGERSON)
          .name("David Rogerson")
          .addAffiliation(Affiliation.builder().organisation(GMCA).title("Strategist").build())
          .build()
    };
  }

  private static Conference capeTown() {
    return Conference.builder()
        .id(CAPE_TOWN)
        .name("Realising Just Cities conference 2018")
        // Implied: Mistra Urban Futures researchers come together at it each year.
        .addHost(MISTRA_URBAN_FUTURES)
        .place(Place.builder().name("Cape Town").country("ZA").build())
        // The article gives the year only. ("Later in November" for Barcelona suggests an
        // earlier November date, but no month is stated, so none is recorded.)
        .dates(DateRange.of(PartialDate.ofYear(2018)))
        .addTheme("co-production")
        .addSession(
            Session.builder().id(FIELD_TRIPS).title("Field trips").kind(SessionKind.FIELD_TRIP)
                .build())
        .addParticipation(
            Participation.builder().participant(DAVID_ROGERSON).role(Role.OBSERVER).build())
        .addParticipation(
            Participation.builder()
                .participant(KATIE_FINNEY)
                .role(Role.DELEGATE) // implied: she represents the collective there
                .representing(ACTION_RESEARCH_COLLECTIVE)
                .build())
        .build();
  }

  private static Conference barcelona() {
    Conference.Builder conference = Conference.builder()
        .id(BARCELONA)
        .name("International Observatory for Participatory Democracy conference 2018")
        // Implied: Barcelona hosts the get-together, which is the IOPD's.
        .addHost(IOPD)
        .place(Place.builder().name("Barcelona").country("ES").build())
        // The article says "later in November" of the year of the 2018 conference: a month.
        .dates(DateRange.of(PartialDate.ofMonth(2018, 11)))
        .addStrand(Strand.builder().id("direct-democracy").title("Direct democracy").build())
        .addStrand(Strand.builder().id("citizen-initiative").title("Citizen initiative").build())
        .addStrand(
            Strand.builder()
                .id("ecosystems-of-inclusive-democracy")
                .title("Ecosystems of inclusive democracy")
                .build())
        // The article does not say which strand the workshop belongs to.
        .addSession(
            Session.builder()
                .id(WORKSHOP)
                .title("Co-producing the city")
                .kind(SessionKind.WORKSHOP)
                .build());
    for (String facilitator :
        new String[] {BETH_PERRY, BERTIE_RUSSELL, ALICE_TOOMER_MCALPINE, KATIE_FINNEY}) {
      conference.addParticipation(
          Participation.builder()
              .participant(facilitator)
              .role(Role.FACILITATOR)
              .session(WORKSHOP)
              .build());
    }
    return conference
        .addParticipation(
            Participation.builder().participant(DAVID_ROGERSON).role(Role.OBSERVER).build())
        .build();
  }

  private static Visit[] visits() {
    Place greaterManchester = Place.builder().name("Greater Manchester").country("GB").build();
    return new Visit[] {
      Visit.builder()
          .id("visit-to-cape-town")
          .title("Peer-learning visit from Greater Manchester to Cape Town")
          .conference(CAPE_TOWN)
          .origin(greaterManchester)
          // David Rogerson joins both trips (stated); Katie Finney's place on this one is implied
          // by her representing the collective in Cape Town.
          .addParticipants(DAVID_ROGERSON, KATIE_FINNEY)
          .build(),
      Visit.builder()
          .id("visit-to-barcelona")
          .title("Peer-learning visit from Greater Manchester to Barcelona")
          .conference(BARCELONA)
          .origin(greaterManchester)
          // Stated: the two researchers are joined by the two co-leads thanks to Mistra funding,
          // and David Rogerson joins the trip. Implied: that all five travel together, from
          // Greater Manchester, on the programme's peer-learning visit.
          .addParticipants(
              BETH_PERRY, BERTIE_RUSSELL, ALICE_TOOMER_MCALPINE, KATIE_FINNEY, DAVID_ROGERSON)
          .addFunder(MISTRA)
          .build()
    };
  }

  private static Quote[] quotes() {
    // Implied: both were said in 2018, the year of "this year's conference". Neither is tied to
    // one conference: both speak of the visits as a whole.
    return new Quote[] {
      Quote.builder()
          .id("beth-perry-on-co-production")
          .speaker(BETH_PERRY)
          .text(BETH_PERRY_SAID)
          .language("en")
          .said(PartialDate.ofYear(2018))
          .build(),
      Quote.builder()
          .id("katie-finney-on-bigger-context")
          .speaker(KATIE_FINNEY)
          .text(KATIE_FINNEY_SAID)
          .language("en")
          .said(PartialDate.ofYear(2018))
          .build()
    };
  }

  /**
   * Prints the programme as a format 1.0 document.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println(ProgrammeJson.create().write(programme()));
  }
}
