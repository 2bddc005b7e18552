package org.coproduce.interop.csv;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coproduce.interop.internal.TranslatedText;

/**
 * The translations table: every text in every language that the other tables do not show. Without
 * a preferred language, that is every translation; with one, the translations not chosen, and the
 * original of each text shown in translation ({@code original} is {@code true}), so that nothing
 * is lost.
 */
final class TranslationTable {
  private TranslationTable() {}

  static Table of(List<TranslatedText> texts, ShownText shown) {
    Table table = new Table("translations",
        "table", "conference_id", "id", "column", "language", "original", "text");
    for (TranslatedText text : texts) {
      Optional<String> chosen = shown.shownTranslation(
          text.table(), text.conferenceId(), text.id(), text.column());
      if (chosen.isPresent()) {
        table.add(text.table(), text.conferenceId(), text.id(), text.column(), text.language(),
            "true", text.original());
      }
      for (Map.Entry<String, String> translation : text.translations().entrySet()) {
        if (!chosen.equals(Optional.of(translation.getKey()))) {
          table.add(text.table(), text.conferenceId(), text.id(), text.column(),
              translation.getKey(), "false", translation.getValue());
        }
      }
    }
    return table;
  }
}
