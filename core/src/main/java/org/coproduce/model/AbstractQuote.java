package org.coproduce.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Words attributed to a participant, exactly as said, with where and when. Build it with {@code
 * Quote.builder()}.
 */
@Value.Immutable
abstract class AbstractQuote {
  /**
   * The id, unique among the programme's quotes.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The id of the participant who said it.
   *
   * @return the speaker's id
   */
  public abstract String speaker();

  /**
   * The exact words; not blank, kept as given.
   *
   * @return the text
   */
  public abstract String text();

  /**
   * The language of the words, a well-formed BCP 47 tag such as {@code en}.
   *
   * @return the language tag, or empty
   */
  public abstract Optional<String> language();

  /**
   * When the words were said.
   *
   * @return the date, or empty
   */
  public abstract Optional<PartialDate> said();

  /**
   * The id of the conference the words were said at or are about.
   *
   * @return the conference id, or empty
   */
  public abstract Optional<String> conference();

  /**
   * Where the words were published.
   *
   * @return the source, or empty
   */
  public abstract Optional<Source> source();

  /**
   * Translations of {@code text}, by BCP 47 language tag, in the order
   * given; no tag repeats ignoring case or is the language of the original text.
   *
   * @return language tag to translation, empty by default
   */
  public abstract Map<String, QuoteTranslation> translations();

  /**
   * Members of a document that the model does not know.
   *
   * @return the extensions, empty by default
   */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /**
   * The text in the language the reader prefers most among those it is available in, else the
   * original text.
   *
   * @param reader the languages the reader prefers
   * @return the text, translated or original, with its language where known
   */
  public LocalizedText text(LanguagePreference reader) {
    Objects.requireNonNull(reader, "reader");
    return reader.choose(
        text(), language().or(reader::documentLanguage), translations(), QuoteTranslation::text);
  }

  @Value.Check
  void check() {
    Checks checks = new Checks();
    checks.id("id", id());
    checks.requiredText("text", text());
    checks.language("language", language());
    checks.translations(translations(), language(), t -> List.of());
    checks.throwIfAny();
  }
}
