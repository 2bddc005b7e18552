package org.coproduce.interop.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.coproduce.interop.ArticleProgramme;
import org.coproduce.interop.Export;
import org.coproduce.interop.ExportOptions;
import org.coproduce.interop.TranslatedProgramme;
import org.coproduce.model.Conference;
import org.coproduce.model.Coordinates;
import org.coproduce.model.DateRange;
import org.coproduce.model.PartialDate;
import org.coproduce.model.Place;
import org.coproduce.model.Programme;
import org.coproduce.model.Session;
import org.coproduce.model.SessionKind;
import org.coproduce.model.Strand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The calendar of a programme whose dates are known to the day, against the committed golden file
 * {@code ical/day-precise.ics}; the article's programme, known only to the month and year; and
 * what the export says it leaves out. On a difference the golden test writes what it got to
 * {@code target/ical/day-precise.ics}.
 */
class ICalendarTest {
  @TempDir Path temp;

  static Programme dayPrecise() {
    return Programme.builder().id("rjc").name("Realising Just Cities")
        .addTheme("co-production")
        .addConference(Conference.builder().id("cape-town-2018")
            .name("Realising Just Cities conference, Cape Town")
            .summary("Three days; field trips, and talks.\nBring shoes")
            .place(Place.builder().name("Cape Town").region("Western Cape").country("ZA")
                .coordinates(Coordinates.builder().latitude(-33.9249).longitude(18.4241).build())
                .build())
            .dates(DateRange.of(PartialDate.ofDay(2018, 11, 5), PartialDate.ofDay(2018, 11, 7)))
            .addTheme("co-production").addTheme("just cities")
            .url("https://rjc.example.org/cape-town")
            .addStrand(Strand.builder().id("knowledge").title("Knowledge, exchange").build())
            .addSession(Session.builder().id("field-trips").title("Field trips")
                .kind(SessionKind.FIELD_TRIP).strand("knowledge")
                .date(PartialDate.ofDay(2018, 11, 6)).build())
            .addSession(Session.builder().id("closing").title("Closing")
                .kind(SessionKind.PLENARY).date(PartialDate.ofMonth(2018, 11)).build())
            .addSession(Session.builder().id("undated").title("Undated")
                .kind(SessionKind.PANEL).build())
            .build())
        .addConference(Conference.builder().id("barcelona").name("Barcelona")
            .dates(DateRange.of(PartialDate.ofDay(2018, 11, 20))).build())
        .build();
  }

  @Test
  void writesDayPreciseEventsAsTheGoldenCalendar() throws IOException {
    Export<String> export = ICalendar.text(dayPrecise(), ExportOptions.defaults());
    String expected = golden("/ical/day-precise.ics");
    if (!export.output().equals(expected)) {
      Path out = Path.of("target", "ical", "day-precise.ics");
      Files.createDirectories(out.getParent());
      Files.writeString(out, export.output(), StandardCharsets.UTF_8);
    }
    assertThat(export.output()).isEqualTo(expected);
    assertThat(export.warnings()).containsExactly(
        "/conferences/0/sessions/1: the session's date 2018-11 is not known to the day: it is"
            + " not in the calendar",
        "/conferences/0/sessions/2: the session has no date: it is not in the calendar",
        ": a calendar has no place for the programme's themes: not carried");
  }

  @Test
  void parsesBackWithEveryProperty() throws IOException, ParserException {
    Calendar calendar = parse(ICalendar.text(dayPrecise(), ExportOptions.defaults()).output());
    assertThat(calendar.validate().hasErrors()).isFalse();
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(3);
    VEvent conference = events.get(0);
    assertThat(value(conference, "UID")).isEqualTo("rjc/conferences/cape-town-2018");
    assertThat(conference.getProperty("DTSTART").orElseThrow().toString())
        .isEqualTo("DTSTART;VALUE=DATE:20181105\r\n");
    assertThat(value(conference, "DTEND")).as("exclusive: the day after").isEqualTo("20181108");
    assertThat(value(conference, "SUMMARY"))
        .isEqualTo("Realising Just Cities conference, Cape Town");
    assertThat(value(conference, "DESCRIPTION"))
        .isEqualTo("Three days; field trips, and talks.\nBring shoes");
    assertThat(value(conference, "LOCATION")).isEqualTo("Cape Town, Western Cape, ZA");
    assertThat(value(conference, "GEO")).isEqualTo("-33.9249;18.4241");
    assertThat(value(conference, "URL")).isEqualTo("https://rjc.example.org/cape-town");
    assertThat(value(conference, "CATEGORIES")).isEqualTo("co-production,just cities");

    VEvent session = events.get(1);
    assertThat(value(session, "UID"))
        .isEqualTo("rjc/conferences/cape-town-2018/sessions/field-trips");
    assertThat(value(session, "DTSTART")).isEqualTo("20181106");
    assertThat(value(session, "DTEND")).isEqualTo("20181107");
    assertThat(value(session, "LOCATION")).isEqualTo("Cape Town, Western Cape, ZA");
    assertThat(value(session, "CATEGORIES")).isEqualTo("field-trip,Knowledge\\, exchange");
    assertThat(value(session, "RELATED-TO")).isEqualTo("rjc/conferences/cape-town-2018");
    assertThat(session.getProperty("RELATED-TO").orElseThrow().toString())
        .contains("RELTYPE=PARENT");

    VEvent oneDay = events.get(2);
    assertThat(value(oneDay, "DTSTART")).isEqualTo("20181120");
    assertThat(value(oneDay, "DTEND")).isEqualTo("20181121");
  }

  @Test
  void stampsTheGivenTimeAndIsOtherwiseReproducible() {
    String first = ICalendar.text(dayPrecise(), ExportOptions.defaults()).output();
    assertThat(ICalendar.text(dayPrecise(), ExportOptions.defaults()).output()).isEqualTo(first);
    assertThat(first).contains("DTSTAMP:19700101T000000Z\r\n");
    String stamped = ICalendar.text(dayPrecise(),
        ExportOptions.defaults().withTimestamp(Instant.parse("2026-11-28T21:30:00Z"))).output();
    assertThat(stamped).contains("DTSTAMP:20261128T213000Z\r\n").doesNotContain("19700101");
  }

  @Test
  void leavesOutTheArticlesConferencesKnownOnlyToTheMonthAndSaysSo() {
    Export<String> export = ICalendar.text(ArticleProgramme.programme(), ExportOptions.defaults());
    assertThat(export.output()).doesNotContain("BEGIN:VEVENT")
        .contains("X-WR-CALNAME:Realising Just Cities\r\n");
    assertThat(export.warnings()).containsExactly(
        "/conferences/0: the conference's dates 2018 are not known to the day: it is not in the"
            + " calendar",
        "/conferences/0/sessions/0: the session has no date: it is not in the calendar",
        "/conferences/1: the conference's dates 2018-11 are not known to the day: it is not in"
            + " the calendar",
        "/conferences/1/sessions/0: the session has no date: it is not in the calendar",
        ": no conference or session is known to the day: the calendar has no events, which RFC"
            + " 5545 does not allow and some applications refuse",
        ": a calendar has no place for the programme's leads, funders, themes, hashtags: not"
            + " carried",
        "/organisations: 8 organisations have no place in a calendar and are not carried",
        "/participants: 5 participants have no place in a calendar and are not carried",
        "/conferences: 2 conference hosts have no place in a calendar and are not carried",
        "/conferences: 7 participations have no place in a calendar and are not carried",
        "/visits: 2 visits have no place in a calendar and are not carried",
        "/quotes: 2 quotes have no place in a calendar and are not carried");
  }

  @Test
  void replacesControlCharactersAndSaysWhere() throws IOException, ParserException {
    Programme programme = dayPrecise().withName("Bell\u0007 and\r\nline");
    Export<String> export = ICalendar.text(programme, ExportOptions.defaults());
    assertThat(export.output()).contains("NAME:Bell\ufffd and\\nline\r\n");
    assertThat(export.warnings()).contains(
        "/name: 1 character that iCalendar cannot hold (U+0007) is replaced by U+FFFD");
    assertThat(parse(export.output()).validate().hasErrors()).isFalse();
  }

  @Test
  void writesThePreferredLanguageAndCountsWhatItLeavesOut() throws IOException, ParserException {
    Programme translated = TranslatedProgramme.programme();
    Conference bcn = translated.conferences().get(0);
    Programme dated = translated.withConferences(bcn
        .withDates(DateRange.of(PartialDate.ofDay(2018, 11, 20)))
        .withSessions(bcn.sessions().get(0).withDate(PartialDate.ofDay(2018, 11, 20))));
    Export<String> export = ICalendar.text(dated, ExportOptions.defaults().withLanguage("es"));
    List<VEvent> events = parse(export.output()).getComponents("VEVENT");
    assertThat(events.stream().map(e -> value(e, "SUMMARY")))
        .containsExactly("Congreso de democracia", "Apertura");
    assertThat(export.warnings()).containsExactly(
        ": a calendar has no place for the programme's language: not carried",
        "/participants: 1 participant has no place in a calendar and is not carried",
        "/outputs: 1 output has no place in a calendar and is not carried",
        ": the calendar carries each text in one language (the preferred language's translation"
            + " where there is one, else the original): 4 other versions of texts are not"
            + " carried");
  }

  @Test
  void writesAFile() throws IOException {
    Path file = temp.resolve("rjc.ics");
    Export<Path> export = ICalendar.write(dayPrecise(), file, ExportOptions.defaults());
    assertThat(export.output()).isEqualTo(file);
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(ICalendar.text(dayPrecise(), ExportOptions.defaults()).output());
  }

  @Test
  void refusesNulls() {
    assertThatThrownBy(() -> ICalendar.text(null, ExportOptions.defaults()))
        .isInstanceOf(NullPointerException.class).hasMessage("programme");
    assertThatThrownBy(() -> ICalendar.write(dayPrecise(), null, ExportOptions.defaults()))
        .isInstanceOf(NullPointerException.class).hasMessage("file");
  }

  private static Calendar parse(String text) throws IOException, ParserException {
    return new CalendarBuilder().build(new StringReader(text));
  }

  private static String value(VEvent event, String property) {
    return ICalendarPropertiesTest.value(event, property);
  }

  private static String golden(String resource) throws IOException {
    try (InputStream in = ICalendarTest.class.getResourceAsStream(resource)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
