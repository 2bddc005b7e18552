package org.coproduce.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The programme-wide rule of translations: no object's translation is into the language of its
 * original text, where that is the programme's language (an object that names its own language,
 * and the programme itself, check their own translations when they are built).
 */
final class OriginalLanguage {
  /** Takes a problem: its message and its path from the programme. */
  interface Sink {
    void add(String message, Object... path);
  }

  private final String language;
  private final Sink sink;

  private OriginalLanguage(String language, Sink sink) {
    this.language = language;
    this.sink = sink;
  }

  /** Reports, in the order of the programme's members, each translation into its language. */
  static void check(Programme programme, Sink sink) {
    Optional<String> language = programme.language().filter(Checks::isLanguageTag);
    if (language.isPresent()) {
      new OriginalLanguage(language.get(), sink).check(programme);
    }
  }

  private void check(Programme programme) {
    List<Organisation> organisations = programme.organisations();
    for (int i = 0; i < organisations.size(); i++) {
      Organisation organisation = organisations.get(i);
      tags(organisation.translations(), "organisations", i);
      place(organisation.place(), "organisations", i, "place");
    }
    List<Conference> conferences = programme.conferences();
    for (int c = 0; c < conferences.size(); c++) {
      Conference conference = conferences.get(c);
      tags(conference.translations(), "conferences", c);
      place(conference.place(), "conferences", c, "place");
      List<Strand> strands = conference.strands();
      for (int s = 0; s < strands.size(); s++) {
        tags(strands.get(s).translations(), "conferences", c, "strands", s);
      }
      List<Session> sessions = conference.sessions();
      for (int s = 0; s < sessions.size(); s++) {
        tags(sessions.get(s).translations(), "conferences", c, "sessions", s);
      }
    }
    List<Visit> visits = programme.visits();
    for (int v = 0; v < visits.size(); v++) {
      tags(visits.get(v).translations(), "visits", v);
      place(visits.get(v).origin(), "visits", v, "origin");
    }
    List<Quote> quotes = programme.quotes();
    for (int q = 0; q < quotes.size(); q++) {
      if (quotes.get(q).language().isEmpty()) {
        tags(quotes.get(q).translations(), "quotes", q);
      }
    }
    List<Output> outputs = programme.outputs();
    for (int o = 0; o < outputs.size(); o++) {
      if (outputs.get(o).language().isEmpty()) {
        tags(outputs.get(o).translations(), "outputs", o);
      }
    }
  }

  private void place(Optional<Place> place, Object... path) {
    if (place.isPresent()) {
      tags(place.get().translations(), path);
    }
  }

  /**
   * The first tag equal to the language ignoring case is the problem: a later one repeats it,
   * which the object itself reports.
   */
  private void tags(Map<String, ?> translations, Object... path) {
    if (translations.isEmpty()) {
      return;
    }
    for (String tag : translations.keySet()) {
      if (tag.equalsIgnoreCase(language) && Checks.isLanguageTag(tag)) {
        Object[] at = java.util.Arrays.copyOf(path, path.length + 2);
        at[path.length] = "translations";
        at[path.length + 1] = tag;
        sink.add(Checks.originalLanguage(tag), at);
        return;
      }
    }
  }
}
