package org.coproduce.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A thematic strand of one conference. Build it with {@code Strand.builder()}. */
@Value.Immutable
abstract class AbstractStrand {
  /**
   * The id, unique among the strands of its conference.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The title, such as "Direct democracy"; not blank.
   *
   * @return the title
   */
  public abstract String title();

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
    checks.text("summary", summary());
    checks.throwIfAny();
  }
}
