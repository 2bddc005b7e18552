package org.coproduce.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A translation of a visit's text into one language: each member optional, none blank, and at
 * least one given (or members of a newer format, kept as {@link #extensions()}).
 *
 * <p>Build it with {@code VisitTranslation.builder()} and add it with {@code
 * Visit.builder().putTranslation(tag, translation)}.
 */
@Value.Immutable
abstract class AbstractVisitTranslation {
  /**
   * The visit's title in this language.
   *
   * @return the translated title, or empty
   */
  public abstract Optional<String> title();

  /**
   * The summary in this language.
   *
   * @return the translated summary, or empty
   */
  public abstract Optional<String> summary();

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
    checks.translatedText("title", title());
    checks.translatedText("summary", summary());
    checks.translatesSomething(title().isPresent() || summary().isPresent(), extensions());
    checks.throwIfAny();
  }
}
