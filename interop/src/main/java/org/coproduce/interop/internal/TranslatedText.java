package org.coproduce.interop.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.coproduce.model.Conference;
import org.coproduce.model.Organisation;
import org.coproduce.model.Output;
import org.coproduce.model.Place;
import org.coproduce.model.Programme;
import org.coproduce.model.Quote;
import org.coproduce.model.Session;
import org.coproduce.model.Strand;
import org.coproduce.model.Visit;

/**
 * Every text of a programme that has translations, with them: which item and column it is (as
 * the CSV tables name them), its JSON Pointer, the original and its language, and the translated
 * texts by language tag. In document order. Not part of the module's API (the package is not
 * exported).
 *
 * @param pointer the JSON Pointer of the object whose text it is
 * @param table the table of the item, such as {@code sessions}
 * @param conferenceId the item's conference, for strands and sessions; else empty
 * @param id the item's id
 * @param column the text's column, such as {@code title} or {@code place}
 * @param original the original text
 * @param language the original's language, if known
 * @param translations the translated texts, by language tag, in the order given
 */
public record TranslatedText(String pointer, String table, String conferenceId, String id,
    String column, String original, Optional<String> language, Map<String, String> translations) {

  /**
   * The texts of the programme that have at least one translation.
   *
   * @param programme the programme
   * @return the texts, in document order
   */
  public static List<TranslatedText> of(Programme programme) {
    Walk walk = new Walk(programme.language());
    String pid = programme.id();
    walk.add("", "programme", "", pid, "name", programme.name(), programme.translations(),
        t -> t.name());
    programme.summary().ifPresent(text -> walk.add("", "programme", "", pid, "summary", text,
        programme.translations(), t -> t.summary()));
    List<Organisation> organisations = programme.organisations();
    for (int i = 0; i < organisations.size(); i++) {
      Organisation o = organisations.get(i);
      String at = "/organisations/" + i;
      walk.add(at, "organisations", "", o.id(), "name", o.name(), o.translations(),
          t -> t.name());
      o.shortName().ifPresent(text -> walk.add(at, "organisations", "", o.id(), "short_name",
          text, o.translations(), t -> t.shortName()));
      walk.place(at + "/place", "organisations", "", o.id(), "", o.place());
    }
    List<Conference> conferences = programme.conferences();
    for (int i = 0; i < conferences.size(); i++) {
      walk.conference("/conferences/" + i, conferences.get(i));
    }
    List<Visit> visits = programme.visits();
    for (int i = 0; i < visits.size(); i++) {
      Visit v = visits.get(i);
      String at = "/visits/" + i;
      walk.add(at, "visits", "", v.id(), "title", v.title(), v.translations(), t -> t.title());
      v.summary().ifPresent(text -> walk.add(at, "visits", "", v.id(), "summary", text,
          v.translations(), t -> t.summary()));
      walk.place(at + "/origin", "visits", "", v.id(), "origin_", v.origin());
    }
    List<Quote> quotes = programme.quotes();
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      walk.add("/quotes/" + i, "quotes", "", q.id(), "text", q.text(),
          q.language().or(programme::language), q.translations(), t -> t.text());
    }
    List<Output> outputs = programme.outputs();
    for (int i = 0; i < outputs.size(); i++) {
      Output o = outputs.get(i);
      String at = "/outputs/" + i;
      Optional<String> language = o.language().or(programme::language);
      walk.add(at, "outputs", "", o.id(), "title", o.title(), language, o.translations(),
          t -> t.title());
      o.summary().ifPresent(text -> walk.add(at, "outputs", "", o.id(), "summary", text,
          language, o.translations(), t -> t.summary()));
    }
    return List.copyOf(walk.texts);
  }

  /** How many translated texts the programme holds, each language of each text counted once. */
  public static int count(Programme programme) {
    return of(programme).stream().mapToInt(text -> text.translations().size()).sum();
  }

  private static final class Walk {
    private final Optional<String> language;
    private final List<TranslatedText> texts = new ArrayList<>();

    Walk(Optional<String> language) {
      this.language = language;
    }

    void conference(String at, Conference c) {
      add(at, "conferences", "", c.id(), "name", c.name(), c.translations(), t -> t.name());
      c.summary().ifPresent(text -> add(at, "conferences", "", c.id(), "summary", text,
          c.translations(), t -> t.summary()));
      place(at + "/place", "conferences", "", c.id(), "", c.place());
      for (int s = 0; s < c.strands().size(); s++) {
        Strand strand = c.strands().get(s);
        String in = at + "/strands/" + s;
        add(in, "strands", c.id(), strand.id(), "title", strand.title(), strand.translations(),
            t -> t.title());
        strand.summary().ifPresent(text -> add(in, "strands", c.id(), strand.id(), "summary",
            text, strand.translations(), t -> t.summary()));
      }
      for (int s = 0; s < c.sessions().size(); s++) {
        Session session = c.sessions().get(s);
        String in = at + "/sessions/" + s;
        add(in, "sessions", c.id(), session.id(), "title", session.title(),
            session.translations(), t -> t.title());
        session.summary().ifPresent(text -> add(in, "sessions", c.id(), session.id(),
            "summary", text, session.translations(), t -> t.summary()));
      }
    }

    void place(String at, String table, String conferenceId, String id, String prefix,
        Optional<Place> place) {
      place.ifPresent(p -> {
        add(at, table, conferenceId, id, prefix.isEmpty() ? "place" : "origin", p.name(),
            p.translations(), t -> t.name());
        p.region().ifPresent(region -> add(at, table, conferenceId, id, prefix + "region",
            region, p.translations(), t -> t.region()));
      });
    }

    <T> void add(String at, String table, String conferenceId, String id, String column,
        String original, Map<String, T> translations, Function<T, Optional<String>> member) {
      add(at, table, conferenceId, id, column, original, language, translations, member);
    }

    <T> void add(String at, String table, String conferenceId, String id, String column,
        String original, Optional<String> originalLanguage, Map<String, T> translations,
        Function<T, Optional<String>> member) {
      Map<String, String> texts = new LinkedHashMap<>();
      translations.forEach((tag, t) -> member.apply(t).ifPresent(text -> texts.put(tag, text)));
      if (!texts.isEmpty()) {
        this.texts.add(new TranslatedText(at, table, conferenceId, id, column, original,
            originalLanguage, Collections.unmodifiableMap(texts)));
      }
    }
  }
}
