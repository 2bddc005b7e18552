package org.coproduce.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Words attributed to a participant, exactly as said, with where and when. Build it with {@code
 * Quote.builder()}.
 */
@Value.Immutable
abstract class AbstractQuote {
  /**
   * The id, unique among the programme's quotes.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The id of the participant who said it.
   *
   * @return the speaker's id
   */
  public abstract String speaker();

  /**
   * The exact words; not blank, kept as given.
   *
   * @return the text
   */
  public abstract String text();

  /**
   * The language of the words, a well-formed BCP 47 tag such as {@code en}.
   *
   * @return the language tag, or empty
   */
  public abstract Optional<String> language();

  /**
   * When the words were said.
   *
   * @return the date, or empty
   */
  public abstract Optional<PartialDate> said();

  /**
   * The id of the conference the words were said at or are about.
   *
   * @return the conference id, or empty
   */
  public abstract Optional<String> conference();

  /**
   * Where the words were published.
   *
   * @return the source, or empty
   */
  public abstract Optional<Source> source();

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
    checks.requiredText("text", text());
    checks.language("language", language());
    checks.throwIfAny();
  }
}
