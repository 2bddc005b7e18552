package org.coproduce.model;

import org.immutables.value.Value;

/** A point on the Earth, in degrees (WGS 84). Build it with {@code Coordinates.builder()}. */
@Value.Immutable
abstract class AbstractCoordinates {
  /**
   * Latitude in degrees, -90 to 90.
   *
   * @return the latitude
   */
  public abstract double latitude();

  /**
   * Longitude in degrees, -180 to 180.
   *
   * @return the longitude
   */
  public abstract double longitude();

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
    if (!(latitude() >= -90 && latitude() <= 90)) {
      checks.add("latitude", latitude() + " is not a latitude from -90 to 90");
    }
    if (!(longitude() >= -180 && longitude() <= 180)) {
      checks.add("longitude", longitude() + " is not a longitude from -180 to 180");
    }
    checks.throwIfAny();
  }
}
