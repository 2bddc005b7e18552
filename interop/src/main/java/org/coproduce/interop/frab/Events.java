package org.coproduce.interop.frab;

import static org.coproduce.interop.frab.Warnings.escape;
import static org.coproduce.interop.frab.Warnings.kind;
import static org.coproduce.interop.frab.Warnings.quote;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coproduce.model.Session;
import org.coproduce.model.SessionKind;
import org.coproduce.model.ValidationException;
import tools.jackson.databind.JsonNode;

/**
 * The schedule's events as the conference's sessions: version 1's events, room by room and day by
 * day, and version 2's list; each with an id made valid and unique, a title, a kind, a strand, a
 * date and a summary, and its people handed to {@link People}.
 */
final class Events {
  private final Values values;
  private final Warnings warnings;
  private final ScheduleDays days;
  private final Tracks tracks;
  private final People people;
  private final Ids sessionIds = new Ids();
  private final List<Session> sessions = new ArrayList<>();
  private final Map<String, String> eventByGuid = new HashMap<>();
  private final Map<String, Integer> unmappedTypes = new LinkedHashMap<>();

  Events(Values values, Warnings warnings, ScheduleDays days, Tracks tracks, People people) {
    this.values = values;
    this.warnings = warnings;
    this.days = days;
    this.tracks = tracks;
    this.people = people;
  }

  List<Session> sessions() {
    return sessions;
  }

  /** Warns, once per type, of the event types that name no session kind. */
  void warnOfUnmappedTypes() {
    unmappedTypes.forEach((type, count) -> warnings.warn("/schedule",
        "the event type " + quote(type) + " names no session kind: " + count
            + (count == 1 ? " session is" : " sessions are") + " imported as \"other\""));
  }

  /** Reads version 1's events, listed by day and room; returns how many it met. */
  int readDays(JsonNode dayList) {
    int events = 0;
    for (int i = 0; i < dayList.size(); i++) {
      JsonNode day = dayList.get(i);
      String pointer = "/schedule/conference/days/" + i;
      JsonNode rooms = day.path("rooms");
      if (rooms.isMissingNode() || rooms.isNull()) {
        continue;
      }
      if (!rooms.isObject()) {
        warnings.warn(pointer + "/rooms", "the rooms are " + kind(rooms)
            + ", not an object of room names: the day's events are not imported");
        continue;
      }
      Optional<LocalDate> date = days.dateOfDay(i);
      for (Map.Entry<String, JsonNode> room : rooms.properties()) {
        String at = pointer + "/rooms/" + escape(room.getKey());
        JsonNode list = room.getValue();
        if (!list.isArray()) {
          warnings.warn(at, "the room's events are " + kind(list)
              + ", not an array: they are not imported");
          continue;
        }
        for (int j = 0; j < list.size(); j++) {
          event(list.get(j), at + "/" + j, date, false);
        }
        events += list.size();
      }
    }
    return events;
  }

  /** Reads version 2's list of events; returns how many it met. */
  int readList(JsonNode eventList) {
    for (int i = 0; i < eventList.size(); i++) {
      event(eventList.get(i), "/schedule/events/" + i, Optional.empty(), true);
    }
    return eventList.size();
  }

  private void event(JsonNode event, String pointer, Optional<LocalDate> day, boolean version2) {
    if (!event.isObject()) {
      warnings.warn(pointer, "an event is " + kind(event) + ", not an object: it is not imported");
      return;
    }
    Optional<String> guid = values.text(event.path("guid"), pointer + "/guid");
    if (guid.isPresent()) {
      String first = eventByGuid.putIfAbsent(guid.get(), pointer);
      if (first != null) {
        warnings.warn(pointer, "repeats the event " + first + " (guid " + guid.get()
            + "): it is not imported again");
        return;
      }
    }
    Optional<String> slug = values.text(event.path("slug"), pointer + "/slug");
    Optional<String> number = Values.scalar(event.path("id"));
    Optional<String> code = values.text(event.path("code"), pointer + "/code");
    Optional<String> title = values.text(event.path("title"), pointer + "/title")
        .map(Texts::plain).filter(Texts::hasText);
    Optional<String> subtitle = values.text(event.path("subtitle"), pointer + "/subtitle")
        .map(Texts::plain).filter(Texts::hasText);

    String proposed = slug.flatMap(Ids::of)
        .or(() -> guid.flatMap(Ids::of))
        .or(() -> code.flatMap(Ids::of))
        .or(() -> number.flatMap(n -> Ids.of("event-" + n)))
        .orElse("session");
    String id = sessionIds.unique(proposed);
    if (!id.equals(proposed)) {
      warnings.warn(pointer, "another event already has the id " + quote(proposed)
          + ": this one is " + quote(id));
    }

    String sessionTitle = title.or(() -> subtitle).orElseGet(() -> {
      String named = slug.or(() -> code).or(() -> guid).or(() -> number).orElse(id);
      warnings.warn(pointer + "/title",
          "the event has no title: it is titled \"Untitled (" + named + ")\"");
      return "Untitled (" + named + ")";
    });

    Session.Builder session =
        Session.builder().id(id).title(sessionTitle).kind(sessionKind(event, pointer));
    if (!event.path("track").isNull() && !event.path("track").isMissingNode()) {
      tracks.strandOf(event.path("track"), pointer + "/track").ifPresent(session::strand);
    }
    days.sessionDate(event, pointer, day, version2).ifPresent(session::date);
    values.localized(event.path("abstract"), pointer + "/abstract")
        .map(Texts::plain).filter(Texts::hasText)
        .or(() -> values.localized(event.path("description"), pointer + "/description")
            .map(Texts::plain).filter(Texts::hasText))
        .ifPresent(session::summary);
    sessions.add(withLanguage(session, event.path("language"), pointer + "/language"));

    // Version 2 lists an event's people with their roles; version 1 lists its speakers.
    if (event.has("participants")) {
      people.speakers(event.path("participants"), pointer + "/participants", id, true);
    } else {
      people.speakers(event.path("persons"), pointer + "/persons", id, false);
    }
  }

  private SessionKind sessionKind(JsonNode event, String pointer) {
    Optional<String> type = values.text(event.path("type"), pointer + "/type");
    if (type.isEmpty()) {
      return SessionKind.OTHER;
    }
    Optional<SessionKind> kind = EventTypes.kindOf(type.get());
    if (kind.isEmpty()) {
      unmappedTypes.merge(type.get(), 1, Integer::sum);
    }
    return kind.orElse(SessionKind.OTHER);
  }

  /** Builds a session, held in the event's language where that is a well-formed tag. */
  private Session withLanguage(Session.Builder session, JsonNode language, String pointer) {
    Optional<String> tag = values.text(language, pointer);
    if (tag.isEmpty()) {
      return session.build();
    }
    try {
      return session.language(tag.get()).build();
    } catch (ValidationException e) {
      warnings.warn(pointer,
          quote(tag.get()) + " is not a well-formed BCP 47 language tag: it is left out");
      return session.language(Optional.empty()).build();
    }
  }
}
