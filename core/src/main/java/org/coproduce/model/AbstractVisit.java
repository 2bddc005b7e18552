package org.coproduce.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A peer-learning visit: participants travelling, with the programme's support, from a home place
 * to a conference. Build it with {@code Visit.builder()}.
 */
@Value.Immutable
abstract class AbstractVisit {
  /**
   * The id, unique among the programme's visits.
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
   * The id of the conference visited.
   *
   * @return the conference id
   */
  public abstract String conference();

  /**
   * Where the visitors come from.
   *
   * @return the place, or empty
   */
  public abstract Optional<Place> origin();

  /**
   * The ids of the participants who travel, each once.
   *
   * @return the participant ids
   */
  public abstract List<String> participants();

  /**
   * The ids of the organisations that pay for this visit.
   *
   * @return the organisation ids
   */
  public abstract List<String> funders();

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
  public abstract Map<String, VisitTranslation> translations();

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
    return reader.choose(title(), translations(), VisitTranslation::title);
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
    return summary().map(text -> reader.choose(text, translations(), VisitTranslation::summary));
  }

  @Value.Check
  void check() {
    Checks checks = new Checks();
    checks.id("id", id());
    checks.requiredText("title", title());
    checks.distinct("participants", participants());
    checks.text("summary", summary());
    checks.translations(translations(), Optional.empty(),
        t -> Checks.lacking("summary", summary(), t.summary()));
    checks.throwIfAny();
  }
}
