package org.coproduce.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A body people belong to or act for, in one {@link Sector}, possibly inside a parent
 * organisation. Build it with {@code Organisation.builder()}.
 */
@Value.Immutable
abstract class AbstractOrganisation {
  /**
   * The id, unique among the programme's organisations.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The full name; not blank.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * A short name, such as "GMCA".
   *
   * @return the short name, or empty
   */
  public abstract Optional<String> shortName();

  /**
   * The sector the organisation belongs to.
   *
   * @return the sector
   */
  public abstract Sector sector();

  /**
   * The id of the organisation this one sits inside; the chain of parents never loops.
   *
   * @return the parent's id, or empty
   */
  public abstract Optional<String> parent();

  /**
   * Where the organisation is.
   *
   * @return the place, or empty
   */
  public abstract Optional<Place> place();

  /**
   * An absolute http or https URL.
   *
   * @return the URL, or empty
   */
  public abstract Optional<String> url();

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
    checks.id("id", id());
    checks.requiredText("name", name());
    checks.text("shortName", shortName());
    checks.url("url", url());
    checks.throwIfAny();
  }
}
