package org.coproduce.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.model.Fixtures.conference;
import static org.coproduce.model.Fixtures.org;
import static org.coproduce.model.Fixtures.participation;
import static org.coproduce.model.Fixtures.person;
import static org.coproduce.model.Fixtures.programme;
import static org.coproduce.model.Fixtures.quote;
import static org.coproduce.model.Fixtures.session;
import static org.coproduce.model.Fixtures.strand;
import static org.coproduce.model.Fixtures.visit;
import static org.coproduce.model.Problems.at;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of a whole programme, checked when it is built, with paths from the programme. */
class ProgrammeRulesTest {

  // ---- Unique ids -----------------------------------------------------------------------------

  @Test
  void rejectsRepeatedIdsInEachListAtEveryLaterOccurrence() {
    List<Problem> problems = Problems.of(() -> programme()
        .addOrganisations(org("a"), org("b"), org("a"), org("a"))
        .addParticipants(person("x"), person("x"))
        .addConferences(conference("c").build(), conference("d").build(), conference("c").build())
        .addVisits(visit("v", "c").build(), visit("v", "d").build())
        .addQuotes(quote("q", "x").build(), quote("r", "x").build(), quote("q", "x").build())
        .build());
    assertThat(problems).containsExactly(
        at("repeats the organisation id \"a\" of item 0", "organisations", 2, "id"),
        at("repeats the organisation id \"a\" of item 0", "organisations", 3, "id"),
        at("repeats the participant id \"x\" of item 0", "participants", 1, "id"),
        at("repeats the conference id \"c\" of item 0", "conferences", 2, "id"),
        at("repeats the visit id \"v\" of item 0", "visits", 1, "id"),
        at("repeats the quote id \"q\" of item 0", "quotes", 2, "id"));
  }

  @Test
  void idsOfDifferentKindsMayCoincide() {
    Programme p = programme()
        .addOrganisations(org("same"))
        .addParticipants(person("same"))
        .addConferences(conference("same")
            .addStrands(strand("same")).addSessions(session("same")).build())
        .addVisits(visit("same", "same").build())
        .addQuotes(quote("same", "same").build())
        .build();
    assertThat(p.organisation("same")).isPresent();
    assertThat(p.participant("same")).isPresent();
    assertThat(p.conference("same")).isPresent();
  }

  @Test
  void rejectsStrandAndSessionIdsRepeatedWithinOneConference() {
    List<Problem> problems = Problems.of(() -> programme()
        .addConferences(
            conference("c").addStrands(strand("s"), strand("t"), strand("s"))
                .addSessions(session("w"), session("w")).build(),
            conference("d").addStrands(strand("t"), strand("t"))
                .addSessions(session("v"), session("x"), session("v")).build())
        .build());
    assertThat(problems).containsExactly(
        at("repeats the strand id \"s\" of item 0", "conferences", 0, "strands", 2, "id"),
        at("repeats the session id \"w\" of item 0", "conferences", 0, "sessions", 1, "id"),
        at("repeats the strand id \"t\" of item 0", "conferences", 1, "strands", 1, "id"),
        at("repeats the session id \"v\" of item 0", "conferences", 1, "sessions", 2, "id"));
  }

  @Test
  void strandAndSessionIdsAreUniqueOnlyWithinTheirConference() {
    Programme p = programme()
        .addConferences(
            conference("c").addStrands(strand("s")).addSessions(session("w")).build(),
            conference("d").addStrands(strand("s")).addSessions(session("w")).build())
        .build();
    assertThat(p.conferences()).hasSize(2);
  }

  // ---- References -----------------------------------------------------------------------------

  @Test
  void rejectsEveryKindOfReferenceThatDoesNotResolve() {
    List<Problem> problems = Problems.of(() -> programme()
        .addLeads("o", "no-lead")
        .addFunders("no-funder", "o")
        .addOrganisations(org("o"), org("child", "no-parent"))
        .addParticipants(
            person("p"),
            Participant.builder().from(person("q"))
                .addAffiliations(
                    Affiliation.builder().organisation("o").build(),
                    Affiliation.builder().organisation("no-affiliation").build())
                .build())
        .addConferences(
            conference("c").build(),
            conference("d")
                .addHosts("no-host", "o")
                .addStrands(strand("s"))
                .addSessions(
                    Session.builder().from(session("w")).strand("no-strand").build(),
                    Session.builder().from(session("x")).strand("s").build())
                .addParticipations(
                    participation("no-participant", Role.SPEAKER),
                    participation("p", Role.SPEAKER, "no-session"),
                    Participation.builder().participant("p").role(Role.DELEGATE)
                        .representing("no-organisation").build())
                .build())
        .addVisits(visit("v", "no-conference")
            .addParticipants("p", "no-traveller")
            .addFunders("no-visit-funder")
            .build())
        .addQuotes(
            quote("q1", "no-speaker").build(),
            quote("q2", "p").conference("no-quoted-conference").build())
        .build());
    assertThat(problems).containsExactly(
        at("no organisation with id \"no-lead\"", "leads", 1),
        at("no organisation with id \"no-funder\"", "funders", 0),
        at("no organisation with id \"no-parent\"", "organisations", 1, "parent"),
        at("no organisation with id \"no-affiliation\"",
            "participants", 1, "affiliations", 1, "organisation"),
        at("no organisation with id \"no-host\"", "conferences", 1, "hosts", 0),
        at("no strand with id \"no-strand\" in this conference",
            "conferences", 1, "sessions", 0, "strand"),
        at("no participant with id \"no-participant\"",
            "conferences", 1, "participations", 0, "participant"),
        at("no session with id \"no-session\" in this conference",
            "conferences", 1, "participations", 1, "session"),
        at("no organisation with id \"no-organisation\"",
            "conferences", 1, "participations", 2, "representing"),
        at("no conference with id \"no-conference\"", "visits", 0, "conference"),
        at("no participant with id \"no-traveller\"", "visits", 0, "participants", 1),
        at("no organisation with id \"no-visit-funder\"", "visits", 0, "funders", 0),
        at("no participant with id \"no-speaker\"", "quotes", 0, "speaker"),
        at("no conference with id \"no-quoted-conference\"", "quotes", 1, "conference"));
  }

  @Test
  void referencesResolveAgainstEveryItemEvenWhenTheListGoesOn() {
    // A reference may point forwards, to an item listed after the one that refers to it.
    Programme p = programme()
        .addLeads("last")
        .addOrganisations(org("first", "last"), org("last"))
        .addParticipants(Participant.builder().from(person("p"))
            .addAffiliations(Affiliation.builder().organisation("last").build()).build())
        .addConferences(conference("c")
            .addSessions(Session.builder().from(session("w")).strand("later").build())
            .addStrands(strand("later"))
            .addParticipations(participation("p", Role.FACILITATOR, "w"))
            .build())
        .build();
    assertThat(p.subOrganisations("last")).extracting(Organisation::id).containsExactly("first");
  }

  @Test
  void strandsAndSessionsAreLookedUpInTheirOwnConferenceOnly() {
    List<Problem> problems = Problems.of(() -> programme()
        .addParticipants(person("p"))
        .addConferences(
            conference("c").addStrands(strand("only-in-c")).addSessions(session("w")).build(),
            conference("d")
                .addSessions(Session.builder().from(session("x")).strand("only-in-c").build())
                .addParticipations(participation("p", Role.ATTENDEE, "w"))
                .build())
        .build());
    assertThat(problems).containsExactly(
        at("no strand with id \"only-in-c\" in this conference",
            "conferences", 1, "sessions", 0, "strand"),
        at("no session with id \"w\" in this conference",
            "conferences", 1, "participations", 0, "session"));
  }

  @Test
  void referencesAreCaseSensitiveAndExact() {
    // Ids are lowercase, so a reference in another case can never resolve.
    List<Problem> problems = Problems.of(() -> programme()
        .addOrganisations(org("gmca"))
        .addLeads("GMCA", "gmca ")
        .build());
    assertThat(problems).containsExactly(
        at("no organisation with id \"GMCA\"", "leads", 0),
        at("no organisation with id \"gmca \"", "leads", 1));
  }

  // ---- Parent loops ---------------------------------------------------------------------------

  @Test
  void rejectsAnOrganisationThatIsItsOwnParent() {
    assertThat(Problems.of(() -> programme().addOrganisations(org("a", "a")).build()))
        .containsExactly(at("the parent \"a\" leads back to this organisation: parents must not"
            + " loop", "organisations", 0, "parent"));
  }

  @Test
  void reportsEveryOrganisationOnALoopButNotThoseLeadingIntoIt() {
    // d -> a -> b -> c -> a: a, b and c are on the loop; d only leads into it; e is fine.
    List<Problem> problems = Problems.of(() -> programme()
        .addOrganisations(org("d", "a"), org("a", "b"), org("e"), org("b", "c"), org("c", "a"),
            org("f", "d"))
        .build());
    String loop = " leads back to this organisation: parents must not loop";
    assertThat(problems).containsExactly(
        at("the parent \"b\"" + loop, "organisations", 1, "parent"),
        at("the parent \"c\"" + loop, "organisations", 3, "parent"),
        at("the parent \"a\"" + loop, "organisations", 4, "parent"));
  }

  @Test
  void reportsSeveralLoopsAndToleratesLongChains() {
    List<Organisation> orgs = new ArrayList<>();
    // A chain of 10,000 that ends in a root: deep, but no loop (and no deep recursion).
    orgs.add(org("root"));
    for (int i = 1; i < 10_000; i++) {
      orgs.add(org("n" + i, i == 1 ? "root" : "n" + (i - 1)));
    }
    orgs.add(org("x", "y"));
    orgs.add(org("y", "x"));
    List<Problem> problems = Problems.of(() -> programme().organisations(orgs).build());
    String loop = " leads back to this organisation: parents must not loop";
    assertThat(problems).containsExactly(
        at("the parent \"y\"" + loop, "organisations", 10_000, "parent"),
        at("the parent \"x\"" + loop, "organisations", 10_001, "parent"));
    Programme fine = programme().organisations(orgs.subList(0, 10_000)).build();
    assertThat(fine.subOrganisations("n9998")).extracting(Organisation::id).containsExactly("n9999");
  }

  @Test
  void aParentThatDoesNotResolveEndsTheChainWithoutALoop() {
    assertThat(Problems.of(() -> programme()
            .addOrganisations(org("a", "b"), org("b", "missing")).build()))
        .containsExactly(at("no organisation with id \"missing\"", "organisations", 1, "parent"));
  }

  // ---- Session dates --------------------------------------------------------------------------

  private static Session sessionOn(String id, String date) {
    return Session.builder().from(session(id)).date(PartialDate.parse(date)).build();
  }

  @Test
  void acceptsSessionDatesThatShareADayWithTheConference() {
    Programme p = programme().addConferences(conference("c")
            .dates(DateRange.parse("2018-11"))
            .addSessions(sessionOn("a", "2018-11-24"), sessionOn("b", "2018"),
                sessionOn("c", "2018-11"), sessionOn("d", "2018-11-30"), sessionOn("e", "2018-11-01"))
            .build())
        .build();
    assertThat(p.conferences().get(0).sessions()).hasSize(5);
  }

  @Test
  void rejectsSessionDatesThatShareNoDayWithTheConference() {
    List<Problem> problems = Problems.of(() -> programme().addConferences(
            conference("c").dates(DateRange.parse("2018-11"))
                .addSessions(sessionOn("a", "2018-12-01"), sessionOn("b", "2018-11-15"),
                    sessionOn("c", "2019"), sessionOn("d", "2018-10"))
                .build(),
            conference("e").dates(DateRange.parse("2018-11-20/2018-11-24"))
                .addSessions(sessionOn("f", "2018-11-19"), sessionOn("g", "2018-11"))
                .build())
        .build());
    assertThat(problems).containsExactly(
        at("2018-12-01 shares no day with the conference's dates 2018-11",
            "conferences", 0, "sessions", 0, "date"),
        at("2019 shares no day with the conference's dates 2018-11",
            "conferences", 0, "sessions", 2, "date"),
        at("2018-10 shares no day with the conference's dates 2018-11",
            "conferences", 0, "sessions", 3, "date"),
        at("2018-11-19 shares no day with the conference's dates 2018-11-20/2018-11-24",
            "conferences", 1, "sessions", 0, "date"));
  }

  @Test
  void sessionDatesAreFreeWhenTheConferenceHasNoDates() {
    Programme p = programme()
        .addConferences(conference("c").addSessions(sessionOn("a", "1999"), sessionOn("b", "2030-01-01"))
            .build())
        .build();
    assertThat(p.conferences().get(0).dates()).isEmpty();
  }

  // ---- Repeated participations ----------------------------------------------------------------

  @Test
  void rejectsARepeatedParticipationAtTheLaterElement() {
    List<Problem> problems = Problems.of(() -> programme()
        .addOrganisations(org("o"), org("r"))
        .addParticipants(person("p"), person("q"))
        .addConferences(conference("c")
            .addSessions(session("w"), session("x"))
            .addParticipations(
                participation("p", Role.SPEAKER),
                participation("p", Role.SPEAKER, "w"),
                participation("p", Role.FACILITATOR, "w"),
                participation("q", Role.SPEAKER),
                participation("p", Role.SPEAKER, "x"),
                // The same three values again: representing does not count.
                Participation.builder().participant("p").role(Role.SPEAKER).representing("o")
                    .build(),
                Participation.builder().participant("p").role(Role.SPEAKER).session("w")
                    .representing("r").build(),
                participation("p", Role.SPEAKER))
            .build())
        .build());
    assertThat(problems).containsExactly(
        at("repeats the participation of \"p\" as speaker", "conferences", 0, "participations", 5),
        at("repeats the participation of \"p\" as speaker in session \"w\"",
            "conferences", 0, "participations", 6),
        at("repeats the participation of \"p\" as speaker", "conferences", 0, "participations", 7));
  }

  @Test
  void theSameParticipationInAnotherConferenceIsNoRepeat() {
    Programme p = programme()
        .addParticipants(person("p"))
        .addConferences(
            conference("c").addSessions(session("w"))
                .addParticipations(participation("p", Role.OBSERVER, "w")).build(),
            conference("d").addSessions(session("w"))
                .addParticipations(participation("p", Role.OBSERVER, "w")).build())
        .build();
    assertThat(p.rolesOf("p")).containsOnlyKeys("c", "d");
  }

  @Test
  void eachConferenceTellsItsOwnParticipationsApartWhateverTheSizesBefore() {
    // A small conference, then one with many participations and a repeat, then a small one again:
    // what one conference saw never counts as a repeat in the next.
    Programme.Builder b = programme();
    List<Participation> many = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      b.addParticipants(person("p" + i));
      many.add(participation("p" + i, Role.ATTENDEE));
    }
    many.add(participation("p0", Role.SPEAKER));
    many.add(participation("p7", Role.ATTENDEE));
    List<Problem> problems = Problems.of(() -> b
        .addConferences(
            conference("a").addParticipations(participation("p7", Role.ATTENDEE)).build(),
            conference("b").addAllParticipations(many).build(),
            conference("c").addParticipations(participation("p0", Role.SPEAKER),
                participation("p7", Role.ATTENDEE), participation("p0", Role.SPEAKER)).build())
        .build());
    assertThat(problems).containsExactly(
        at("repeats the participation of \"p7\" as attendee", "conferences", 1, "participations",
            41),
        at("repeats the participation of \"p0\" as speaker", "conferences", 2, "participations",
            2));
  }

  @Test
  void aRepeatedParticipationOfAnUnknownParticipantIsReportedTwice() {
    assertThat(Problems.of(() -> programme()
            .addConferences(conference("c")
                .addParticipations(participation("ghost", Role.ATTENDEE),
                    participation("ghost", Role.ATTENDEE))
                .build())
            .build()))
        .containsExactly(
            at("no participant with id \"ghost\"",
                "conferences", 0, "participations", 0, "participant"),
            at("repeats the participation of \"ghost\" as attendee",
                "conferences", 0, "participations", 1),
            at("no participant with id \"ghost\"",
                "conferences", 0, "participations", 1, "participant"));
  }

  // ---- All at once, in document order --------------------------------------------------------

  @Test
  void reportsEveryProblemAtOnceInDocumentOrder() {
    List<Problem> problems = Problems.of(() -> Programme.builder()
        .id("Bad")
        .name("")
        .summary("\udfff")
        .addLeads("nobody")
        .addFunders("nobody")
        .addThemes("t", "t")
        .addHashtags("#x")
        .addSdgs(0)
        .addOrganisations(org("o", "o"), org("o"))
        .addParticipants(person("p"), person("p"))
        .addConferences(conference("c")
            .addHosts("nobody")
            .addStrands(strand("s"), strand("s"))
            .dates(DateRange.parse("2018"))
            .addSessions(sessionOn("w", "2019"), sessionOn("w", "2018"))
            .addParticipations(participation("nobody", Role.SPEAKER, "nothing"))
            .build())
        .addVisits(visit("v", "nothing").build(), visit("v", "c").build())
        .addQuotes(quote("q", "nobody").build(), quote("q", "p").conference("nothing").build())
        .build());
    assertThat(problems).containsExactly(
        at("\"Bad\" is not an id: lowercase ASCII letters and digits in words joined by single"
            + " hyphens", "id"),
        at("must not be blank", "name"),
        at("holds an unpaired surrogate at character 0: text must be valid Unicode", "summary"),
        at("no organisation with id \"nobody\"", "leads", 0),
        at("no organisation with id \"nobody\"", "funders", 0),
        at("repeats \"t\"", "themes", 1),
        at("\"#x\" is not a hashtag: 1 to 100 ASCII letters, digits or _, without #",
            "hashtags", 0),
        at("0 is not a Sustainable Development Goal: goals are 1 to 17", "sdgs", 0),
        at("the parent \"o\" leads back to this organisation: parents must not loop",
            "organisations", 0, "parent"),
        at("repeats the organisation id \"o\" of item 0", "organisations", 1, "id"),
        at("repeats the participant id \"p\" of item 0", "participants", 1, "id"),
        at("no organisation with id \"nobody\"", "conferences", 0, "hosts", 0),
        at("repeats the strand id \"s\" of item 0", "conferences", 0, "strands", 1, "id"),
        at("2019 shares no day with the conference's dates 2018",
            "conferences", 0, "sessions", 0, "date"),
        at("repeats the session id \"w\" of item 0", "conferences", 0, "sessions", 1, "id"),
        at("no participant with id \"nobody\"",
            "conferences", 0, "participations", 0, "participant"),
        at("no session with id \"nothing\" in this conference",
            "conferences", 0, "participations", 0, "session"),
        at("no conference with id \"nothing\"", "visits", 0, "conference"),
        at("repeats the visit id \"v\" of item 0", "visits", 1, "id"),
        at("no participant with id \"nobody\"", "quotes", 0, "speaker"),
        at("repeats the quote id \"q\" of item 0", "quotes", 1, "id"),
        at("no conference with id \"nothing\"", "quotes", 1, "conference"));
  }

  @Test
  void capsTheNumberOfProblemsAndSaysSo() {
    List<String> leads = new ArrayList<>();
    for (int i = 0; i < 10_500; i++) {
      leads.add("missing-" + i);
    }
    List<Problem> problems = Problems.of(() -> programme().leads(leads).build());
    assertThat(problems).hasSize(10_001);
    assertThat(problems.get(9_999)).isEqualTo(at("no organisation with id \"missing-9999\"",
        "leads", 9_999));
    assertThat(problems.get(10_000))
        .isEqualTo(at("more than 10000 problems; the rest are not listed"));
  }

  @Test
  void theExceptionMessageSummarisesTheFirstProblems() {
    ValidationException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        ValidationException.class,
        () -> programme().addLeads("a", "b").build());
    assertThat(e.getMessage()).isEqualTo(
        "2 problems: leads[0]: no organisation with id \"a\"; leads[1]: no organisation with id"
            + " \"b\"");
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
  }
}
