package org.coproduce.model;

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
    checks.requiredText("name", name());
    checks.text("region", region());
    checks.country("country", country());
    checks.throwIfAny();
  }
}
