package org.coproduce.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A translation of a quote's words into one language; the words as said stay in the quote's
 * {@code text}. The translated text must not be blank. Build it with {@code
 * QuoteTranslation.builder()} and add it with {@code Quote.builder().putTranslation(tag,
 * translation)}.
 */
@Value.Immutable
abstract class AbstractQuoteTranslation {
  /**
   * The words in this language: a translation, never the words as said.
   *
   * @return the translated text, or empty
   */
  public abstract Optional<String> text();

  /**
   * Members of a document that the model does not know.
   *
   * @return the extensions, empty by default
   */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  @Value.Check
  void check() {
    Checks checks = new Checks();
    checks.translatedText("text", text());
    checks.translatesSomething(text().isPresent(), extensions());
    checks.throwIfAny();
  }
}
