package org.coproduce.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something that happens inside a conference: a workshop, a field trip, a panel... Build it with
 * {@code Session.builder()}.
 */
@Value.Immutable
abstract class AbstractSession {
  /**
   * The id, unique among the sessions of its conference.
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
   * What kind of session this is.
   *
   * @return the kind
   */
  public abstract SessionKind kind();

  /**
   * The id of a strand of the same conference.
   *
   * @return the strand id, or empty
   */
  public abstract Optional<String> strand();

  /**
   * When it happens; it shares a day with its conference's dates, where those are known.
   *
   * @return the date, or empty
   */
  public abstract Optional<PartialDate> date();

  /**
   * A summary.
   *
   * @return the summary, or empty
   */
  public abstract Optional<String> summary();

  /**
   * The language the session is held in, a well-formed BCP 47 tag such as {@code ca}; it says
   * nothing about the language of the title and summary.
   *
   * @return the language tag, or empty
   */
  public abstract Optional<String> language();

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
    checks.language("language", language());
    checks.throwIfAny();
  }
}
