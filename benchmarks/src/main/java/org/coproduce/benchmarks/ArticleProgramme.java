package org.coproduce.benchmarks;

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
 * The smallest workload: the shape of the reference article's programme (DOMAIN.md's facts), built
 * here so that the benchmarks do not depend on the examples module. The two quotes carry stand-in
 * text of about the article's length; the examples module carries the real words.
 */
final class ArticleProgramme {
  private ArticleProgramme() {}

  static Programme build() {
    Place capeTown = Place.builder().name("Cape Town").country("ZA").build();
    Place barcelona = Place.builder().name("Barcelona").country("ES").build();
    Place greaterManchester = Place.builder().name("Greater Manchester").country("GB").build();
    return Programme.builder()
        .id("realising-just-cities")
        .name("Realising Just Cities")
        .addLeads("mistra-urban-futures")
        .addFunders("mistra")
        .addThemes("co-production")
        .addHashtags("CoProduceGM")
        .addOrganisations(
            organisation("mistra-urban-futures", "Mistra Urban Futures", Sector.ACADEMIC),
            organisation("mistra", "Mistra", Sector.PRIVATE),
            Organisation.builder().id("gmca").name("Greater Manchester Combined Authority")
                .shortName("GMCA").sector(Sector.PUBLIC).build(),
            organisation("jam-and-justice", "Jam and Justice", Sector.ACADEMIC),
            Organisation.builder().id("action-research-collective")
                .name("Jam and Justice Action Research Collective").sector(Sector.COMMUNITY)
                .parent("jam-and-justice").build(),
            organisation("iopd", "International Observatory for Participatory Democracy",
                Sector.VOLUNTARY))
        .addParticipants(
            participant("beth-perry", "Beth Perry", Sector.ACADEMIC, "mistra-urban-futures",
                "UK lead"),
            participant("bertie-russell", "Bertie Russell", Sector.ACADEMIC,
                "mistra-urban-futures", "Researcher"),
            participant("alice-toomer-mcalpine", "Alice Toomer-McAlpine", Sector.COMMUNITY,
                "jam-and-justice", "Co-lead"),
            participant("katie-finney", "Katie Finney", Sector.COMMUNITY, "jam-and-justice",
                "Co-lead"),
            participant("david-rogerson", "David Rogerson", Sector.PUBLIC, "gmca", "Strategist"))
        .addConferences(
            Conference.builder()
                .id("rjc-2018")
                .name("Realising Just Cities conference 2018")
                .place(capeTown)
                .dates(DateRange.of(PartialDate.ofYear(2018)))
                .addThemes("co-production")
                .addSessions(Session.builder().id("field-trips").title("Field trips")
                    .kind(SessionKind.FIELD_TRIP).build())
                .addParticipations(
                    participation("david-rogerson", Role.OBSERVER, null, null),
                    participation("katie-finney", Role.DELEGATE, null,
                        "action-research-collective"))
                .build(),
            Conference.builder()
                .id("iopd-2018")
                .name("International Observatory for Participatory Democracy conference")
                .addHosts("iopd")
                .place(barcelona)
                .dates(DateRange.of(PartialDate.ofMonth(2018, 11)))
                .addStrands(
                    Strand.builder().id("direct-democracy").title("Direct democracy").build(),
                    Strand.builder().id("citizen-initiative").title("Citizen initiative").build(),
                    Strand.builder().id("inclusive-democracy")
                        .title("Ecosystems of inclusive democracy").build())
                .addSessions(Session.builder().id("co-producing-the-city")
                    .title("Co-producing the city").kind(SessionKind.WORKSHOP).build())
                .addParticipations(
                    participation("beth-perry", Role.FACILITATOR, "co-producing-the-city", null),
                    participation("bertie-russell", Role.FACILITATOR, "co-producing-the-city",
                        null),
                    participation("alice-toomer-mcalpine", Role.FACILITATOR,
                        "co-producing-the-city", null),
                    participation("katie-finney", Role.FACILITATOR, "co-producing-the-city",
                        null),
                    participation("david-rogerson", Role.OBSERVER, null, null))
                .build())
        .addVisits(
            Visit.builder().id("visit-cape-town").title("Peer-learning visit to Cape Town")
                .conference("rjc-2018").origin(greaterManchester)
                .addParticipants("david-rogerson", "katie-finney").build(),
            Visit.builder().id("visit-barcelona").title("Peer-learning visit to Barcelona")
                .conference("iopd-2018").origin(greaterManchester)
                .addParticipants("beth-perry", "bertie-russell", "alice-toomer-mcalpine",
                    "katie-finney", "david-rogerson")
                .addFunders("mistra").build())
        .addQuotes(
            Quote.builder().id("quote-beth-perry").speaker("beth-perry")
                .text(standIn(560)).language("en").said(PartialDate.ofYear(2018)).build(),
            Quote.builder().id("quote-katie-finney").speaker("katie-finney")
                .text(standIn(300)).language("en").said(PartialDate.ofYear(2018))
                .conference("iopd-2018").build())
        .build();
  }

  private static Organisation organisation(String id, String name, Sector sector) {
    return Organisation.builder().id(id).name(name).sector(sector).build();
  }

  private static Participant participant(
      String id, String name, Sector sector, String organisation, String title) {
    return Participant.builder().id(id).name(name).sector(sector)
        .addAffiliations(Affiliation.builder().organisation(organisation).title(title).build())
        .build();
  }

  private static Participation participation(
      String participant, Role role, String session, String representing) {
    Participation.Builder builder = Participation.builder().participant(participant).role(role);
    if (session != null) {
      builder.session(session);
    }
    if (representing != null) {
      builder.representing(representing);
    }
    return builder.build();
  }

  /** Text of the given length that stands in for a quote's words. */
  private static String standIn(int length) {
    String words = "Stand-in words of a quote, as long as the one the article gives. ";
    StringBuilder text = new StringBuilder(length);
    while (text.length() < length) {
      text.append(words);
    }
    return text.substring(0, length).strip();
  }
}
