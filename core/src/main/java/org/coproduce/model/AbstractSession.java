package org.coproduce.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something that happens inside a conference: a workshop, a field trip, a panel... Build it with
 * {@code Session.builder()}.
 */
@Value.Immutable
abstract class AbstractSession {
  /**
   * The id, unique among the sessions of its conference.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The title; not blank.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * What kind of session this is.
   *
   * @return the kind
   */
  public abstract SessionKind kind();

  /**
   * The id of a strand of the same conference.
   *
   * @return the strand id, or empty
   */
  public abstract Optional<String> strand();

  /**
   * When it happens; it shares a day with its conference's dates, where those are known.
   *
   * @return the date, or empty
   */
  public abstract Optional<PartialDate> date();

  /**
   * A summary.
   *
   * @return the summary, or empty
   */
  public abstract Optional<String> summary();

  /**
   * The language the session is held in, a well-formed BCP 47 tag such as {@code ca}; it says
   * nothing about the language of the title and summary.
   *
   * @return the language tag, or empty
   */
  public abstract Optional<String> language();

  /**
   * Translations of {@code title} and {@code summary}, by BCP 47 language tag, in the order
   * given; no tag repeats ignoring case or is the language of the original text.
   *
   * @return language tag to translation, empty by default
   */
  public abstract Map<String, SessionTranslation> translations();

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
   * The title in the language the reader prefers most among those it is available in, else the
   * original title.
   *
   * @param reader the languages the reader prefers
   * @return the title, translated or original, with its language where known
   */
  public LocalizedText title(LanguagePreference reader) {
    Objects.requireNonNull(reader, "reader");
    return reader.choose(title(), translations(), SessionTranslation::title);
  }

  /**
   * The summary in the language the reader prefers most among those it is available in, else the
   * original summary.
   *
   * @param reader the languages the reader prefers
   * @return the summary, translated or original, with its language where known; empty if none
   */
  public Optional<LocalizedText> summary(LanguagePreference reader) {
    Objects.requireNonNull(reader, "reader");
    return summary().map(text -> reader.choose(text, translations(), SessionTranslation::summary));
  }

  @Value.Check
  void check() {
    Checks checks = new Checks();
    checks.id("id", id());
    checks.requiredText("title", title());
    checks.text("summary", summary());
    checks.language("language", language());
    checks.translations(translations(), Optional.empty(),
        t -> Checks.lacking("summary", summary(), t.summary()));
    checks.throwIfAny();
  }
}
