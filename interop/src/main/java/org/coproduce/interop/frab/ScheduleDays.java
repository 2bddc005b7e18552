package org.coproduce.interop.frab;

import static org.coproduce.interop.frab.Warnings.kind;
import static org.coproduce.interop.frab.Warnings.quote;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coproduce.model.DateRange;
import org.coproduce.model.PartialDate;
import tools.jackson.databind.JsonNode;

/**
 * When things happen: the conference's time zone, its days and dates, and the day of each event,
 * read from dates and date-times in the conference's zone.
 */
final class ScheduleDays {
  private final Values values;
  private final Warnings warnings;

  private Optional<ZoneId> zone = Optional.empty();
  private Optional<DateRange> dates = Optional.empty();
  private final List<Day> days = new ArrayList<>();
  private final Map<Integer, LocalDate> dayDates = new HashMap<>();

  /** A day of the conference: its date and, in version 2, the instants it runs between. */
  private record Day(
      LocalDate date, Optional<OffsetDateTime> start, Optional<OffsetDateTime> end) {}

  ScheduleDays(Values values, Warnings warnings) {
    this.values = values;
    this.warnings = warnings;
  }

  /** Reads the conference's time zone, in which its dates and times are read. */
  void readZone(JsonNode conference) {
    zone = zone(conference);
  }

  /** Reads the conference's days, then its dates (from its start and end, else its days). */
  void readDays(JsonNode conference) {
    readDays(conference.path("days"), "/schedule/conference/days");
    dates = conferenceDates(conference);
  }

  Optional<DateRange> dates() {
    return dates;
  }

  /** The date of the day at that index of {@code /schedule/conference/days}, if it has one. */
  Optional<LocalDate> dateOfDay(int index) {
    return Optional.ofNullable(dayDates.get(index));
  }

  private Optional<ZoneId> zone(JsonNode conference) {
    String pointer = "/schedule/conference/time_zone_name";
    return values.text(conference.path("time_zone_name"), pointer).flatMap(name -> {
      try {
        return Optional.of(ZoneId.of(name));
      } catch (DateTimeException e) {
        warnings.warn(pointer, quote(name)
            + " is not a known time zone: times are read in their own offsets");
        return Optional.empty();
      }
    });
  }

  private Optional<DateRange> conferenceDates(JsonNode conference) {
    String c = "/schedule/conference";
    Optional<PartialDate> start =
        day(conference.path("start"), c + "/start").flatMap(d -> partial(d, c + "/start"));
    Optional<PartialDate> end =
        day(conference.path("end"), c + "/end").flatMap(d -> partial(d, c + "/end"));
    if (start.isEmpty() && !days.isEmpty()) {
      // The days, where given, still tell when the conference runs.
      LocalDate first = days.stream().map(Day::date).min(LocalDate::compareTo).orElseThrow();
      LocalDate last = days.stream().map(Day::date).max(LocalDate::compareTo).orElseThrow();
      start = partial(first, c + "/days");
      end = partial(last, c + "/days");
    }
    if (start.isEmpty()) {
      if (end.isPresent()) {
        warnings.warn(c + "/end",
            "the conference has an end but no start: its dates are not imported");
      }
      return Optional.empty();
    }
    if (end.isEmpty() || end.get().equals(start.get())) {
      return Optional.of(DateRange.of(start.get()));
    }
    if (end.get().lastDay().isBefore(start.get().firstDay())) {
      warnings.warn(c + "/end", "the end " + end.get() + " lies before the start " + start.get()
          + ": only the start is imported");
      return Optional.of(DateRange.of(start.get()));
    }
    return Optional.of(DateRange.of(start.get(), end.get()));
  }

  private void readDays(JsonNode dayList, String at) {
    if (!dayList.isArray()) {
      return;
    }
    for (int i = 0; i < dayList.size(); i++) {
      JsonNode day = dayList.get(i);
      String pointer = at + "/" + i;
      if (!day.isObject()) {
        warnings.warn(pointer, "a day is " + kind(day) + ", not an object: it is ignored");
        continue;
      }
      Optional<LocalDate> date = day(day.path("date"), pointer + "/date");
      if (date.isPresent()) {
        dayDates.put(i, date.get());
        // Version 1 names the instants day_start and day_end, version 2 start and end.
        String start = day.has("day_start") ? "day_start" : "start";
        String end = day.has("day_end") ? "day_end" : "end";
        days.add(new Day(date.get(), instant(day.path(start), pointer + "/" + start),
            instant(day.path(end), pointer + "/" + end)));
      }
    }
  }

  /**
   * The date of an event: the day it is listed under, else its own date or start; left out, with
   * a warning, when it lies outside the conference's dates.
   */
  Optional<PartialDate> sessionDate(
      JsonNode event, String pointer, Optional<LocalDate> day, boolean version2) {
    Optional<LocalDate> date = day;
    if (date.isEmpty()) {
      String field = version2 || !event.has("date") ? "start" : "date";
      JsonNode when = event.path(field);
      Optional<OffsetDateTime> instant = when.isString() && when.stringValue().length() > 10
          ? instant(when, pointer + "/" + field) : Optional.empty();
      date = instant.isPresent()
          ? Optional.of(dayOf(instant.get()))
          : day(when, pointer + "/" + field);
    }
    Optional<PartialDate> partial = date.flatMap(d -> partial(d, pointer));
    if (partial.isPresent() && dates.isPresent() && !dates.get().sharesDayWith(partial.get())) {
      warnings.warn(pointer, "the event's day " + partial.get()
          + " lies outside the conference's dates " + dates.get()
          + ": the session is imported without a date");
      return Optional.empty();
    }
    return partial;
  }

  /** The conference day an instant belongs to: the day running then, else its local date. */
  private LocalDate dayOf(OffsetDateTime instant) {
    for (Day day : days) {
      if (day.start().isPresent() && day.end().isPresent()
          && !instant.isBefore(day.start().get()) && instant.isBefore(day.end().get())) {
        return day.date();
      }
    }
    return zone.map(z -> instant.atZoneSameInstant(z).toLocalDate()).orElse(instant.toLocalDate());
  }

  /** A day given as a date ({@code 2019-08-21}) or a date-time, in the conference's zone. */
  private Optional<LocalDate> day(JsonNode node, String pointer) {
    Optional<String> text = values.text(node, pointer);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String value = text.get();
    try {
      if (value.length() == 10) {
        return Optional.of(LocalDate.parse(value));
      }
      try {
        OffsetDateTime instant = OffsetDateTime.parse(value);
        return Optional.of(zone.map(z -> instant.atZoneSameInstant(z).toLocalDate())
            .orElse(instant.toLocalDate()));
      } catch (DateTimeParseException e) {
        return Optional.of(LocalDateTime.parse(value).toLocalDate());
      }
    } catch (DateTimeParseException e) {
      warnings.warn(pointer, quote(value) + " is not a date: it is not imported");
      return Optional.empty();
    }
  }

  private Optional<OffsetDateTime> instant(JsonNode node, String pointer) {
    Optional<String> text = values.text(node, pointer);
    try {
      return text.map(OffsetDateTime::parse);
    } catch (DateTimeParseException e) {
      warnings.warn(pointer,
          quote(text.get()) + " is not a date and time with an offset: it is ignored");
      return Optional.empty();
    }
  }

  private Optional<PartialDate> partial(LocalDate date, String pointer) {
    try {
      return Optional.of(PartialDate.of(date));
    } catch (DateTimeException e) {
      warnings.warn(pointer, date + " lies outside the years 1 to 9999: it is not imported");
      return Optional.empty();
    }
  }
}
