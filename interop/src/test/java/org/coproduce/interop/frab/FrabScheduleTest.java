package org.coproduce.interop.frab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.coproduce.json.DocumentException;
import org.coproduce.model.Conference;
import org.coproduce.model.Participant;
import org.coproduce.model.Participation;
import org.coproduce.model.Programme;
import org.coproduce.model.Role;
import org.coproduce.model.Session;
import org.coproduce.model.SessionKind;
import org.coproduce.model.Strand;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FrabScheduleTest {
  static ScheduleImport read(String json) {
    return FrabSchedule.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  static ScheduleImport resource(String name) throws IOException {
    try (InputStream in = FrabScheduleTest.class.getResourceAsStream("/frab/" + name)) {
      return FrabSchedule.read(in);
    }
  }

  /** A version 1 schedule of one day with the given events (JSON objects, comma-separated). */
  static String oneDay(String events) {
    return String.format(Locale.ROOT, """
        {"schedule": {"version": "1", "conference": {
          "acronym": "con", "title": "Con", "start": "2024-05-01", "end": "2024-05-01",
          "days": [{"index": 1, "date": "2024-05-01", "rooms": {"Room": [%s]}}]}}}
        """, events);
  }

  @Nested
  class AMessyRealisticExport {
    ScheduleImport result;
    Conference conference;

    AMessyRealisticExport() throws IOException {
      result = resource("messy-schedule.json");
      conference = result.programme().conferences().get(0);
    }

    @Test
    void makesTheConferenceIdOfItsAcronymAndTrimsItsTitle() {
      assertThat(result.programme().id()).isEqualTo("messy-con-2024");
      assertThat(conference.id()).isEqualTo("messy-con-2024");
      assertThat(conference.name()).isEqualTo("Messy Con");
      assertThat(result.programme().name()).isEqualTo("Messy Con");
      assertThat(conference.dates()).map(Object::toString).hasValue("2024-05-01/2024-05-02");
    }

    @Test
    void importsEachDistinctEventOnceWithValidUniqueIds() {
      assertThat(conference.sessions()).extracting(Session::id).containsExactly(
          "messy-con-1-opening-keynote",
          "messy-con-1-opening-keynote-2",
          "messy-con-2024-a-very-long-slug-that-goes-on-and-on-past-the-six");
      assertThat(result.warnings()).contains(
          "/schedule/conference/days/0/rooms/Hall~1A/1: another event already has the id"
              + " \"messy-con-1-opening-keynote\": this one is \"messy-con-1-opening-keynote-2\"",
          "/schedule/conference/days/0/rooms/Hall~1A/2: repeats the event"
              + " /schedule/conference/days/0/rooms/Hall~1A/0 (guid guid-1):"
              + " it is not imported again",
          "/schedule/conference/days/0/rooms/Hall~1A/3: an event is a string, not an object:"
              + " it is not imported",
          "/schedule/conference/days/0/rooms/Hall B: the room's events are null, not an array:"
              + " they are not imported");
    }

    @Test
    void decodesAndStripsHtmlInTitlesAndSummaries() {
      Session opening = conference.sessions().get(0);
      assertThat(opening.title()).isEqualTo("Opening & welcome");
      assertThat(opening.summary()).hasValue("Hello world,\nand welcome.");
      assertThat(conference.sessions().get(2).summary()).hasValue("Who is late?");
    }

    @Test
    void givesABlankTitledEventATitleAndSaysSo() {
      assertThat(conference.sessions().get(1).title())
          .isEqualTo("Untitled (messy-con-1-opening-keynote)");
      assertThat(result.warnings()).anyMatch(w -> w.startsWith(
          "/schedule/conference/days/0/rooms/Hall~1A/1/title: the event has no title"));
    }

    @Test
    void mapsKindsAndWarnsOnceForATypeThatNamesNone() {
      assertThat(conference.sessions()).extracting(Session::kind)
          .containsExactly(SessionKind.KEYNOTE, SessionKind.OTHER, SessionKind.PANEL);
      assertThat(result.warnings()).contains("/schedule: the event type \"Performance\" names no"
          + " session kind: 1 session is imported as \"other\"");
    }

    @Test
    void importsTracksAsStrandsAndSkipsTracksWithoutName() {
      assertThat(conference.strands()).extracting(Strand::id, Strand::title).containsExactly(
          tuple("main-track", "Main Track"), tuple("side-track", "Side Track"));
      assertThat(conference.sessions()).extracting(s -> s.strand().orElse(""))
          .containsExactly("main-track", "", "side-track");
      assertThat(result.warnings()).contains(
          "/schedule/conference/tracks/1: a track with neither name nor slug is not imported",
          "/schedule/conference/tracks/2: a track is a number, not an object: it is not imported");
    }

    @Test
    void leavesOutADayOutsideTheConferenceDatesWithAWarning() {
      assertThat(conference.sessions()).extracting(s -> s.date().map(Object::toString).orElse(""))
          .containsExactly("2024-05-01", "2024-05-01", "");
      assertThat(result.warnings()).contains("/schedule/conference/days/1/rooms/Hall B/0: the"
          + " event's day 2024-05-09 lies outside the conference's dates 2024-05-01/2024-05-02:"
          + " the session is imported without a date");
    }

    @Test
    void deduplicatesPersonsByCodeIdAndGuid() {
      assertThat(result.programme().participants()).extracting(Participant::id, Participant::name)
          .containsExactly(tuple("ada-lovelace", "Ada Lovelace"), tuple("grace-hopper", "Grace Hopper"));
      assertThat(conference.participations())
          .extracting(Participation::participant, Participation::role, p -> p.session().orElseThrow())
          .containsExactly(
              tuple("ada-lovelace", Role.SPEAKER, "messy-con-1-opening-keynote"),
              tuple("ada-lovelace", Role.SPEAKER, "messy-con-1-opening-keynote-2"),
              tuple("grace-hopper", Role.SPEAKER,
                  "messy-con-2024-a-very-long-slug-that-goes-on-and-on-past-the-six"));
      assertThat(result.warnings()).contains(
          "/schedule/conference/days/0/rooms/Hall~1A/0/persons/1: repeats \"ada-lovelace\" as"
              + " speaker in this event: imported once",
          "/schedule/conference/days/0/rooms/Hall~1A/1/persons/1: a person without a name is not"
              + " imported",
          "/schedule/conference/days/1/rooms/Hall B/0/persons/1: repeats \"grace-hopper\" as"
              + " speaker in this event: imported once");
    }

    @Test
    void warnsOfAnUnknownTimeZoneAndABaseUrlThatIsNoUrl() {
      assertThat(conference.url()).isEmpty();
      assertThat(result.warnings()).contains(
          "/schedule/conference/time_zone_name: \"Nowhere/Land\" is not a known time zone: times"
              + " are read in their own offsets",
          "/schedule/base_url: \"not a url\" is not an absolute http or https URL: it is not"
              + " imported");
    }

    @Test
    void warnsOfNothingElse() {
      // Each warning is checked by one of the tests above; a new one would be a change.
      assertThat(result.warnings()).hasSize(14);
    }
  }

  @Nested
  class VersionTwo {
    static final String SCHEDULE = """
        {"schedule": {"version": "2", "conference": {
          "acronym": "v2con", "title": "V2", "time_zone_name": "Europe/Berlin",
          "start": "2024-12-27T09:30:00+00:00", "end": "2024-12-28T23:30:00+00:00",
          "defaults": {"language": "de"},
          "tracks": [{"name": "Science", "slug": "science"}],
          "days": [
            {"index": 1, "date": "2024-12-27", "start": "2024-12-27T09:30:00+00:00",
             "end": "2024-12-28T06:00:00+01:00"},
            {"index": 2, "date": "2024-12-28", "start": "2024-12-28T06:00:00+01:00",
             "end": "2024-12-29T06:00:00+01:00"}]},
          "events": [
            {"guid": "e1", "code": "AAA", "slug": "v2con-night-owls", "title": "Night owls",
             "type": "LIGHTNING_TALK", "start": "2024-12-28T01:00:00+01:00",
             "track": {"slug": "science"},
             "abstract": {"en": "In English", "de": "Auf Deutsch"},
             "participants": [
               {"guid": "p1", "name": "Moderating Person", "role": "MODERATOR"},
               {"guid": "p2", "name": "Hosting Person", "role": "HOST"},
               {"guid": "p3", "name": "Guest Person", "role": "GUEST"},
               {"guid": "p4", "name": "Odd Person", "role": "JUGGLER"},
               {"guid": "p5", "name": "Plain Person"}]},
            {"guid": "e2", "title": "Unknown track", "type": "WORKSHOP",
             "start": "2024-12-28T12:00:00+01:00", "track": {"slug": "art-beauty"},
             "participants": []}],
          "persons": [
            {"guid": "p1", "name": "Moderating Person", "url": "https://example.org/p1"},
            {"guid": "p9", "name": "Listed Only"}]}}
        """;

    @Test
    void readsEventsAndPersonsFromTheTopLevelLists() {
      ScheduleImport result = read(SCHEDULE);
      Programme programme = result.programme();
      Conference conference = programme.conferences().get(0);
      assertThat(conference.sessions()).extracting(Session::id, Session::kind).containsExactly(
          tuple("v2con-night-owls", SessionKind.PRESENTATION), tuple("e2", SessionKind.WORKSHOP));
      assertThat(programme.participants()).extracting(Participant::name).containsExactly(
          "Moderating Person", "Listed Only", "Hosting Person", "Guest Person", "Odd Person",
          "Plain Person");
      assertThat(programme.participant("moderating-person").orElseThrow().url())
          .hasValue("https://example.org/p1");
    }

    @Test
    void mapsParticipantRolesAndWarnsOfUnknownOnes() {
      ScheduleImport result = read(SCHEDULE);
      assertThat(result.programme().conferences().get(0).participations())
          .extracting(Participation::participant, Participation::role).containsExactly(
              tuple("moderating-person", Role.FACILITATOR),
              tuple("hosting-person", Role.ORGANISER),
              tuple("guest-person", Role.SPEAKER),
              tuple("odd-person", Role.SPEAKER),
              tuple("plain-person", Role.SPEAKER));
      assertThat(result.warnings()).contains("/schedule/events/0/participants/3/role: the role"
          + " \"JUGGLER\" is not known: taken as speaker");
    }

    @Test
    void datesAnEventByTheConferenceDayRunningAtItsStart() {
      // 01:00 on the 28th belongs to the day of the 27th, which runs until 06:00.
      Conference conference = read(SCHEDULE).programme().conferences().get(0);
      assertThat(conference.sessions()).extracting(s -> s.date().orElseThrow().toString())
          .containsExactly("2024-12-27", "2024-12-28");
      assertThat(conference.dates()).map(Object::toString).hasValue("2024-12-27/2024-12-29");
    }

    @Test
    void picksTheConferenceLanguageOfLocalisedText() {
      assertThat(read(SCHEDULE).programme().conferences().get(0).sessions().get(0).summary())
          .hasValue("Auf Deutsch");
    }

    @Test
    void turnsATrackSlugNotAmongTheTracksIntoAStrandWithAWarning() {
      ScheduleImport result = read(SCHEDULE);
      assertThat(result.programme().conferences().get(0).strands())
          .extracting(Strand::id, Strand::title)
          .containsExactly(tuple("science", "Science"), tuple("art-beauty", "art-beauty"));
      assertThat(result.warnings()).contains("/schedule/events/1/track: the track \"art-beauty\""
          + " is not among the conference's tracks: it becomes a strand of that title");
    }
  }

  @Nested
  class Leniency {
    @Test
    void takesTheConferenceDatesFromItsDaysWhenItHasNoStart() {
      String json = """
          {"schedule": {"conference": {"acronym": "c", "title": "C",
            "days": [{"date": "2024-01-02", "rooms": {}}, {"date": "2024-01-03", "rooms": {}}]}}}
          """;
      ScheduleImport result = read(json);
      assertThat(result.programme().conferences().get(0).dates()).map(Object::toString)
          .hasValue("2024-01-02/2024-01-03");
      assertThat(result.warnings())
          .containsExactly("/schedule: the schedule lists no events: the conference has no sessions");
    }

    @Test
    void keepsOnlyTheStartWhenTheEndLiesBeforeIt() {
      ScheduleImport result = read(oneDay("").replace("\"end\": \"2024-05-01\"", "\"end\": \"2024-04-01\""));
      assertThat(result.programme().conferences().get(0).dates()).map(Object::toString)
          .hasValue("2024-05-01");
      assertThat(result.warnings()).contains("/schedule/conference/end: the end 2024-04-01 lies"
          + " before the start 2024-05-01: only the start is imported");
    }

    @Test
    void repairsBrokenUnicodeWithAWarning() {
      ScheduleImport result = read(oneDay("""
          {"guid": "g", "slug": "s", "title": "Broken \\ud800 title", "persons": []}"""));
      assertThat(result.programme().conferences().get(0).sessions().get(0).title())
          .isEqualTo("Broken \uFFFD title");
      assertThat(result.warnings()).containsExactly("/schedule/conference/days/0/rooms/Room/0/title:"
          + " holds an unpaired surrogate: it is replaced by U+FFFD");
    }

    @Test
    void namesPersonsByPublicNameThenNameThenFullPublicName() {
      ScheduleImport result = read(oneDay("""
          {"guid": "g", "slug": "s", "title": "T", "persons": [
            {"id": 1, "public_name": "Public", "name": "Name"},
            {"id": 2, "public_name": null, "name": "Name"},
            {"id": 3, "full_public_name": "Full Public"}]}"""));
      assertThat(result.programme().participants()).extracting(Participant::name)
          .containsExactly("Public", "Name", "Full Public");
    }

    @Test
    void givesPersonsOfTheSameNameDistinctIds() {
      ScheduleImport result = read(oneDay("""
          {"guid": "g", "slug": "s", "title": "T", "persons": [
            {"id": 1, "public_name": "Sam"}, {"id": 2, "public_name": "Sam"},
            {"id": 3, "public_name": "李雷"}]}"""));
      assertThat(result.programme().participants()).extracting(Participant::id)
          .containsExactly("sam", "sam-2", "person-3");
    }

    @Test
    void datesAnEventByItsOwnDateWhenItsDayHasNone() {
      String json = """
          {"schedule": {"conference": {"acronym": "c", "title": "C",
            "start": "2024-05-01", "end": "2024-05-02",
            "days": [{"index": 1, "rooms": {"R": [
              {"guid": "g", "slug": "s", "title": "T", "date": "2024-05-02T01:30:00+02:00"}]}}]}}}
          """;
      assertThat(read(json).programme().conferences().get(0).sessions().get(0).date())
          .map(Object::toString).hasValue("2024-05-02");
    }

    @Test
    void listsAtMostAThousandWarningsAndSaysHowManyMore() {
      String events = String.join(",", java.util.Collections.nCopies(1500, "42"));
      List<String> warnings = read(oneDay(events)).warnings();
      assertThat(warnings).hasSize(1001);
      assertThat(warnings.get(1000)).isEqualTo("(500 more warnings are not listed)");
    }

    @Test
    void leavesOutUrlsTheModelRefuses() {
      ScheduleImport result = read("""
          {"schedule": {"version": "2", "conference": {"acronym": "c", "title": "C",
            "url": "ftp://c.example/"},
            "events": [{"guid": "g", "title": "T", "participants": [{"guid": "p"}]}],
            "persons": [{"guid": "p", "name": "P", "url": "https://exämple.org/p"}]}}
          """);
      assertThat(result.programme().participants().get(0).url()).isEmpty();
      assertThat(result.programme().conferences().get(0).url()).isEmpty();
      assertThat(result.warnings()).containsExactly(
          "/schedule/persons/0/url: \"https://exämple.org/p\" is not an absolute http or https"
              + " URL: it is not imported",
          "/schedule/conference/url: \"ftp://c.example/\" is not an absolute http or https URL:"
              + " it is not imported");
    }

    @Test
    void makesSessionIdsOfGuidCodeOrNumberWhenThereIsNoSlug() {
      ScheduleImport result = read(oneDay("""
          {"guid": "GUID-X", "title": "A", "persons": []},
          {"code": "CODEY", "title": "B", "persons": []},
          {"id": 42, "title": "C"},
          {"title": "D"}"""));
      assertThat(result.programme().conferences().get(0).sessions()).extracting(Session::id)
          .containsExactly("guid-x", "codey", "event-42", "session");
      assertThat(result.warnings()).isEmpty();
    }
  }

  @Nested
  class Refusals {
    private void refused(String json, String message) {
      assertThatThrownBy(() -> read(json)).isInstanceOf(ScheduleException.class)
          .isInstanceOf(DocumentException.class)
          .hasMessageStartingWith("invalid schedule: ")
          .hasMessageContaining(message)
          .satisfies(e -> assertThat(((DocumentException) e).problems()).hasSize(1));
    }

    @Test
    void refusesInputThatIsNotJson() {
      refused("{\"schedule\": ", "the schedule is not readable JSON at line 1");
      refused("<html></html>", "the schedule is not readable JSON");
    }

    @Test
    void refusesEmptyInput() {
      refused("", "the schedule is empty");
      refused("   ", "the schedule is empty");
    }

    @Test
    void refusesTrailingContent() {
      refused(oneDay("") + " {}", "not readable JSON");
    }

    @Test
    void refusesJsonThatIsNoSchedule() {
      refused("[]", "invalid schedule: the document is not a schedule: its root is an array");
      refused("{\"conference\": {}}", "invalid schedule: /schedule: is missing: the document is"
          + " not a frab / c3voc schedule");
      refused("{\"schedule\": {\"version\": \"1\"}}", "/schedule/conference: is missing");
      refused("{\"schedule\": {\"conference\": []}}",
          "/schedule/conference: is an array, not an object");
    }

    @Test
    void refusesASchedulesWithNoEventsAnywhereRatherThanImportAnEmptyConference() {
      refused("""
          {"schedule": {"version": "2", "conference": {"acronym": "x", "title": "X",
            "days": [{"index": 1, "date": "2024-12-27"}]}}}
          """, "the schedule lists no events");
    }

    @Test
    void refusesDeepNestingWithoutOverflowingTheStack() {
      refused("[".repeat(100_000), "exceeds the reader's limits");
    }

    @Test
    void refusesAnOverlongString() {
      refused("{\"schedule\": \"" + "x".repeat(FrabSchedule.MAX_STRING_LENGTH + 1) + "\"}",
          "exceeds the reader's limits");
    }

    @Test
    void refusesInvalidUtf8() {
      byte[] bytes = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
      assertThatThrownBy(() -> FrabSchedule.read(new ByteArrayInputStream(bytes)))
          .isInstanceOf(ScheduleException.class).hasMessageContaining("not readable JSON");
    }

    @Test
    void passesOnAFailureOfTheStreamAsUncheckedIoException() {
      InputStream failing = new InputStream() {
        @Override
        public int read() throws IOException {
          throw new IOException("disk on fire");
        }
      };
      assertThatThrownBy(() -> FrabSchedule.read(failing))
          .isInstanceOf(UncheckedIOException.class)
          .hasRootCauseMessage("disk on fire");
    }
  }

  @Test
  void refusesANullStream() {
    assertThatThrownBy(() -> FrabSchedule.read(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the input stream must not be null");
  }

  @Test
  void leavesTheStreamOpen() {
    boolean[] closed = {false};
    InputStream in = new FilterInputStream(
        new ByteArrayInputStream(oneDay("").getBytes(StandardCharsets.UTF_8))) {
      @Override
      public void close() throws IOException {
        closed[0] = true;
        super.close();
      }
    };
    FrabSchedule.read(in);
    assertThat(closed[0]).isFalse();
  }

  @Test
  void warningsCannotBeChanged() throws IOException {
    List<String> warnings = resource("messy-schedule.json").warnings();
    assertThatThrownBy(() -> warnings.add("x")).isInstanceOf(UnsupportedOperationException.class);
  }
}
