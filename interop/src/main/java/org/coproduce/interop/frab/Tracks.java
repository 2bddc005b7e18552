package org.coproduce.interop.frab;

import static org.coproduce.interop.frab.Warnings.kind;
import static org.coproduce.interop.frab.Warnings.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coproduce.model.Strand;
import tools.jackson.databind.JsonNode;

/**
 * The schedule's tracks as the conference's strands: those it lists, and those its events name,
 * each once, found again by title or slug.
 */
final class Tracks {
  private final Values values;
  private final Warnings warnings;
  private final Ids strandIds = new Ids();
  private final List<Strand> strands = new ArrayList<>();
  private final Map<String, String> strandByTitle = new HashMap<>();
  private final Map<String, String> strandBySlug = new HashMap<>();

  Tracks(Values values, Warnings warnings) {
    this.values = values;
    this.warnings = warnings;
  }

  List<Strand> strands() {
    return strands;
  }

  /** Reads the conference's list of tracks, of names (version 1) or objects (version 2). */
  void read(JsonNode tracks, String pointer) {
    if (tracks.isMissingNode() || tracks.isNull()) {
      return;
    }
    if (!tracks.isArray()) {
      warnings.warn(pointer,
          "the tracks are " + kind(tracks) + ", not an array: they are not imported");
      return;
    }
    for (int i = 0; i < tracks.size(); i++) {
      JsonNode track = tracks.get(i);
      String at = pointer + "/" + i;
      if (track.isString()) {
        values.text(track, at).ifPresentOrElse(name -> strandForTitle(name),
            () -> warnings.warn(at, "a track without a name is not imported"));
        continue;
      }
      if (!track.isObject()) {
        warnings.warn(at, "a track is " + kind(track) + ", not an object: it is not imported");
        continue;
      }
      Optional<String> name = values.text(track.path("name"), at + "/name");
      Optional<String> slug = values.text(track.path("slug"), at + "/slug");
      if (name.isEmpty() && slug.isEmpty()) {
        warnings.warn(at, "a track with neither name nor slug is not imported");
        continue;
      }
      String id = addStrand(name.orElseGet(slug::get), slug);
      name.ifPresent(n -> strandByTitle.putIfAbsent(n, id));
      slug.ifPresent(s -> strandBySlug.putIfAbsent(s, id));
    }
  }

  /** The strand of an event's {@code track}: a name (version 1) or an object with a slug (2). */
  Optional<String> strandOf(JsonNode track, String pointer) {
    if (track.isObject()) {
      Optional<String> slug = values.text(track.path("slug"), pointer + "/slug");
      Optional<String> name = values.text(track.path("name"), pointer + "/name");
      if (slug.isPresent() && strandBySlug.containsKey(slug.get())) {
        return Optional.of(strandBySlug.get(slug.get()));
      }
      if (name.isPresent()) {
        return Optional.of(strandForTitle(name.get()));
      }
      if (slug.isPresent()) {
        warnings.warn(pointer, "the track " + quote(slug.get())
            + " is not among the conference's tracks: it becomes a strand of that title");
        String id = addStrand(slug.get(), slug);
        strandBySlug.put(slug.get(), id);
        return Optional.of(id);
      }
      warnings.warn(pointer, "a track with neither name nor slug is not imported");
      return Optional.empty();
    }
    Optional<String> name = values.text(track, pointer);
    if (name.isPresent() && !strandByTitle.containsKey(name.get())
        && strandBySlug.containsKey(name.get())) {
      return Optional.of(strandBySlug.get(name.get()));
    }
    return name.map(this::strandForTitle);
  }

  /** The id of the strand of that title, added when first seen. */
  private String strandForTitle(String title) {
    String known = strandByTitle.get(title);
    if (known != null) {
      return known;
    }
    String id = addStrand(title, Optional.empty());
    strandByTitle.put(title, id);
    return id;
  }

  private String addStrand(String title, Optional<String> slug) {
    String id = strandIds.unique(slug.flatMap(Ids::of).or(() -> Ids.of(title)).orElse("track"));
    strands.add(Strand.builder().id(id).title(title).build());
    return id;
  }
}
