package org.coproduce.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Where a quote was published. Build it with {@code Source.builder()}. */
@Value.Immutable
abstract class AbstractSource {
  /**
   * The title of the publication; not blank.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Who published it.
   *
   * @return the publisher, or empty
   */
  public abstract Optional<String> publisher();

  /**
   * An absolute http or https URL of the publication.
   *
   * @return the URL, or empty
   */
  public abstract Optional<String> url();

  /**
   * When it was published.
   *
   * @return the date, or empty
   */
  public abstract Optional<PartialDate> published();

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
    checks.requiredText("title", title());
    checks.text("publisher", publisher());
    checks.url("url", url());
    checks.throwIfAny();
  }
}
