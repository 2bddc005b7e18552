package org.coproduce.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A translation of a conference's text into one language: each member optional, none blank, and at
 * least one given (or members of a newer format, kept as {@link #extensions()}).
 *
 * <p>Build it with {@code ConferenceTranslation.builder()} and add it with {@code
 * Conference.builder().putTranslation(tag, translation)}.
 */
@Value.Immutable
abstract class AbstractConferenceTranslation {
  /**
   * The conference's name in this language.
   *
   * @return the translated name, or empty
   */
  public abstract Optional<String> name();

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
    checks.translatedText("name", name());
    checks.translatedText("summary", summary());
    checks.translatesSomething(name().isPresent() || summary().isPresent(), extensions());
    checks.throwIfAny();
  }
}
