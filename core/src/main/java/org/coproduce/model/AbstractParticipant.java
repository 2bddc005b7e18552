package org.coproduce.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A person who takes part in the programme. Build it with {@code Participant.builder()}. */
@Value.Immutable
abstract class AbstractParticipant {
  /**
   * The id, unique among the programme's participants.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The person's name; not blank.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The sector the person works in.
   *
   * @return the sector, or empty
   */
  public abstract Optional<Sector> sector();

  /**
   * The organisations the person is affiliated with, in the order given.
   *
   * @return the affiliations
   */
  public abstract List<Affiliation> affiliations();

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
    checks.url("url", url());
    checks.throwIfAny();
  }
}
