package org.coproduce.interop.frab;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coproduce.model.SessionKind;

/**
 * Maps the free-form event types of schedules ({@code lecture}, {@code Talk 30 min + 10min Q&A},
 * {@code LIGHTNING_TALK}...) to session kinds. The type is compared by the ASCII letters it holds,
 * in lower case, and the first rule whose word it contains wins.
 */
final class EventTypes {
  private record Rule(SessionKind kind, List<String> words) {}

  // Order matters: a "keynote talk" is a keynote, a "panel discussion" a panel.
  private static final List<Rule> RULES = List.of(
      new Rule(SessionKind.KEYNOTE, List.of("keynote")),
      new Rule(SessionKind.PLENARY, List.of("plenary", "plenum")),
      new Rule(SessionKind.PANEL, List.of("panel", "podium")),
      new Rule(SessionKind.FIELD_TRIP, List.of("fieldtrip", "excursion", "sitevisit")),
      new Rule(SessionKind.WORKSHOP, List.of("workshop", "handson", "tutorial")),
      new Rule(SessionKind.DISCUSSION,
          List.of("discussion", "meeting", "meetup", "roundtable", "fishbowl", "bof")),
      new Rule(SessionKind.PRESENTATION,
          List.of("talk", "lecture", "presentation", "lightning", "speech")),
      new Rule(SessionKind.OTHER, List.of("other")));

  private EventTypes() {}

  /**
   * The session kind an event type names.
   *
   * @param type the event's type as the schedule gives it
   * @return the kind, or empty if the type names none (the session is then of kind other)
   */
  static Optional<SessionKind> kindOf(String type) {
    String letters = letters(type);
    for (Rule rule : RULES) {
      for (String word : rule.words()) {
        if (letters.contains(word)) {
          return Optional.of(rule.kind());
        }
      }
    }
    return Optional.empty();
  }

  private static String letters(String type) {
    StringBuilder out = new StringBuilder(type.length());
    for (int i = 0; i < type.length(); i++) {
      char c = type.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
