package org.coproduce.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something the programme produced or published: a report, an article, a post, a talk. It is how a
 * programme shows what its conferences and visits led to. Build it with {@code Output.builder()}.
 *
 * <p>Its authors, organisations, conferences and visits are ids that must resolve in the
 * programme; that is checked when the output is built into a {@link Programme}.
 */
@Value.Immutable
abstract class AbstractOutput {
  /**
   * The id, unique among the programme's outputs.
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
   * What kind of output this is.
   *
   * @return the kind
   */
  public abstract OutputKind kind();

  /**
   * The ids of the participants who wrote or made it, each once.
   *
   * @return the author ids
   */
  public abstract List<String> authors();

  /**
   * The ids of the organisations credited with it, each once.
   *
   * @return the organisation ids
   */
  public abstract List<String> organisations();

  /**
   * When it was published.
   *
   * @return the date, or empty
   */
  public abstract Optional<PartialDate> published();

  /**
   * Where it is: an absolute http or https URL.
   *
   * @return the URL, or empty
   */
  public abstract Optional<String> url();

  /**
   * The language it is in, a well-formed BCP 47 tag, where that is not the programme's language;
   * it is also the language of the output's own {@code title} and {@code summary}.
   *
   * @return the language tag, or empty
   */
  public abstract Optional<String> language();

  /**
   * The ids of the conferences it reports on or came from, each once.
   *
   * @return the conference ids
   */
  public abstract List<String> conferences();

  /**
   * The ids of the visits it reports on or came from, each once.
   *
   * @return the visit ids
   */
  public abstract List<String> visits();

  /**
   * A summary.
   *
   * @return the summary, or empty
   */
  public abstract Optional<String> summary();

  /**
   * Translations of {@code title} and {@code summary}, by BCP 47 language tag, in the order
   * given; no tag repeats ignoring case or is the language of the original text.
   *
   * @return language tag to translation, empty by default
   */
  public abstract Map<String, OutputTranslation> translations();

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
    return reader.choose(
        title(), language().or(reader::documentLanguage), translations(), OutputTranslation::title);
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
    return summary().map(text -> reader.choose(
        text, language().or(reader::documentLanguage), translations(), OutputTranslation::summary));
  }

  @Value.Check
  void check() {
    Checks checks = new Checks();
    checks.id("id", id());
    checks.requiredText("title", title());
    checks.distinct("authors", authors());
    checks.distinct("organisations", organisations());
    checks.url("url", url());
    checks.language("language", language());
    checks.distinct("conferences", conferences());
    checks.distinct("visits", visits());
    checks.text("summary", summary());
    checks.translations(translations(), language(),
        t -> Checks.lacking("summary", summary(), t.summary()));
    checks.throwIfAny();
  }
}
