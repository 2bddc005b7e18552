package org.coproduce.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * The days from the first day of a start {@link PartialDate} to the last day of an optional end,
 * or to the last day of the start when there is no end: {@code 2018-11} alone covers November
 * 2018. The end never lies before the start. Immutable and thread-safe.
 *
 * <p>Bad dates follow {@code java.time}, as {@link PartialDate} does: an end before the start
 * throws a {@link DateTimeException}, and {@link #parse(CharSequence)} a {@link
 * DateTimeParseException} for any text that is not a real range.
 */
public final class DateRange implements Comparable<DateRange> {
  private final PartialDate start;
  private final PartialDate end; // null when absent
  private final Extensions extensions;

  private DateRange(PartialDate start, PartialDate end, Extensions extensions) {
    this.start = start;
    this.end = end;
    this.extensions = extensions;
  }

  /**
   * A range of the days one partial date covers.
   *
   * @param start the date
   * @return the range
   */
  public static DateRange of(PartialDate start) {
    Objects.requireNonNull(start, "start");
    return new DateRange(start, null, Extensions.empty());
  }

  /**
   * A range from a start to an end.
   *
   * @param start the first date
   * @param end the last date
   * @return the range
   * @throws DateTimeException if the end lies before the start
   * @throws NullPointerException if an argument is {@code null}
   */
  public static DateRange of(PartialDate start, PartialDate end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    String reversed = reversed(start, end);
    if (reversed != null) {
      throw new DateTimeException(reversed);
    }
    return new DateRange(start, end, Extensions.empty());
  }

  /**
   * A range with an optional end and the unknown members a document gave it.
   *
   * @param start the first date
   * @param end the last date, if any
   * @param extensions members the model does not know
   * @return the range
   * @throws DateTimeException if the end lies before the start
   * @throws NullPointerException if an argument is {@code null}
   */
  public static DateRange of(PartialDate start, Optional<PartialDate> end, Extensions extensions) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(extensions, "extensions");
    PartialDate last = end.orElse(null);
    String reversed = last == null ? null : reversed(start, last);
    if (reversed != null) {
      throw new DateTimeException(reversed);
    }
    return new DateRange(start, last, extensions);
  }

  /** What is wrong with an end that lies before the start, or null if it does not. */
  private static String reversed(PartialDate start, PartialDate end) {
    return end.lastDay().isBefore(start.firstDay())
        ? end + " lies before the start " + start
        : null;
  }

  /**
   * Parses {@code START} or {@code START/END}, each a partial date, as in {@code 2018-11/2018-12}.
   *
   * @param text the text
   * @return the range
   * @throws DateTimeParseException if a date is malformed or the end lies before the start
   * @throws NullPointerException if the text is {@code null}
   */
  public static DateRange parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    int slash = s.indexOf('/');
    if (slash < 0) {
      return of(PartialDate.parse(s));
    }
    PartialDate start = PartialDate.parse(s.substring(0, slash));
    PartialDate end = PartialDate.parse(s.substring(slash + 1));
    String reversed = reversed(start, end);
    if (reversed != null) {
      throw new DateTimeParseException(
          Problem.quote(text) + " is not a date range: " + reversed, text, slash + 1);
    }
    return new DateRange(start, end, Extensions.empty());
  }

  /**
   * The start.
   *
   * @return the first partial date
   */
  public PartialDate start() {
    return start;
  }

  /**
   * The end, where one was given.
   *
   * @return the last partial date, or empty
   */
  public Optional<PartialDate> end() {
    return Optional.ofNullable(end);
  }

  /**
   * Members of a document that the model does not know.
   *
   * @return the extensions, empty for ranges built in code
   */
  public Extensions extensions() {
    return extensions;
  }

  /**
   * This range with other extensions.
   *
   * @param extensions the new extensions
   * @return a copy
   */
  public DateRange withExtensions(Extensions extensions) {
    return of(start, end(), extensions);
  }

  /**
   * The first day covered.
   *
   * @return the first day of the start
   */
  public LocalDate firstDay() {
    return start.firstDay();
  }

  /**
   * The last day covered.
   *
   * @return the last day of the end, or of the start when there is no end
   */
  public LocalDate lastDay() {
    return (end != null ? end : start).lastDay();
  }

  /**
   * Whether the range covers the day.
   *
   * @param date a day
   * @return true if the day lies within the range
   */
  public boolean covers(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
  }

  /**
   * Whether some day is covered both by this range and by the date.
   *
   * @param date a partial date
   * @return true if they share a day
   */
  public boolean sharesDayWith(PartialDate date) {
    Objects.requireNonNull(date, "date");
    return !date.lastDay().isBefore(firstDay()) && !date.firstDay().isAfter(lastDay());
  }

  /**
   * Whether some day is covered by both ranges.
   *
   * @param other another range
   * @return true if they share a day
   */
  public boolean sharesDayWith(DateRange other) {
    Objects.requireNonNull(other, "other");
    return !other.lastDay().isBefore(firstDay()) && !other.firstDay().isAfter(lastDay());
  }

  /** Compares by first day, then by last day, then by the dates as given. */
  @Override
  public int compareTo(DateRange other) {
    Objects.requireNonNull(other, "other");
    int c = firstDay().compareTo(other.firstDay());
    if (c == 0) {
      c = lastDay().compareTo(other.lastDay());
    }
    if (c == 0) {
      c = start.compareTo(other.start);
    }
    if (c == 0 && !Objects.equals(end, other.end)) {
      c = end == null ? -1 : other.end == null ? 1 : end.compareTo(other.end);
    }
    return c;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DateRange
        && ((DateRange) other).start.equals(start)
        && Objects.equals(((DateRange) other).end, end)
        && ((DateRange) other).extensions.equals(extensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end, extensions);
  }

  /**
   * {@code START} or {@code START/END}, as {@link #parse(CharSequence)} reads it.
   *
   * @return the range as text
   */
  @Override
  public String toString() {
    return end == null ? start.toString() : start + "/" + end;
  }
}
