package org.coproduce.interop;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Choices shared by the exports of this module; each export uses those that concern it and
 * ignores the rest. Immutable: start from {@link #defaults()} and change with the {@code with*}
 * methods.
 *
 * <pre>{@code
 * ExportOptions options = ExportOptions.defaults()
 *     .withLanguage("es")                       // translated text where the programme has it
 *     .withTimestamp(Instant.now())             // iCalendar DTSTAMP, ZIP entry times
 *     .withSpreadsheetSafe(false);              // CSV text exactly as in the programme
 * }</pre>
 */
public final class ExportOptions {
  private static final ExportOptions DEFAULTS =
      new ExportOptions(null, Instant.EPOCH, true);

  private final @Nullable String language;
  private final Instant timestamp;
  private final boolean spreadsheetSafe;

  private ExportOptions(@Nullable String language, Instant timestamp, boolean spreadsheetSafe) {
    this.language = language;
    this.timestamp = timestamp;
    this.spreadsheetSafe = spreadsheetSafe;
  }

  /**
   * The defaults: no preferred language (text as written in the programme), the timestamp {@link
   * Instant#EPOCH} (so that the same programme always gives the same bytes), and spreadsheet-safe
   * CSV text.
   *
   * @return the default options
   */
  public static ExportOptions defaults() {
    return DEFAULTS;
  }

  /**
   * The preferred language, a BCP 47 tag such as {@code es} or {@code pt-BR}: where the programme
   * has a translation of a text into it, the exports write the translation instead of the text.
   *
   * @return the language, or empty for the text as written
   */
  public Optional<String> language() {
    return Optional.ofNullable(language);
  }

  /**
   * The moment an export states it was made (the iCalendar {@code DTSTAMP}, the time of the CSV
   * ZIP's entries); fixed by default so that exports are reproducible.
   *
   * @return the timestamp
   */
  public Instant timestamp() {
    return timestamp;
  }

  /**
   * Whether CSV text cells that a spreadsheet would run as a formula (those starting with {@code
   * =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return), and those starting with an
   * apostrophe, get a leading apostrophe; on by default. See {@code CsvTables}.
   *
   * @return true if CSV text is made safe for spreadsheets
   */
  public boolean spreadsheetSafe() {
    return spreadsheetSafe;
  }

  /**
   * A copy with a preferred language.
   *
   * @param newLanguage a BCP 47 language tag or range, such as {@code es} or {@code pt-BR}
   * @return the copy
   * @throws IllegalArgumentException if it is not a well-formed language range
   */
  public ExportOptions withLanguage(String newLanguage) {
    Objects.requireNonNull(newLanguage, "newLanguage");
    try {
      new Locale.LanguageRange(newLanguage);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "\"" + newLanguage + "\" is not a well-formed language tag, such as es or pt-BR", e);
    }
    return new ExportOptions(newLanguage, timestamp, spreadsheetSafe);
  }

  /**
   * A copy without a preferred language: text as written in the programme.
   *
   * @return the copy
   */
  public ExportOptions withoutLanguage() {
    return new ExportOptions(null, timestamp, spreadsheetSafe);
  }

  /**
   * A copy with another timestamp.
   *
   * @param newTimestamp the moment to state, such as {@code Instant.now()}
   * @return the copy
   */
  public ExportOptions withTimestamp(Instant newTimestamp) {
    return new ExportOptions(
        language, Objects.requireNonNull(newTimestamp, "newTimestamp"), spreadsheetSafe);
  }

  /**
   * A copy that does, or does not, make CSV text safe for spreadsheets.
   *
   * @param safe false to write CSV text exactly as in the programme (for R, pandas and other
   *     tools that never run formulas)
   * @return the copy
   */
  public ExportOptions withSpreadsheetSafe(boolean safe) {
    return new ExportOptions(language, timestamp, safe);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ExportOptions that
        && Objects.equals(language, that.language)
        && timestamp.equals(that.timestamp)
        && spreadsheetSafe == that.spreadsheetSafe;
  }

  @Override
  public int hashCode() {
    return Objects.hash(language, timestamp, spreadsheetSafe);
  }

  @Override
  public String toString() {
    return "ExportOptions[language=" + language + ", timestamp=" + timestamp
        + ", spreadsheetSafe=" + spreadsheetSafe + "]";
  }
}
