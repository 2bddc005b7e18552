package org.coproduce.model.testing;

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
 * The Realising Just Cities programme of the reference article ("International learning with
 * Realising Just Cities"), built once for every module's tests and for the benchmarks, with the
 * public API, the ids and the reading of the article of the examples module's {@code
 * RealisingJustCities} (a test there checks that the two are equal). Only the article's facts;
 * the implied ones and our assumptions are marked; no day is invented. The two quotes are the
 * article's words, verbatim.
 */
public final class ArticleProgramme {
  /** Beth Perry's words in the article. */
  public static final String BETH_PERRY_SAID =
      "The Realising Just Cities programme is based on the idea of co-production from cradle to"
          + " grave. That doesn’t mean doing everything together all the time; it does mean"
          + " working together to blend expertise across different sectors and organisations."
          + " It’s really important to us to open up knowledge exchange beyond the academy. We"
          + " can achieve the most change by creating spaces for decision-makers to learn, not by"
          + " dropping heavy reports on their desk. That’s why we are supporting peer learning"
          + " through these international visits";

  /** Katie Finney's words in the article. */
  public static final String KATIE_FINNEY_SAID =
      "I’m looking forward to putting what Jam and Justice is doing into a bigger context,"
          + " seeing how it fits alongside other international work on co-production. And I’m"
          + " aiming to share some of my learning with the Action Research Collective and others"
          + " on Twitter. Watch out for #CoProduceGM!";

  private ArticleProgramme() {}

  /**
   * The article's programme.
   *
   * @return a new, equal programme at each call
   */
  public static Programme programme() {
    Place greaterManchester = Place.builder().name("Greater Manchester").country("GB").build();
    return Programme.builder()
        .id("realising-just-cities")
        .name("Realising Just Cities")
        .addLead("mistra-urban-futures")
        .addFunder("mistra")
        .addTheme("co-production")
        .addHashtag("CoProduceGM")
        .addOrganisations(
            // Implied: the article speaks of Mistra Urban Futures researchers.
            organisation("mistra-urban-futures", "Mistra Urban Futures", null, Sector.ACADEMIC, null),
            // The article gives the funder no sector; voluntary is our assumption.
            organisation("mistra", "Mistra", null, Sector.VOLUNTARY, null),
            // Implied: Beth Perry and Bertie Russell are "RJC researchers".
            organisation("realising-just-cities", "Realising Just Cities", null, Sector.ACADEMIC,
                "mistra-urban-futures"),
            // Implied: David Rogerson is a public sector strategist.
            organisation("gmca", "Greater Manchester Combined Authority", "GMCA", Sector.PUBLIC,
                null),
            // Implied: the community practitioners of the visits.
            organisation("jam-and-justice", "Jam and Justice", null, Sector.COMMUNITY, null),
            organisation("jam-and-justice-arc", "Jam and Justice Action Research Collective",
                "Action Research Collective", Sector.COMMUNITY, "jam-and-justice"),
            organisation("gm-decides", "GM Decides", null, Sector.COMMUNITY, "jam-and-justice"),
            // The article gives the IOPD no sector; public is our assumption.
            organisation("iopd", "International Observatory for Participatory Democracy", "IOPD",
                Sector.PUBLIC, null))
        .addParticipants(
            person("beth-perry", "Beth Perry", "realising-just-cities", "UK lead"),
            person("bertie-russell", "Bertie Russell", "realising-just-cities", "Researcher"),
            person("alice-toomer-mcalpine", "Alice Toomer-McAlpine", "gm-decides", "Co-lead"),
            person("katie-finney", "Katie Finney", "gm-decides", "Co-lead"),
            person("david-rogerson", "David Rogerson", "gmca", "Strategist"))
        .addConference(capeTown())
        .addConference(barcelona())
        .addVisit(Visit.builder()
            .id("visit-to-cape-town")
            .title("Peer-learning visit from Greater Manchester to Cape Town")
            .conference("rjc-conference-2018")
            .origin(greaterManchester)
            .addParticipants("david-rogerson", "katie-finney")
            .build())
        .addVisit(Visit.builder()
            .id("visit-to-barcelona")
            .title("Peer-learning visit from Greater Manchester to Barcelona")
            .conference("iopd-conference-2018")
            .origin(greaterManchester)
            .addParticipants("beth-perry", "bertie-russell", "alice-toomer-mcalpine",
                "katie-finney", "david-rogerson")
            .addFunder("mistra")
            .build())
        // Implied: both were said in 2018.
        .addQuote(Quote.builder().id("beth-perry-on-co-production").speaker("beth-perry")
            .text(BETH_PERRY_SAID).language("en").said(PartialDate.ofYear(2018)).build())
        .addQuote(Quote.builder().id("katie-finney-on-bigger-context").speaker("katie-finney")
            .text(KATIE_FINNEY_SAID).language("en").said(PartialDate.ofYear(2018)).build())
        .build();
  }

  private static Conference capeTown() {
    return Conference.builder()
        .id("rjc-conference-2018")
        .name("Realising Just Cities conference 2018")
        .addHost("mistra-urban-futures")
        .place(Place.builder().name("Cape Town").country("ZA").build())
        .dates(DateRange.of(PartialDate.ofYear(2018))) // the article gives the year only
        .addTheme("co-production")
        .addSession(Session.builder().id("field-trips").title("Field trips")
            .kind(SessionKind.FIELD_TRIP).build())
        .addParticipation(participation("david-rogerson", Role.OBSERVER, null))
        .addParticipation(Participation.builder().participant("katie-finney")
            .role(Role.DELEGATE).representing("jam-and-justice-arc").build())
        .build();
  }

  private static Conference barcelona() {
    return Conference.builder()
        .id("iopd-conference-2018")
        .name("International Observatory for Participatory Democracy conference 2018")
        .addHost("iopd")
        .place(Place.builder().name("Barcelona").country("ES").build())
        .dates(DateRange.of(PartialDate.ofMonth(2018, 11))) // "later in November"
        .addStrand(Strand.builder().id("direct-democracy").title("Direct democracy").build())
        .addStrand(Strand.builder().id("citizen-initiative").title("Citizen initiative").build())
        .addStrand(Strand.builder().id("ecosystems-of-inclusive-democracy")
            .title("Ecosystems of inclusive democracy").build())
        .addSession(Session.builder().id("co-producing-the-city").title("Co-producing the city")
            .kind(SessionKind.WORKSHOP).build())
        .addParticipation(participation("beth-perry", Role.FACILITATOR, "co-producing-the-city"))
        .addParticipation(participation("bertie-russell", Role.FACILITATOR, "co-producing-the-city"))
        .addParticipation(
            participation("alice-toomer-mcalpine", Role.FACILITATOR, "co-producing-the-city"))
        .addParticipation(participation("katie-finney", Role.FACILITATOR, "co-producing-the-city"))
        .addParticipation(participation("david-rogerson", Role.OBSERVER, null))
        .build();
  }

  private static Organisation organisation(
      String id, String name, String shortName, Sector sector, String parent) {
    Organisation.Builder builder = Organisation.builder().id(id).name(name).sector(sector);
    if (shortName != null) {
      builder.shortName(shortName);
    }
    if (parent != null) {
      builder.parent(parent);
    }
    return builder.build();
  }

  private static Participant person(String id, String name, String organisation, String title) {
    return Participant.builder().id(id).name(name)
        .addAffiliation(Affiliation.builder().organisation(organisation).title(title).build())
        .build();
  }

  private static Participation participation(String participant, Role role, String session) {
    Participation.Builder builder = Participation.builder().participant(participant).role(role);
    if (session != null) {
      builder.session(session);
    }
    return builder.build();
  }
}
