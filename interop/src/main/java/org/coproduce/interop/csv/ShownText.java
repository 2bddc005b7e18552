package org.coproduce.interop.csv;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.coproduce.model.LanguagePreference;
import org.coproduce.model.LocalizedText;

/**
 * The text the tables show, in the reader's language where the programme has it, and which
 * translation each cell shows, so that the translations table lists everything else.
 */
final class ShownText {
  private final LanguagePreference reader;
  private final Map<String, String> shownTranslations = new HashMap<>();

  ShownText(LanguagePreference reader) {
    this.reader = reader;
  }

  LanguagePreference reader() {
    return reader;
  }

  /** The text of a cell, noting the translation it is, if it is one. */
  String cell(String table, String conferenceId, String id, String column, LocalizedText text) {
    if (text.isTranslation()) {
      shownTranslations.put(key(table, conferenceId, id, column), text.language().orElseThrow());
    }
    return text.text();
  }

  Optional<String> cell(String table, String conferenceId, String id, String column,
      Optional<LocalizedText> text) {
    return text.map(t -> cell(table, conferenceId, id, column, t));
  }

  /** The language of the translation a cell shows; empty if it shows the original. */
  Optional<String> shownTranslation(String table, String conferenceId, String id, String column) {
    return Optional.ofNullable(shownTranslations.get(key(table, conferenceId, id, column)));
  }

  private static String key(String table, String conferenceId, String id, String column) {
    return table + '\u0000' + conferenceId + '\u0000' + id + '\u0000' + column;
  }
}
