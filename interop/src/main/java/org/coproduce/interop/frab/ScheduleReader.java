package org.coproduce.interop.frab;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coproduce.model.Conference;
import org.coproduce.model.DateRange;
import org.coproduce.model.PartialDate;
import org.coproduce.model.Participant;
import org.coproduce.model.Participation;
import org.coproduce.model.Programme;
import org.coproduce.model.Role;
import org.coproduce.model.Session;
import org.coproduce.model.SessionKind;
import org.coproduce.model.Source;
import org.coproduce.model.Strand;
import org.coproduce.model.ValidationException;
import tools.jackson.databind.JsonNode;

/**
 * Maps one parsed schedule to a programme. One instance reads one schedule; not thread-safe.
 *
 * <p>Version 1 schedules (frab, pretalx) nest their events in {@code
 * /schedule/conference/days/N/rooms/ROOM/M} and their persons in each event's {@code persons};
 * the version 2 draft (c3 hub) lists them in {@code /schedule/events} and {@code
 * /schedule/persons}, with each event's people and roles in {@code participants}. Both are read,
 * and a schedule that has both has the events of both.
 */
final class ScheduleReader {
  static final int MAX_WARNINGS = 1000;

  private final JsonNode root;
  private final List<String> warnings = new ArrayList<>();
  private int warningsLeftOut;

  private Optional<ZoneId> zone = Optional.empty();
  private Optional<String> language = Optional.empty();
  private Optional<DateRange> dates = Optional.empty();
  private final List<Day> days = new ArrayList<>();
  private final Map<Integer, LocalDate> dayDates = new HashMap<>();

  private final Ids strandIds = new Ids();
  private final List<Strand> strands = new ArrayList<>();
  private final Map<String, String> strandByTitle = new HashMap<>();
  private final Map<String, String> strandBySlug = new HashMap<>();

  private final Ids sessionIds = new Ids();
  private final List<Session> sessions = new ArrayList<>();
  private final Map<String, String> eventByGuid = new HashMap<>();
  private final Map<String, Integer> unmappedTypes = new LinkedHashMap<>();

  private final People people = new People();
  private final List<Participation> participations = new ArrayList<>();
  private final Set<List<Object>> seenParticipations = new HashSet<>();

  /** A day of the conference: its date and, in version 2, the instants it runs between. */
  private record Day(
      LocalDate date, Optional<OffsetDateTime> start, Optional<OffsetDateTime> end) {}

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

    zone = zone(conference);
    language = text(conference.path("defaults").path("language"),
        "/schedule/conference/defaults/language").map(l -> l.toLowerCase(Locale.ROOT));
    readDays(dayList);
    dates = conferenceDates(conference);
    readTracks(conference.path("tracks"), "/schedule/conference/tracks");
    readPersons(schedule.path("persons"), "/schedule/persons");

    int events = 0;
    if (version1) {
      events += readDaysEvents(dayList);
    }
    if (version2) {
      for (int i = 0; i < eventList.size(); i++) {
        event(eventList.get(i), "/schedule/events/" + i, Optional.empty(), true);
      }
      events += eventList.size();
    }
    if (events == 0) {
      warn("/schedule", "the schedule lists no events: the conference has no sessions");
    }
    unmappedTypes.forEach((type, count) -> warn("/schedule",
        "the event type " + quote(type) + " names no session kind: " + count
            + (count == 1 ? " session is" : " sessions are") + " imported as \"other\""));

    return new ScheduleImport(programme(schedule, conference), warningsWithTail());
  }

  // ---- Conference --------------------------------------------------------------------------

  private Programme programme(JsonNode schedule, JsonNode conference) {
    String c = "/schedule/conference";
    Optional<String> acronym = text(conference.path("acronym"), c + "/acronym");
    Optional<String> title = text(conference.path("title"), c + "/title");
    String name = title.or(() -> acronym).orElseGet(() -> {
      warn(c, "the conference has no title and no acronym: it is named \"Conference\"");
      return "Conference";
    });
    String id = acronym.flatMap(Ids::of).or(() -> title.flatMap(Ids::of)).orElseGet(() -> {
      warn(c, "no id can be made of the conference's acronym or title: its id is \"conference\"");
      return "conference";
    });

    Conference.Builder builder = Conference.builder()
        .id(id)
        .name(name)
        .dates(dates)
        .strands(strands)
        .sessions(sessions)
        .participations(participations);
    localized(conference.path("description"), c + "/description")
        .map(Texts::plain).filter(Texts::hasText).ifPresent(builder::summary);
    keywords(conference.path("keywords"), c + "/keywords").forEach(builder::addTheme);
    url(conference.path("url"), c + "/url")
        .or(() -> url(schedule.path("base_url"), "/schedule/base_url"))
        .ifPresent(builder::url);

    return Programme.builder()
        .id(id)
        .name(name)
        .addConference(builder.build())
        .participants(people.participants())
        .build();
  }

  private Optional<ZoneId> zone(JsonNode conference) {
    String pointer = "/schedule/conference/time_zone_name";
    return text(conference.path("time_zone_name"), pointer).flatMap(name -> {
      try {
        return Optional.of(ZoneId.of(name));
      } catch (DateTimeException e) {
        warn(pointer, quote(name)
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
        warn(c + "/end", "the conference has an end but no start: its dates are not imported");
      }
      return Optional.empty();
    }
    if (end.isEmpty() || end.get().equals(start.get())) {
      return Optional.of(DateRange.of(start.get()));
    }
    if (end.get().lastDay().isBefore(start.get().firstDay())) {
      warn(c + "/end", "the end " + end.get() + " lies before the start " + start.get()
          + ": only the start is imported");
      return Optional.of(DateRange.of(start.get()));
    }
    return Optional.of(DateRange.of(start.get(), end.get()));
  }

  private void readDays(JsonNode dayList) {
    if (!dayList.isArray()) {
      return;
    }
    for (int i = 0; i < dayList.size(); i++) {
      JsonNode day = dayList.get(i);
      String pointer = "/schedule/conference/days/" + i;
      if (!day.isObject()) {
        warn(pointer, "a day is " + kind(day) + ", not an object: it is ignored");
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

  private static boolean hasRooms(JsonNode dayList) {
    for (JsonNode day : dayList) {
      if (day.has("rooms")) {
        return true;
      }
    }
    return false;
  }

  // ---- Tracks ------------------------------------------------------------------------------

  private void readTracks(JsonNode tracks, String pointer) {
    if (tracks.isMissingNode() || tracks.isNull()) {
      return;
    }
    if (!tracks.isArray()) {
      warn(pointer, "the tracks are " + kind(tracks) + ", not an array: they are not imported");
      return;
    }
    for (int i = 0; i < tracks.size(); i++) {
      JsonNode track = tracks.get(i);
      String at = pointer + "/" + i;
      if (track.isString()) {
        text(track, at).ifPresentOrElse(name -> strandForTitle(name, at),
            () -> warn(at, "a track without a name is not imported"));
        continue;
      }
      if (!track.isObject()) {
        warn(at, "a track is " + kind(track) + ", not an object: it is not imported");
        continue;
      }
      Optional<String> name = text(track.path("name"), at + "/name");
      Optional<String> slug = text(track.path("slug"), at + "/slug");
      if (name.isEmpty() && slug.isEmpty()) {
        warn(at, "a track with neither name nor slug is not imported");
        continue;
      }
      String id = addStrand(name.orElseGet(slug::get), slug, at);
      name.ifPresent(n -> strandByTitle.putIfAbsent(n, id));
      slug.ifPresent(s -> strandBySlug.putIfAbsent(s, id));
    }
  }

  /** The id of the strand of that title, added when first seen. */
  private String strandForTitle(String title, String pointer) {
    String known = strandByTitle.get(title);
    if (known != null) {
      return known;
    }
    String id = addStrand(title, Optional.empty(), pointer);
    strandByTitle.put(title, id);
    return id;
  }

  private String addStrand(String title, Optional<String> slug, String pointer) {
    String id = strandIds.unique(slug.flatMap(Ids::of).or(() -> Ids.of(title)).orElse("track"));
    strands.add(Strand.builder().id(id).title(title).build());
    return id;
  }

  /** The strand of an event's {@code track}: a name (version 1) or an object with a slug (2). */
  private Optional<String> strandOf(JsonNode track, String pointer) {
    if (track.isObject()) {
      Optional<String> slug = text(track.path("slug"), pointer + "/slug");
      Optional<String> name = text(track.path("name"), pointer + "/name");
      if (slug.isPresent() && strandBySlug.containsKey(slug.get())) {
        return Optional.of(strandBySlug.get(slug.get()));
      }
      if (name.isPresent()) {
        return Optional.of(strandForTitle(name.get(), pointer));
      }
      if (slug.isPresent()) {
        warn(pointer, "the track " + quote(slug.get())
            + " is not among the conference's tracks: it becomes a strand of that title");
        String id = addStrand(slug.get(), slug, pointer);
        strandBySlug.put(slug.get(), id);
        return Optional.of(id);
      }
      warn(pointer, "a track with neither name nor slug is not imported");
      return Optional.empty();
    }
    Optional<String> name = text(track, pointer);
    if (name.isPresent() && !strandByTitle.containsKey(name.get())
        && strandBySlug.containsKey(name.get())) {
      return Optional.of(strandBySlug.get(name.get()));
    }
    return name.map(n -> strandForTitle(n, pointer));
  }

  // ---- Events ------------------------------------------------------------------------------

  private int readDaysEvents(JsonNode dayList) {
    int events = 0;
    for (int i = 0; i < dayList.size(); i++) {
      JsonNode day = dayList.get(i);
      String pointer = "/schedule/conference/days/" + i;
      JsonNode rooms = day.path("rooms");
      if (rooms.isMissingNode() || rooms.isNull()) {
        continue;
      }
      if (!rooms.isObject()) {
        warn(pointer + "/rooms", "the rooms are " + kind(rooms)
            + ", not an object of room names: the day's events are not imported");
        continue;
      }
      Optional<LocalDate> date = Optional.ofNullable(dayDates.get(i));
      for (Map.Entry<String, JsonNode> room : rooms.properties()) {
        String at = pointer + "/rooms/" + escape(room.getKey());
        JsonNode list = room.getValue();
        if (!list.isArray()) {
          warn(at, "the room's events are " + kind(list) + ", not an array: they are not imported");
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

  private void event(JsonNode event, String pointer, Optional<LocalDate> day, boolean version2) {
    if (!event.isObject()) {
      warn(pointer, "an event is " + kind(event) + ", not an object: it is not imported");
      return;
    }
    Optional<String> guid = text(event.path("guid"), pointer + "/guid");
    if (guid.isPresent()) {
      String first = eventByGuid.putIfAbsent(guid.get(), pointer);
      if (first != null) {
        warn(pointer, "repeats the event " + first + " (guid " + guid.get()
            + "): it is not imported again");
        return;
      }
    }
    Optional<String> slug = text(event.path("slug"), pointer + "/slug");
    Optional<String> number = scalar(event.path("id"));
    Optional<String> code = text(event.path("code"), pointer + "/code");
    Optional<String> title = text(event.path("title"), pointer + "/title")
        .map(Texts::plain).filter(Texts::hasText);
    Optional<String> subtitle = text(event.path("subtitle"), pointer + "/subtitle")
        .map(Texts::plain).filter(Texts::hasText);

    String proposed = slug.flatMap(Ids::of)
        .or(() -> guid.flatMap(Ids::of))
        .or(() -> code.flatMap(Ids::of))
        .or(() -> number.flatMap(n -> Ids.of("event-" + n)))
        .orElse("session");
    String id = sessionIds.unique(proposed);
    if (!id.equals(proposed)) {
      warn(pointer, "another event already has the id " + quote(proposed) + ": this one is "
          + quote(id));
    }

    String sessionTitle = title.or(() -> subtitle).orElseGet(() -> {
      String named = slug.or(() -> code).or(() -> guid).or(() -> number).orElse(id);
      warn(pointer + "/title", "the event has no title: it is titled \"Untitled (" + named + ")\"");
      return "Untitled (" + named + ")";
    });

    Session.Builder session =
        Session.builder().id(id).title(sessionTitle).kind(kind(event, pointer));
    if (!event.path("track").isNull() && !event.path("track").isMissingNode()) {
      strandOf(event.path("track"), pointer + "/track").ifPresent(session::strand);
    }
    sessionDate(event, pointer, day, version2).ifPresent(session::date);
    localized(event.path("abstract"), pointer + "/abstract")
        .map(Texts::plain).filter(Texts::hasText)
        .or(() -> localized(event.path("description"), pointer + "/description")
            .map(Texts::plain).filter(Texts::hasText))
        .ifPresent(session::summary);
    sessions.add(withLanguage(session, event.path("language"), pointer + "/language"));

    // Version 2 lists an event's people with their roles; version 1 lists its speakers.
    if (event.has("participants")) {
      speakers(event.path("participants"), pointer + "/participants", id, true);
    } else {
      speakers(event.path("persons"), pointer + "/persons", id, false);
    }
  }

  private SessionKind kind(JsonNode event, String pointer) {
    Optional<String> type = text(event.path("type"), pointer + "/type");
    if (type.isEmpty()) {
      return SessionKind.OTHER;
    }
    Optional<SessionKind> kind = EventTypes.kindOf(type.get());
    if (kind.isEmpty()) {
      unmappedTypes.merge(type.get(), 1, Integer::sum);
    }
    return kind.orElse(SessionKind.OTHER);
  }

  private Optional<PartialDate> sessionDate(
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
      warn(pointer, "the event's day " + partial.get() + " lies outside the conference's dates "
          + dates.get() + ": the session is imported without a date");
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

  // ---- People ------------------------------------------------------------------------------

  private void readPersons(JsonNode persons, String pointer) {
    if (persons.isMissingNode() || persons.isNull()) {
      return;
    }
    if (!persons.isArray()) {
      warn(pointer, "the persons are " + kind(persons) + ", not an array: they are not imported");
      return;
    }
    for (int i = 0; i < persons.size(); i++) {
      person(persons.get(i), pointer + "/" + i);
    }
  }

  private Optional<String> person(JsonNode person, String pointer) {
    if (person.isString()) {
      Optional<String> name = text(person, pointer);
      if (name.isEmpty()) {
        warn(pointer, "a person without a name is not imported");
      }
      return name.map(n -> people.add(List.of("name:" + n), n, Optional.empty()));
    }
    if (!person.isObject()) {
      warn(pointer, "a person is " + kind(person) + ", not an object: it is not imported");
      return Optional.empty();
    }
    Optional<String> name = text(person.path("public_name"), pointer + "/public_name")
        .or(() -> text(person.path("name"), pointer + "/name"))
        .or(() -> text(person.path("full_public_name"), pointer + "/full_public_name"));
    List<String> keys = new ArrayList<>();
    text(person.path("code"), pointer + "/code").ifPresent(k -> keys.add("code:" + k));
    text(person.path("guid"), pointer + "/guid").ifPresent(k -> keys.add("guid:" + k));
    scalar(person.path("id")).ifPresent(k -> keys.add("id:" + k));
    Optional<String> known = people.find(keys);
    if (known.isPresent()) {
      people.addKeys(known.get(), keys);
      return known;
    }
    if (name.isEmpty()) {
      warn(pointer, "a person without a name is not imported");
      return Optional.empty();
    }
    if (keys.isEmpty()) {
      keys.add("name:" + name.get());
    }
    return Optional.of(people.add(keys, name.get(), url(person.path("url"), pointer + "/url")));
  }

  private void speakers(JsonNode persons, String pointer, String session, boolean withRoles) {
    if (persons.isMissingNode() || persons.isNull()) {
      return;
    }
    if (!persons.isArray()) {
      warn(pointer, "the event's people are " + kind(persons)
          + ", not an array: they are not imported");
      return;
    }
    for (int i = 0; i < persons.size(); i++) {
      String at = pointer + "/" + i;
      Optional<String> participant = person(persons.get(i), at);
      if (participant.isEmpty()) {
        continue;
      }
      Role role = withRoles ? role(persons.get(i).path("role"), at + "/role") : Role.SPEAKER;
      if (seenParticipations.add(List.of(participant.get(), role, session))) {
        participations.add(Participation.builder()
            .participant(participant.get()).role(role).session(session).build());
      } else {
        warn(at, "repeats " + quote(participant.get()) + " as "
            + role.name().toLowerCase(Locale.ROOT) + " in this event: imported once");
      }
    }
  }

  /** The role of a version 2 event participant; the schema's default is SPEAKER. */
  private Role role(JsonNode role, String pointer) {
    Optional<String> name = text(role, pointer);
    if (name.isEmpty()) {
      return Role.SPEAKER;
    }
    switch (name.get().toUpperCase(Locale.ROOT)) {
      case "SPEAKER":
      case "GUEST":
      case "CONTRIBUTOR":
        return Role.SPEAKER;
      case "MODERATOR":
        return Role.FACILITATOR;
      case "HOST":
        return Role.ORGANISER;
      default:
        warn(pointer, "the role " + quote(name.get()) + " is not known: taken as speaker");
        return Role.SPEAKER;
    }
  }

  /** The schedule's persons, one per person whatever the keys (code, guid, id) they come with. */
  private final class People {
    private final Ids ids = new Ids();
    private final Map<String, String> byKey = new HashMap<>();
    private final List<Participant> participants = new ArrayList<>();

    Optional<String> find(List<String> keys) {
      for (String key : keys) {
        String id = byKey.get(key);
        if (id != null) {
          return Optional.of(id);
        }
      }
      return Optional.empty();
    }

    void addKeys(String id, List<String> keys) {
      for (String key : keys) {
        byKey.putIfAbsent(key, id);
      }
    }

    String add(List<String> keys, String name, Optional<String> url) {
      Optional<String> known = find(keys);
      if (known.isPresent()) {
        return known.get();
      }
      String fallback = "person-" + keys.get(0).substring(keys.get(0).indexOf(':') + 1);
      String id = ids.unique(Ids.of(name).or(() -> Ids.of(fallback)).orElse("person"));
      addKeys(id, keys);
      participants.add(Participant.builder().id(id).name(name).url(url).build());
      return id;
    }

    List<Participant> participants() {
      return participants;
    }
  }

  // ---- Values ------------------------------------------------------------------------------

  /** A string member: trimmed, its broken Unicode repaired (with a warning), empty if blank. */
  private Optional<String> text(JsonNode node, String pointer) {
    if (node.isMissingNode() || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isString()) {
      if (node.isNumber() || node.isBoolean()) {
        return Optional.of(node.asString());
      }
      warn(pointer, "is " + kind(node) + ", not text: it is ignored");
      return Optional.empty();
    }
    String value = node.stringValue();
    if (Texts.hasBrokenUnicode(value)) {
      warn(pointer, "holds an unpaired surrogate: it is replaced by U+FFFD");
      value = Texts.repairUnicode(value);
    }
    value = value.strip();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /** Builds a session, held in the event's language where that is a well-formed tag. */
  private Session withLanguage(Session.Builder session, JsonNode language, String pointer) {
    Optional<String> tag = text(language, pointer);
    if (tag.isEmpty()) {
      return session.build();
    }
    try {
      return session.language(tag.get()).build();
    } catch (ValidationException e) {
      warn(pointer, quote(tag.get()) + " is not a well-formed BCP 47 language tag: it is left out");
      return session.language(Optional.empty()).build();
    }
  }

  /** Text version 2 may give per language: the conference's, else English, else the first. */
  private Optional<String> localized(JsonNode node, String pointer) {
    if (!node.isObject()) {
      return text(node, pointer);
    }
    List<String> order = new ArrayList<>();
    language.ifPresent(order::add);
    order.add("en");
    for (String lang : order) {
      Optional<String> text = text(node.path(lang), pointer + "/" + escape(lang));
      if (text.isPresent()) {
        return text;
      }
    }
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      Optional<String> text = text(entry.getValue(), pointer + "/" + escape(entry.getKey()));
      if (text.isPresent()) {
        return text;
      }
    }
    return Optional.empty();
  }

  /** An id-like member, a string or an integer. */
  private static Optional<String> scalar(JsonNode node) {
    if (node.isString() || node.isIntegralNumber()) {
      String value = node.asString().strip();
      return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
    return Optional.empty();
  }

  private List<String> keywords(JsonNode node, String pointer) {
    List<String> themes = new ArrayList<>();
    if (node.isMissingNode() || node.isNull()) {
      return themes;
    }
    if (!node.isArray()) {
      warn(pointer, "the keywords are " + kind(node) + ", not an array: they are not imported");
      return themes;
    }
    for (int i = 0; i < node.size(); i++) {
      text(node.get(i), pointer + "/" + i).filter(k -> !themes.contains(k)).ifPresent(themes::add);
    }
    return themes;
  }

  private Optional<String> url(JsonNode node, String pointer) {
    return text(node, pointer).filter(url -> {
      if (modelAcceptsUrl(url)) {
        return true;
      }
      warn(pointer, quote(url) + " is not an absolute http or https URL: it is not imported");
      return false;
    });
  }

  /** Whether the model takes the URL; asking it keeps one rule for what a URL is. */
  private static boolean modelAcceptsUrl(String url) {
    try {
      Source.builder().title("probe").url(url).build();
      return true;
    } catch (ValidationException e) {
      return false;
    }
  }

  /** A day given as a date ({@code 2019-08-21}) or a date-time, in the conference's zone. */
  private Optional<LocalDate> day(JsonNode node, String pointer) {
    Optional<String> text = text(node, pointer);
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
      warn(pointer, quote(value) + " is not a date: it is not imported");
      return Optional.empty();
    }
  }

  private Optional<OffsetDateTime> instant(JsonNode node, String pointer) {
    Optional<String> text = text(node, pointer);
    try {
      return text.map(OffsetDateTime::parse);
    } catch (DateTimeParseException e) {
      warn(pointer, quote(text.get()) + " is not a date and time with an offset: it is ignored");
      return Optional.empty();
    }
  }

  private Optional<PartialDate> partial(LocalDate date, String pointer) {
    try {
      return Optional.of(PartialDate.of(date));
    } catch (DateTimeException e) {
      warn(pointer, date + " lies outside the years 1 to 9999: it is not imported");
      return Optional.empty();
    }
  }

  // ---- Warnings ----------------------------------------------------------------------------

  private void warn(String pointer, String message) {
    if (warnings.size() < MAX_WARNINGS) {
      warnings.add(pointer + ": " + message);
    } else {
      warningsLeftOut++;
    }
  }

  private List<String> warningsWithTail() {
    if (warningsLeftOut > 0) {
      warnings.add("(" + warningsLeftOut + " more warnings are not listed)");
    }
    return warnings;
  }

  private static String kind(JsonNode node) {
    if (node.isMissingNode()) {
      return "missing";
    }
    switch (node.getNodeType()) {
      case ARRAY:
        return "an array";
      case OBJECT:
        return "an object";
      case STRING:
        return "a string";
      case NUMBER:
        return "a number";
      case BOOLEAN:
        return "a boolean";
      case NULL:
        return "null";
      default:
        return "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
  }

  /** A JSON Pointer reference token (RFC 6901). */
  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  private static String quote(String text) {
    String shown = text.length() > 80 ? text.substring(0, 77) + "..." : text;
    return "\"" + shown.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
