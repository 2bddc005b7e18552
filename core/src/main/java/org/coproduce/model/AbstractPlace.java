package org.coproduce.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/** A named place in a country, such as Cape Town, ZA. Build it with {@code Place.builder()}. */
@Value.Immutable
abstract class AbstractPlace {
  /**
   * The place's name, such as "Cape Town"; not blank.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The region, such as "Western Cape".
   *
   * @return the region, or empty
   */
  public abstract Optional<String> region();

  /**
   * The country: an officially assigned ISO 3166-1 alpha-2 code in upper case, such as {@code
   * ZA}.
   *
   * @return the country code
   */
  public abstract String country();

  /**
   * Where the place lies.
   *
   * @return the coordinates, or empty
   */
  public abstract Optional<Coordinates> coordinates();

  /**
   * Translations of {@code name} and {@code region}, by BCP 47 language tag, in the order
   * given; no tag repeats ignoring case or is the language of the original text.
   *
   * @return language tag to translation, empty by default
   */
  public abstract Map<String, PlaceTranslation> translations();

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
   * The name in the language the reader prefers most among those it is available in, else the
   * original name.
   *
   * @param reader the languages the reader prefers
   * @return the name, translated or original, with its language where known
   */
  public LocalizedText name(LanguagePreference reader) {
    Objects.requireNonNull(reader, "reader");
    return reader.choose(name(), translations(), PlaceTranslation::name);
  }

  /**
   * The region in the language the reader prefers most among those it is available in, else the
   * original region.
   *
   * @param reader the languages the reader prefers
   * @return the region, translated or original, with its language where known; empty if none
   */
  public Optional<LocalizedText> region(LanguagePreference reader) {
    Objects.requireNonNull(reader, "reader");
    return region().map(text -> reader.choose(text, translations(), PlaceTranslation::region));
  }

  @Value.Check
  void check() {
    Checks checks = new Checks();
    checks.requiredText("name", name());
    checks.text("region", region());
    checks.country("country", country());
    checks.translations(translations(), Optional.empty(),
        t -> Checks.lacking("region", region(), t.region()));
    checks.throwIfAny();
  }
}
