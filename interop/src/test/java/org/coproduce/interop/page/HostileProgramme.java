package org.coproduce.interop.page;

import org.coproduce.model.Affiliation;
import org.coproduce.model.Conference;
import org.coproduce.model.DateRange;
import org.coproduce.model.Organisation;
import org.coproduce.model.Output;
import org.coproduce.model.OutputKind;
import org.coproduce.model.OutputTranslation;
import org.coproduce.model.PartialDate;
import org.coproduce.model.Participant;
import org.coproduce.model.Participation;
import org.coproduce.model.Place;
import org.coproduce.model.Programme;
import org.coproduce.model.ProgrammeTranslation;
import org.coproduce.model.Quote;
import org.coproduce.model.Role;
import org.coproduce.model.Sector;
import org.coproduce.model.Session;
import org.coproduce.model.SessionKind;
import org.coproduce.model.Source;
import org.coproduce.model.Strand;
import org.coproduce.model.Visit;

/**
 * A programme with hostile text in every text field: markup that would run or end elements if it
 * were not escaped ({@code <script>}, {@code </style>}, {@code </script>}, {@code <!--}), both
 * kinds of quotes, an entity, bidirectional overrides and isolates left open, a control character,
 * a noncharacter, and a very long word. Each field's text ends with the field's name, so that a
 * test can find it.
 */
final class HostileProgramme {
  static final String HOSTILE = "</style></script><script>alert(\"x\")</script><!-- 'q' &amp; "
      + "\u202Erevo\u2066open \u0007bell\uFFFE " + "W".repeat(160) + " ";

  /** A URL the model accepts that still holds characters an attribute must escape. */
  static final String URL = "https://example.org/a?x=%22%3E%3Cscript%3E&y='1'";

  /** A URL that names another host than the one it leads to: shown, but never a link. */
  static final String DISGUISED_URL = "https://bank.example@evil.example/login";

  private HostileProgramme() {}

  static String text(String field) {
    return HOSTILE + field;
  }

  static Programme programme() {
    Place place = Place.builder().name(text("place.name")).region(text("place.region"))
        .country("ES").build();
    return Programme.builder()
        .id("hostile")
        .name(text("programme.name"))
        .summary(text("programme.summary"))
        .period(DateRange.of(PartialDate.ofYear(2018), PartialDate.ofMonth(2019, 2)))
        .addLead("org-a")
        .addFunder("org-b")
        .addTheme(text("programme.theme"))
        .addHashtag("Hostile_1")
        .addSdgs(11)
        .addOrganisations(
            Organisation.builder().id("org-a").name(text("org-a.name"))
                .shortName(text("org-a.shortName")).sector(Sector.PUBLIC).place(place).url(URL)
                .build(),
            Organisation.builder().id("org-b").name(text("org-b.name")).sector(Sector.PRIVATE)
                .parent("org-a").url(DISGUISED_URL).build())
        .addParticipants(
            Participant.builder().id("person-a").name(text("person-a.name")).url(URL)
                .sector(Sector.COMMUNITY)
                .addAffiliation(Affiliation.builder().organisation("org-a")
                    .title(text("person-a.title")).build())
                .build(),
            Participant.builder().id("person-b").name(text("person-b.name"))
                .addAffiliation(Affiliation.builder().organisation("org-b").build())
                .build())
        .addConference(Conference.builder()
            .id("conference-a")
            .name(text("conference.name"))
            .summary(text("conference.summary"))
            .addHost("org-a")
            .place(place)
            .dates(DateRange.of(PartialDate.ofDay(2018, 11, 27), PartialDate.ofDay(2018, 11, 30)))
            .addTheme(text("conference.theme"))
            .url(URL)
            .addStrand(Strand.builder().id("strand-a").title(text("strand.title"))
                .summary(text("strand.summary")).build())
            .addSession(Session.builder().id("session-a").title(text("session.title"))
                .kind(SessionKind.PANEL).strand("strand-a").date(PartialDate.ofDay(2018, 11, 28))
                .summary(text("session.summary")).build())
            .addParticipation(Participation.builder().participant("person-a").role(Role.SPEAKER)
                .session("session-a").representing("org-b").build())
            .addParticipation(Participation.builder().participant("person-b")
                .role(Role.ORGANISER).build())
            .build())
        .addVisit(Visit.builder().id("visit-a").title(text("visit.title"))
            .conference("conference-a").origin(place).addParticipants("person-a", "person-b")
            .addFunder("org-b").summary(text("visit.summary")).build())
        .addOutput(Output.builder().id("output-a").kind(OutputKind.TOOLKIT)
            .title(text("output.title")).summary(text("output.summary")).language("ar")
            .addAuthors("person-a", "person-b").addOrganisation("org-b")
            .addConference("conference-a").addVisit("visit-a").url(URL)
            .published(PartialDate.ofYear(2019))
            .putTranslation("en", OutputTranslation.builder().title(text("output.title.en"))
                .build())
            .build())
        .putTranslation("ca", ProgrammeTranslation.builder().name(text("programme.name.ca"))
            .build())
        .addQuote(Quote.builder().id("quote-a").speaker("person-a").text(text("quote.text"))
            .language("ar").said(PartialDate.ofMonth(2018, 11)).conference("conference-a")
            .source(Source.builder().title(text("source.title"))
                .publisher(text("source.publisher")).url(URL)
                .published(PartialDate.ofDay(2018, 12, 1)).build())
            .build())
        .build();
  }
}
