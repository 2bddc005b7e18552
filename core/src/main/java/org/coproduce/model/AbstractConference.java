package org.coproduce.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.immutables.value.Value;

/**
 * A gathering the programme takes part in: its place, dates, hosts and themes, its strands and
 * sessions, and who takes part in what role. Build it with {@code Conference.builder()}.
 *
 * <p>The rules that tie a conference's parts together (unique strand and session ids, references
 * to its own strands and sessions, session dates within its dates, no repeated participation) are
 * checked when the conference is built into a {@link Programme}, where they are reported at their
 * full path.
 */
@Value.Immutable
abstract class AbstractConference {
  /**
   * The id, unique among the programme's conferences.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The name; not blank.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * A summary.
   *
   * @return the summary, or empty
   */
  public abstract Optional<String> summary();

  /**
   * The ids of the organisations that host the conference.
   *
   * @return the host ids
   */
  public abstract List<String> hosts();

  /**
   * Where the conference takes place.
   *
   * @return the place, or empty
   */
  public abstract Optional<Place> place();

  /**
   * When the conference takes place, often known only to the year or the month.
   *
   * @return the dates, or empty
   */
  public abstract Optional<DateRange> dates();

  /**
   * Themes such as "co-production", each once.
   *
   * @return the themes
   */
  public abstract List<String> themes();

  /**
   * An absolute http or https URL.
   *
   * @return the URL, or empty
   */
  public abstract Optional<String> url();

  /**
   * The conference's thematic strands.
   *
   * @return the strands
   */
  public abstract List<Strand> strands();

  /**
   * The conference's sessions.
   *
   * @return the sessions
   */
  public abstract List<Session> sessions();

  /**
   * Who takes part, in which role, in which session.
   *
   * @return the participations
   */
  public abstract List<Participation> participations();

  /**
   * Translations of {@code name} and {@code summary}, by BCP 47 language tag, in the order
   * given; no tag repeats ignoring case or is the language of the original text.
   *
   * @return language tag to translation, empty by default
   */
  public abstract Map<String, ConferenceTranslation> translations();

  /**
   * Members of a document that the model does not know.
   *
   * @return the extensions, empty by default
   */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /**
   * The strand with the given id.
   *
   * @param id a strand id
   * @return the strand, or empty if this conference has none with that id
   */
  public Optional<Strand> strand(String id) {
    Map<String, Strand> byId = strandsById;
    if (byId == null) {
      // A benign race: at worst two threads build equal maps; the map is safely published.
      byId = byId(strands(), Strand::id);
      strandsById = byId;
    }
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The session with the given id.
   *
   * @param id a session id
   * @return the session, or empty if this conference has none with that id
   */
  public Optional<Session> session(String id) {
    Map<String, Session> byId = sessionsById;
    if (byId == null) {
      byId = byId(sessions(), Session::id);
      sessionsById = byId;
    }
    return Optional.ofNullable(byId.get(id));
  }

  // Look-up tables made on first use; not attributes, so not part of equality.
  private volatile @Nullable Map<String, Strand> strandsById;
  private volatile @Nullable Map<String, Session> sessionsById;

  private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    Map<String, T> byId = new HashMap<>();
    for (T item : items) {
      byId.putIfAbsent(id.apply(item), item);
    }
    return Collections.unmodifiableMap(byId);
  }

  /**
   * The name in the language the reader prefers most among those it is available in, else the
   * original name.
   *
   * @param reader the languages the reader prefers
   * @return the name, translated or original, with its language where known
   */
  public LocalizedText name(LanguagePreference reader) {
    Objects.requireNonNull(reader, "reader");
    return reader.choose(name(), translations(), ConferenceTranslation::name);
  }

  /**
   * The summary in the language the reader prefers most among those it is available in, else the
   * original summary.
   *
   * @param reader the languages the reader prefers
   * @return the summary, translated or original, with its language where known; empty if none
   */
  public Optional<LocalizedText> summary(LanguagePreference reader) {
    Objects.requireNonNull(reader, "reader");
    return summary().map(
        text -> reader.choose(text, translations(), ConferenceTranslation::summary));
  }

  @Value.Check
  void check() {
    Checks checks = new Checks();
    checks.id("id", id());
    checks.requiredText("name", name());
    checks.text("summary", summary());
    checks.textList("themes", themes());
    checks.url("url", url());
    checks.translations(translations(), Optional.empty(),
        t -> Checks.lacking("summary", summary(), t.summary()));
    checks.throwIfAny();
  }
}
