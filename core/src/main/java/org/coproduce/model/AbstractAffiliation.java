package org.coproduce.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A participant's tie to an organisation, with a title such as "UK lead" and the period it held.
 * Build it with {@code Affiliation.builder()}.
 */
@Value.Immutable
abstract class AbstractAffiliation {
  /**
   * The id of the organisation; it must resolve within the programme.
   *
   * @return the organisation id
   */
  public abstract String organisation();

  /**
   * The participant's title there, such as "Strategist".
   *
   * @return the title, or empty
   */
  public abstract Optional<String> title();

  /**
   * When the affiliation held.
   *
   * @return the period, or empty
   */
  public abstract Optional<DateRange> period();

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
    checks.text("title", title());
    checks.throwIfAny();
  }
}
