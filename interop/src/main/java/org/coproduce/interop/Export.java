package org.coproduce.interop;

import java.util.List;
import java.util.Objects;

/**
 * What an export made, and what it could not carry: the one shape every export of this module
 * returns ({@code CsvTables}, {@code ICalendar}, {@code GraphMl}...).
 *
 * <pre>{@code
 * Export<String> calendar = ICalendar.text(programme, ExportOptions.defaults());
 * Files.writeString(Path.of("programme.ics"), calendar.output());
 * calendar.warnings().forEach(System.err::println);
 * }</pre>
 *
 * <p>An export keeps every fact its format can carry; each fact it leaves out is named by a
 * warning, so nothing is dropped silently.
 *
 * @param <T> the kind of output: the text, the tables, or the path written
 */
public final class Export<T> {
  private final T output;
  private final List<String> warnings;

  private Export(T output, List<String> warnings) {
    this.output = output;
    this.warnings = warnings;
  }

  /**
   * An export's result.
   *
   * @param output what the export made
   * @param warnings what it could not carry, in the order met
   * @param <T> the kind of output
   * @return the result
   */
  public static <T> Export<T> of(T output, List<String> warnings) {
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(warnings, "warnings");
    return new Export<>(output, List.copyOf(warnings));
  }

  /**
   * What the export made.
   *
   * @return the output
   */
  public T output() {
    return output;
  }

  /**
   * What the export could not carry, in the order met: each starts with the JSON Pointer, in the
   * programme's document, of the part concerned ({@code /conferences/2/sessions/0}, or {@code ""}
   * for the whole programme), then a colon and what was left out. Empty when everything was
   * carried.
   *
   * @return the warnings, unmodifiable
   */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * A copy with another output and the same warnings, for exports built on exports.
   *
   * @param newOutput the other output
   * @param <U> its kind
   * @return the copy
   */
  public <U> Export<U> withOutput(U newOutput) {
    return new Export<>(Objects.requireNonNull(newOutput, "newOutput"), warnings);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Export<?> that
        && output.equals(that.output)
        && warnings.equals(that.warnings);
  }

  @Override
  public int hashCode() {
    return 31 * output.hashCode() + warnings.hashCode();
  }

  @Override
  public String toString() {
    return "Export[" + warnings.size() + " warnings]";
  }
}
