package org.coproduce.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the translations of a strand's, a session's, a visit's and an output's text have in
 * common: a title and a summary, each optional, none blank, and at least one given (or members of
 * a newer format, kept as {@link #extensions()}).
 */
abstract class TitleAndSummaryTranslation {
  /**
   * The title in this language.
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
