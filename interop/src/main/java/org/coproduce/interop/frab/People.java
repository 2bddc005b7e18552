package org.coproduce.interop.frab;

import static org.coproduce.interop.frab.Warnings.kind;
import static org.coproduce.interop.frab.Warnings.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coproduce.model.Participant;
import org.coproduce.model.Participation;
import org.coproduce.model.Role;
import tools.jackson.databind.JsonNode;

/**
 * The schedule's persons as participants, one per person whatever the keys (code, guid, id) they
 * come with, and each person of an event as a participation in its session.
 */
final class People {
  private final Values values;
  private final Warnings warnings;
  private final Ids ids = new Ids();
  private final Map<String, String> byKey = new HashMap<>();
  private final List<Participant> participants = new ArrayList<>();
  private final List<Participation> participations = new ArrayList<>();
  private final Set<List<Object>> seenParticipations = new HashSet<>();

  People(Values values, Warnings warnings) {
    this.values = values;
    this.warnings = warnings;
  }

  List<Participant> participants() {
    return participants;
  }

  List<Participation> participations() {
    return participations;
  }

  /** Reads the version 2 list of the schedule's persons. */
  void read(JsonNode persons, String pointer) {
    if (persons.isMissingNode() || persons.isNull()) {
      return;
    }
    if (!persons.isArray()) {
      warnings.warn(pointer,
          "the persons are " + kind(persons) + ", not an array: they are not imported");
      return;
    }
    for (int i = 0; i < persons.size(); i++) {
      person(persons.get(i), pointer + "/" + i);
    }
  }

  /**
   * Reads the people of an event, each a participation in its session: speakers (version 1), or
   * people with their roles (version 2).
   */
  void speakers(JsonNode persons, String pointer, String session, boolean withRoles) {
    if (persons.isMissingNode() || persons.isNull()) {
      return;
    }
    if (!persons.isArray()) {
      warnings.warn(pointer, "the event's people are " + kind(persons)
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
        warnings.warn(at, "repeats " + quote(participant.get()) + " as "
            + role.name().toLowerCase(Locale.ROOT) + " in this event: imported once");
      }
    }
  }

  private Optional<String> person(JsonNode person, String pointer) {
    if (person.isString()) {
      Optional<String> name = values.text(person, pointer);
      if (name.isEmpty()) {
        warnings.warn(pointer, "a person without a name is not imported");
      }
      return name.map(n -> add(List.of("name:" + n), n, Optional.empty()));
    }
    if (!person.isObject()) {
      warnings.warn(pointer,
          "a person is " + kind(person) + ", not an object: it is not imported");
      return Optional.empty();
    }
    Optional<String> name = values.text(person.path("public_name"), pointer + "/public_name")
        .or(() -> values.text(person.path("name"), pointer + "/name"))
        .or(() -> values.text(person.path("full_public_name"), pointer + "/full_public_name"));
    List<String> keys = new ArrayList<>();
    values.text(person.path("code"), pointer + "/code").ifPresent(k -> keys.add("code:" + k));
    values.text(person.path("guid"), pointer + "/guid").ifPresent(k -> keys.add("guid:" + k));
    Values.scalar(person.path("id")).ifPresent(k -> keys.add("id:" + k));
    Optional<String> known = find(keys);
    if (known.isPresent()) {
      addKeys(known.get(), keys);
      return known;
    }
    if (name.isEmpty()) {
      warnings.warn(pointer, "a person without a name is not imported");
      return Optional.empty();
    }
    if (keys.isEmpty()) {
      keys.add("name:" + name.get());
    }
    return Optional.of(add(keys, name.get(), values.url(person.path("url"), pointer + "/url")));
  }

  /** The role of a version 2 event participant; the schema's default is SPEAKER. */
  private Role role(JsonNode role, String pointer) {
    Optional<String> name = values.text(role, pointer);
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
        warnings.warn(pointer, "the role " + quote(name.get()) + " is not known: taken as speaker");
        return Role.SPEAKER;
    }
  }

  private Optional<String> find(List<String> keys) {
    for (String key : keys) {
      String id = byKey.get(key);
      if (id != null) {
        return Optional.of(id);
      }
    }
    return Optional.empty();
  }

  private void addKeys(String id, List<String> keys) {
    for (String key : keys) {
      byKey.putIfAbsent(key, id);
    }
  }

  private String add(List<String> keys, String name, Optional<String> url) {
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
}
