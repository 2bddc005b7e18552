package org.coproduce.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A translation of a place's text into one language: each member optional, none blank, and at
 * least one given (or members of a newer format, kept as {@link #extensions()}).
 *
 * <p>Build it with {@code PlaceTranslation.builder()} and add it with {@code
 * Place.builder().putTranslation(tag, translation)}.
 */
@Value.Immutable
abstract class AbstractPlaceTranslation {
  /**
   * The place's name in this language, such as "Ciutat del Cap".
   *
   * @return the translated name, or empty
   */
  public abstract Optional<String> name();

  /**
   * The region's name in this language.
   *
   * @return the translated region, or empty
   */
  public abstract Optional<String> region();

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
    checks.translatedText("region", region());
    checks.translatesSomething(name().isPresent() || region().isPresent(), extensions());
    checks.throwIfAny();
  }
}
