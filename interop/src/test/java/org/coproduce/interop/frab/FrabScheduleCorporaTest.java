package org.coproduce.interop.frab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.coproduce.model.Conference;
import org.coproduce.model.Participant;
import org.coproduce.model.Participation;
import org.coproduce.model.Programme;
import org.coproduce.model.Role;
import org.coproduce.model.Session;
import org.coproduce.model.Strand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports every schedule of the public corpus and checks the result against the raw file, which
 * the test walks on its own with Jackson's tree model: every event a session, every track a
 * strand, every distinct person a participant, every speaker a participation.
 */
class FrabScheduleCorporaTest {
  private static final JsonMapper RAW = JsonMapper.builder().build();

  static Path schedules() {
    String corpora = System.getProperty("coproduce.corpora");
    Path dir = corpora == null ? null : Path.of(corpora, "schedules");
    assumeTrue(dir != null && Files.isDirectory(dir),
        "SKIPPED LOUDLY: the schedule corpus is absent (system property coproduce.corpora = "
            + corpora + "); the frab import is not checked against real schedules");
    return dir;
  }

  /** One event of the raw file, as the test reads it. */
  private record RawEvent(String title, String track, List<String> people, List<String> roles) {}

  /** What the raw file holds, counted independently of the importer. */
  private record RawSchedule(List<RawEvent> events, Set<String> tracks,
      Map<String, String> persons, int speakerPairs) {}

  private static RawSchedule walk(JsonNode root) {
    JsonNode schedule = root.get("schedule");
    JsonNode conference = schedule.get("conference");
    List<JsonNode> events = new ArrayList<>();
    for (JsonNode day : conference.path("days")) {
      for (JsonNode room : day.path("rooms").values()) {
        room.forEach(events::add);
      }
    }
    schedule.path("events").forEach(events::add);

    Map<String, String> trackBySlug = new LinkedHashMap<>();
    Set<String> tracks = new LinkedHashSet<>();
    for (JsonNode track : conference.path("tracks")) {
      tracks.add(track.get("name").stringValue());
      trackBySlug.put(track.path("slug").asString(), track.get("name").stringValue());
    }
    Map<String, String> persons = new LinkedHashMap<>();
    for (JsonNode person : schedule.path("persons")) {
      persons.put(key(person), name(person));
    }
    List<RawEvent> raw = new ArrayList<>();
    Set<String> pairs = new LinkedHashSet<>();
    for (JsonNode event : events) {
      JsonNode track = event.path("track");
      String trackName = track.isObject() ? trackBySlug.get(track.get("slug").stringValue())
          : track.isString() && !track.stringValue().isBlank() ? track.stringValue() : null;
      if (trackName != null) {
        tracks.add(trackName);
      }
      List<String> people = new ArrayList<>();
      List<String> roles = new ArrayList<>();
      JsonNode list = event.has("participants") ? event.get("participants") : event.get("persons");
      for (JsonNode person : list) {
        persons.putIfAbsent(key(person), name(person));
        people.add(persons.get(key(person)));
        roles.add(person.path("role").asString("SPEAKER"));
        pairs.add(key(person) + " " + event.get("guid").stringValue());
      }
      raw.add(new RawEvent(event.get("title").stringValue().strip(), trackName, people, roles));
    }
    return new RawSchedule(raw, tracks, persons, pairs.size());
  }

  private static String key(JsonNode person) {
    for (String key : List.of("code", "guid", "id")) {
      if (person.hasNonNull(key)) {
        return key + ":" + person.get(key).asString();
      }
    }
    throw new AssertionError("a person without code, guid or id: " + person);
  }

  private static String name(JsonNode person) {
    for (String key : List.of("public_name", "name", "full_public_name")) {
      if (person.hasNonNull(key)) {
        return person.get(key).stringValue().strip();
      }
    }
    throw new AssertionError("a person without a name: " + person);
  }

  private static ScheduleImport importFile(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      ScheduleImport result = FrabSchedule.read(in);
      System.out.println(file.getFileName() + ": " + result.warnings().size() + " warnings");
      result.warnings().forEach(w -> System.out.println("  " + w));
      return result;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "frab-camp2019.json", "pretalx-rc3.json", "pretalx-democon.json", "hub-schedule2.json"})
  void importsEveryEventTrackPersonAndSpeakerOfTheRawFile(String name) throws IOException {
    Path file = schedules().resolve(name);
    RawSchedule raw = walk(RAW.readTree(file.toFile()));
    Programme programme = importFile(file).programme();

    assertThat(programme.conferences()).hasSize(1);
    Conference conference = programme.conferences().get(0);
    assertThat(raw.events()).as("the raw file's events").isNotEmpty();
    assertThat(conference.sessions()).hasSize(raw.events().size());
    assertThat(conference.strands()).extracting(Strand::title)
        .containsExactlyInAnyOrderElementsOf(raw.tracks());
    assertThat(programme.participants()).extracting(Participant::name)
        .containsExactlyInAnyOrderElementsOf(raw.persons().values());
    assertThat(programme.participants()).hasSize(raw.persons().size());
    assertThat(conference.participations()).hasSize(raw.speakerPairs());

    // Event by event, in the order of the file: title, strand, people in their roles.
    for (int i = 0; i < raw.events().size(); i++) {
      RawEvent event = raw.events().get(i);
      Session session = conference.sessions().get(i);
      assertThat(session.title()).as("title of event %d", i).isEqualTo(event.title());
      assertThat(session.strand().flatMap(conference::strand).map(Strand::title).orElse(null))
          .as("strand of event %d", i).isEqualTo(event.track());
      List<String> people = new ArrayList<>();
      List<Role> roles = new ArrayList<>();
      for (Participation p : conference.participations()) {
        if (p.session().orElseThrow().equals(session.id())) {
          people.add(programme.participant(p.participant()).orElseThrow().name());
          roles.add(p.role());
        }
      }
      assertThat(people).as("people of event %d", i).isEqualTo(event.people());
      assertThat(roles).as("roles of event %d", i).isEqualTo(event.roles().stream()
          .map(r -> r.equals("MODERATOR") ? Role.FACILITATOR
              : r.equals("HOST") ? Role.ORGANISER : Role.SPEAKER)
          .toList());
      assertThat(session.date()).as("date of event %d", i).isPresent();
    }
  }

  @Test
  void importsTheDatesOfTheConference() throws IOException {
    Path dir = schedules();
    assertThat(importFile(dir.resolve("frab-camp2019.json")).programme().conferences().get(0)
        .dates()).map(Object::toString).hasValue("2019-08-21/2019-08-26");
    // Version 2 gives date-times; the conference's zone (Europe/Berlin) decides the day.
    assertThat(importFile(dir.resolve("hub-schedule2.json")).programme().conferences().get(0)
        .dates()).map(Object::toString).hasValue("2024-12-27/2024-12-30");
  }

  @Test
  void namesTheConferenceAfterItsAcronymAndTitle() throws IOException {
    Programme camp = importFile(schedules().resolve("frab-camp2019.json")).programme();
    assertThat(camp.id()).isEqualTo("camp2019");
    assertThat(camp.name()).isEqualTo("Chaos Communication Camp 2019");
    assertThat(camp.conferences().get(0).url())
        .hasValue("https://fahrplan.events.ccc.de/camp/2019/Fahrplan/");
  }

  @Test
  void makesValidIdsOfUppercaseUnderscoredAndOverlongSlugs() throws IOException {
    Path file = schedules().resolve("frab-camp2019.json");
    JsonNode raw = RAW.readTree(file.toFile());
    List<String> slugs = new ArrayList<>();
    for (JsonNode day : raw.at("/schedule/conference/days")) {
      for (JsonNode room : day.get("rooms").values()) {
        room.forEach(e -> slugs.add(e.get("slug").stringValue()));
      }
    }
    assertThat(slugs).anyMatch(s -> s.length() > 64).anyMatch(s -> s.contains("_"))
        .anyMatch(s -> !s.equals(s.toLowerCase(java.util.Locale.ROOT)));
    List<Session> sessions = importFile(file).programme().conferences().get(0).sessions();
    for (int i = 0; i < slugs.size(); i++) {
      String expected = slugs.get(i).toLowerCase(java.util.Locale.ROOT)
          .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
      String id = sessions.get(i).id();
      assertThat(id).hasSizeLessThanOrEqualTo(64).matches("[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(expected).as("slug %s", slugs.get(i)).startsWith(id);
    }
  }

  @Test
  void mapsEventTypesOfRealExportsToSessionKinds() throws IOException {
    Conference rc3 =
        importFile(schedules().resolve("pretalx-rc3.json")).programme().conferences().get(0);
    // "Workshop 60 Min", "Talk 30 min + 10min Q&A", "LightningTalk 15min 10min Q&A", "Other".
    assertThat(Stream.of(rc3.sessions().toArray(Session[]::new)).map(Session::kind).distinct())
        .extracting(Enum::name)
        .containsExactlyInAnyOrder("WORKSHOP", "PRESENTATION", "OTHER");
  }
}
