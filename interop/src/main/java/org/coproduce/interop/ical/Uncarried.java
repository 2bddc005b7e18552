package org.coproduce.interop.ical;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coproduce.interop.internal.TranslatedText;
import org.coproduce.model.Conference;
import org.coproduce.model.Programme;
import org.coproduce.model.Strand;

/**
 * The warnings for what a calendar has no room for: people and organisations (iCalendar names
 * attendees and organisers by address, which the model does not have), visits, quotes, the
 * programme's own facts, the strands' summaries, outputs, and the other versions of translated
 * texts. One warning per kind of fact, with a count.
 */
final class Uncarried {
  private Uncarried() {}

  static List<String> of(Programme programme) {
    List<String> warnings = new ArrayList<>();
    List<String> own = new ArrayList<>();
    programme.language().ifPresent(l -> own.add("language"));
    programme.summary().ifPresent(s -> own.add("summary"));
    programme.period().ifPresent(p -> own.add("period"));
    addIf(own, "leads", programme.leads().size());
    addIf(own, "funders", programme.funders().size());
    addIf(own, "themes", programme.themes().size());
    addIf(own, "hashtags", programme.hashtags().size());
    addIf(own, "sdgs", programme.sdgs().size());
    if (!own.isEmpty()) {
      warnings.add(": a calendar has no place for the programme's " + String.join(", ", own)
          + ": not carried");
    }
    count(warnings, "/organisations", programme.organisations().size(), "organisation", "organisations");
    count(warnings, "/participants", programme.participants().size(), "participant", "participants");
    int hosts = 0;
    int participations = 0;
    int strandSummaries = 0;
    for (Conference conference : programme.conferences()) {
      hosts += conference.hosts().size();
      participations += conference.participations().size();
      for (Strand strand : conference.strands()) {
        strandSummaries += strand.summary().isPresent() ? 1 : 0;
      }
    }
    count(warnings, "/conferences", hosts, "conference host", "conference hosts");
    count(warnings, "/conferences", participations, "participation", "participations");
    count(warnings, "/conferences", strandSummaries, "strand summary", "strand summaries");
    count(warnings, "/visits", programme.visits().size(), "visit", "visits");
    count(warnings, "/quotes", programme.quotes().size(), "quote", "quotes");
    count(warnings, "/outputs", programme.outputs().size(), "output", "outputs");
    int translations = TranslatedText.count(programme);
    if (translations > 0) {
      warnings.add(String.format(Locale.ROOT, ": the calendar carries each text in one language"
          + " (the preferred language's translation where there is one, else the original): %d"
          + " other versions of texts are not carried", translations));
    }
    return warnings;
  }

  private static void addIf(List<String> names, String name, int count) {
    if (count > 0) {
      names.add(name);
    }
  }

  private static void count(
      List<String> warnings, String at, int count, String one, String many) {
    if (count == 1) {
      warnings.add(at + ": 1 " + one + " has no place in a calendar and is not carried");
    } else if (count > 1) {
      warnings.add(String.format(Locale.ROOT,
          "%s: %d %s have no place in a calendar and are not carried", at, count, many));
    }
  }
}
