package org.coproduce.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A translation of an organisation's text into one language: each member optional, none blank,
 * and at least one given (or members of a newer format, kept as {@link #extensions()}).
 *
 * <p>Build it with {@code OrganisationTranslation.builder()} and add it with {@code
 * Organisation.builder().putTranslation(tag, translation)}.
 */
@Value.Immutable
abstract class AbstractOrganisationTranslation {
  /**
   * The organisation's name in this language.
   *
   * @return the translated name, or empty
   */
  public abstract Optional<String> name();

  /**
   * The short name in this language.
   *
   * @return the translated shortName, or empty
   */
  public abstract Optional<String> shortName();

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
    checks.translatedText("shortName", shortName());
    checks.translatesSomething(name().isPresent() || shortName().isPresent(), extensions());
    checks.throwIfAny();
  }
}
