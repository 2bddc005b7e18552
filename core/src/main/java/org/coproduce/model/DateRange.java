package org.coproduce.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The days from the first day of a start {@link PartialDate} to the last day of an optional end,
 * or to the last day of the start when there is no end: {@code 2018-11} alone covers November
 * 2018. The end never lies before the start. Immutable and thread-safe.
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
    return of(start, Optional.empty(), Extensions.empty());
  }

  /**
   * A range from a start to an end.
   *
   * @param start the first date
   * @param end the last date
   * @return the range
   * @throws ValidationException at {@code end} if the end lies before the start, or at a member
   *     that is {@code null}
   */
  public static DateRange of(PartialDate start, PartialDate end) {
    // Optional.of would throw a bare NullPointerException for a null end.
    if (end == null) {
      throw start == null ? new ValidationException("start", "end") : new ValidationException("end");
    }
    return of(start, Optional.of(end), Extensions.empty());
  }

  /**
   * A range with an optional end and the unknown members a document gave it.
   *
   * @param start the first date
   * @param end the last date, if any
   * @param extensions members the model does not know
   * @return the range
   * @throws ValidationException at {@code end} if the end lies before the start, or at a member
   *     that is {@code null}
   */
  public static DateRange of(PartialDate start, Optional<PartialDate> end, Extensions extensions) {
    if (start == null || end == null || extensions == null) {
      throw new ValidationException(start == null ? "start" : end == null ? "end" : "extensions");
    }
    PartialDate last = end.orElse(null);
    if (last != null && last.lastDay().isBefore(start.firstDay())) {
      throw new ValidationException(
          List.of(Problem.of(List.of("end"), last + " lies before the start " + start)));
    }
    return new DateRange(start, last, extensions);
  }

  /**
   * Parses {@code START} or {@code START/END}, each a partial date, as in {@code 2018-11/2018-12}.
   *
   * @param text the text
   * @return the range
   * @throws java.time.format.DateTimeParseException if a date is malformed, or the text is
   *     {@code null}
   * @throws ValidationException if the end lies before the start
   */
  public static DateRange parse(CharSequence text) {
    if (text == null) {
      throw new java.time.format.DateTimeParseException(
          "a date range is required, not null", "", 0);
    }
    String s = text.toString();
    int slash = s.indexOf('/');
    return slash < 0
        ? of(PartialDate.parse(s))
        : of(PartialDate.parse(s.substring(0, slash)), PartialDate.parse(s.substring(slash + 1)));
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
    return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
  }

  /**
   * Whether some day is covered both by this range and by the date.
   *
   * @param date a partial date
   * @return true if they share a day
   */
  public boolean sharesDayWith(PartialDate date) {
    return !date.lastDay().isBefore(firstDay()) && !date.firstDay().isAfter(lastDay());
  }

  /**
   * Whether some day is covered by both ranges.
   *
   * @param other another range
   * @return true if they share a day
   */
  public boolean sharesDayWith(DateRange other) {
    return !other.lastDay().isBefore(firstDay()) && !other.firstDay().isAfter(lastDay());
  }

  /** Compares by first day, then by last day, then by the dates as given. */
  @Override
  public int compareTo(DateRange other) {
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
