package org.coproduce.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the translations of a conference's and a programme's text have in
 * common: a name and a summary, each optional, none blank, and at least one given (or members of
 * a newer format, kept as {@link #extensions()}).
 */
abstract class NameAndSummaryTranslation {
  /**
   * The name in this language.
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
