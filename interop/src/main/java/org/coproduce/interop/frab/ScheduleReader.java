package org.coproduce.interop.frab;

import static org.coproduce.interop.frab.Warnings.kind;

import java.util.Locale;
import java.util.Optional;
import org.coproduce.model.Conference;
import org.coproduce.model.Programme;
import tools.jackson.databind.JsonNode;

/**
 * Maps one parsed schedule to a programme: checks that it is a schedule, then has its parts read
 * in document order (time zone and language, days, tracks, persons, events) and builds the one
 * conference. One instance reads one schedule; not thread-safe.
 *
 * <p>Version 1 schedules (frab, pretalx) nest their events in {@code
 * /schedule/conference/days/N/rooms/ROOM/M} and their persons in each event's {@code persons};
 * the version 2 draft (c3 hub) lists them in {@code /schedule/events} and {@code
 * /schedule/persons}, with each event's people and roles in {@code participants}. Both are read,
 * and a schedule that has both has the events of both.
 */
final class ScheduleReader {
  private final JsonNode root;
  private final Warnings warnings = new Warnings();
  private final Values values = new Values(warnings);
  private final ScheduleDays days = new ScheduleDays(values, warnings);
  private final Tracks tracks = new Tracks(values, warnings);
  private final People people = new People(values, warnings);
  private final Events events = new Events(values, warnings, days, tracks, people);

  ScheduleReader(JsonNode root) {
    this.root = root;
  }

  ScheduleImport read() {
    if (!root.isObject()) {
      throw new ScheduleException("", "the document is not a schedule: its root is "
          + kind(root) + ", not an object with a \"schedule\" member");
    }
    JsonNode schedule = root.path("schedule");
    if (!schedule.isObject()) {
      throw new ScheduleException("/schedule", (schedule.isMissingNode() ? "is missing"
          : "is " + kind(schedule) + ", not an object")
          + ": the document is not a frab / c3voc schedule");
    }
    JsonNode conference = schedule.path("conference");
    if (!conference.isObject()) {
      throw new ScheduleException("/schedule/conference", (conference.isMissingNode() ? "is missing"
          : "is " + kind(conference) + ", not an object") + ": the schedule has no conference");
    }
    JsonNode dayList = conference.path("days");
    JsonNode eventList = schedule.path("events");
    boolean version1 = dayList.isArray() && hasRooms(dayList);
    boolean version2 = eventList.isArray();
    if (!version1 && !version2) {
      throw new ScheduleException("/schedule",
          "the schedule lists no events: it has neither rooms in /schedule/conference/days"
              + " (schedule version 1) nor an array /schedule/events (version 2), so importing"
              + " it would give an empty conference");
    }

    days.readZone(conference);
    values.language(values.text(conference.path("defaults").path("language"),
        "/schedule/conference/defaults/language").map(l -> l.toLowerCase(Locale.ROOT)));
    days.readDays(conference);
    tracks.read(conference.path("tracks"), "/schedule/conference/tracks");
    people.read(schedule.path("persons"), "/schedule/persons");

    int count = 0;
    if (version1) {
      count += events.readDays(dayList);
    }
    if (version2) {
      count += events.readList(eventList);
    }
    if (count == 0) {
      warnings.warn("/schedule", "the schedule lists no events: the conference has no sessions");
    }
    events.warnOfUnmappedTypes();

    return new ScheduleImport(programme(schedule, conference), warnings.list());
  }

  private Programme programme(JsonNode schedule, JsonNode conference) {
    String c = "/schedule/conference";
    Optional<String> acronym = values.text(conference.path("acronym"), c + "/acronym");
    Optional<String> title = values.text(conference.path("title"), c + "/title");
    String name = title.or(() -> acronym).orElseGet(() -> {
      warnings.warn(c, "the conference has no title and no acronym: it is named \"Conference\"");
      return "Conference";
    });
    String id = acronym.flatMap(Ids::of).or(() -> title.flatMap(Ids::of)).orElseGet(() -> {
      warnings.warn(c,
          "no id can be made of the conference's acronym or title: its id is \"conference\"");
      return "conference";
    });

    Conference.Builder builder = Conference.builder()
        .id(id)
        .name(name)
        .dates(days.dates())
        .strands(tracks.strands())
        .sessions(events.sessions())
        .participations(people.participations());
    values.localized(conference.path("description"), c + "/description")
        .map(Texts::plain).filter(Texts::hasText).ifPresent(builder::summary);
    values.keywords(conference.path("keywords"), c + "/keywords").forEach(builder::addTheme);
    values.url(conference.path("url"), c + "/url")
        .or(() -> values.url(schedule.path("base_url"), "/schedule/base_url"))
        .ifPresent(builder::url);

    return Programme.builder()
        .id(id)
        .name(name)
        .addConference(builder.build())
        .participants(people.participants())
        .build();
  }

  private static boolean hasRooms(JsonNode dayList) {
    for (JsonNode day : dayList) {
      if (day.has("rooms")) {
        return true;
      }
    }
    return false;
  }
}
