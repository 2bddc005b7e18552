package org.coproduce.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A peer-learning visit: participants travelling, with the programme's support, from a home place
 * to a conference. Build it with {@code Visit.builder()}.
 */
@Value.Immutable
abstract class AbstractVisit {
  /**
   * The id, unique among the programme's visits.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The title; not blank.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The id of the conference visited.
   *
   * @return the conference id
   */
  public abstract String conference();

  /**
   * Where the visitors come from.
   *
   * @return the place, or empty
   */
  public abstract Optional<Place> origin();

  /**
   * The ids of the participants who travel, each once.
   *
   * @return the participant ids
   */
  public abstract List<String> participants();

  /**
   * The ids of the organisations that pay for this visit.
   *
   * @return the organisation ids
   */
  public abstract List<String> funders();

  /**
   * A summary.
   *
   * @return the summary, or empty
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
    checks.id("id", id());
    checks.requiredText("title", title());
    checks.distinct("participants", participants());
    checks.text("summary", summary());
    checks.throwIfAny();
  }
}
