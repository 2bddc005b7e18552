package org.coproduce.model;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A date known to the year, the month or the day, such as {@code 2018}, {@code 2018-11} or {@code
 * 2018-11-24}: a sibling of {@link LocalDate} and {@link YearMonth} for dates that sources give
 * only in part.
 *
 * <p>A partial date covers a span of days: {@code 2018} covers 2018-01-01 to 2018-12-31. Years
 * run from 1 to 9999 in the proleptic Gregorian calendar, and every partial date is a real one.
 * Partial dates compare by their first day, then by their last day, so that a finer date sorts
 * before a coarser date that begins on the same day ({@code 2018-01-01}, {@code 2018-01}, {@code
 * 2018}); this order is consistent with {@link #equals(Object)}.
 * Instances are immutable and thread-safe.
 *
 * <p>Bad dates follow {@code java.time}: a date that does not exist throws a {@link
 * DateTimeException}, and text that is not a real partial date a {@link DateTimeParseException}
 * (a {@code DateTimeException} too), whose message names the text and what is wrong with it.
 */
public final class PartialDate implements Comparable<PartialDate>, Serializable {
  private static final long serialVersionUID = 1L;

  /** How much of a partial date is known. */
  public enum Precision {
    /** Only the year, as in {@code 2018}. */
    YEAR,
    /** The year and the month, as in {@code 2018-11}. */
    MONTH,
    /** The whole date, as in {@code 2018-11-24}. */
    DAY
  }

  /** The year, 1 to 9999. */
  private final short year;

  /** The month, 1 to 12, or 0 when unknown. */
  private final byte month;

  /** The day of the month, or 0 when unknown. */
  private final byte day;

  private PartialDate(int year, int month, int day) {
    this.year = (short) year;
    this.month = (byte) month;
    this.day = (byte) day;
  }

  /**
   * A date known to the year.
   *
   * @param year 1 to 9999
   * @return the partial date
   * @throws DateTimeException if the year is out of range
   */
  public static PartialDate ofYear(int year) {
    checkYear(year);
    return new PartialDate(year, 0, 0);
  }

  /**
   * A date known to the month.
   *
   * @param year 1 to 9999
   * @param month 1 to 12
   * @return the partial date
   * @throws DateTimeException if a field is out of range
   */
  public static PartialDate ofMonth(int year, int month) {
    checkYear(year);
    if (month < 1 || month > 12) {
      throw new DateTimeException("month " + month + " is not 1 to 12");
    }
    return new PartialDate(year, month, 0);
  }

  /**
   * A date known to the day.
   *
   * @param year 1 to 9999
   * @param month 1 to 12
   * @param day 1 to the length of that month
   * @return the partial date
   * @throws DateTimeException if the date does not exist
   */
  public static PartialDate ofDay(int year, int month, int day) {
    ofMonth(year, month);
    int length = YearMonth.of(year, month).lengthOfMonth();
    if (day < 1 || day > length) {
      throw new DateTimeException(
          String.format(Locale.ROOT, "day %d does not exist in %04d-%02d, which has %d days", day, year, month,
              length));
    }
    return new PartialDate(year, month, day);
  }

  /**
   * The partial date of a whole {@link LocalDate}.
   *
   * @param date the date
   * @return the partial date with day precision
   * @throws DateTimeException if the year is outside 1 to 9999
   * @throws NullPointerException if the date is {@code null}
   */
  public static PartialDate of(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return ofDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * The partial date of a {@link YearMonth}.
   *
   * @param yearMonth the month
   * @return the partial date with month precision
   * @throws DateTimeException if the year is outside 1 to 9999
   * @throws NullPointerException if the month is {@code null}
   */
  public static PartialDate of(YearMonth yearMonth) {
    Objects.requireNonNull(yearMonth, "yearMonth");
    return ofMonth(yearMonth.getYear(), yearMonth.getMonthValue());
  }

  private static void checkYear(int year) {
    if (year < 1 || year > 9999) {
      throw new DateTimeException("year " + year + " is not 0001 to 9999");
    }
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} (ASCII digits).
   *
   * @param text the text to parse
   * @return the partial date
   * @throws DateTimeParseException naming what is wrong, if the text is not a real partial date
   * @throws NullPointerException if the text is {@code null}
   */
  public static PartialDate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int n = text.length();
    if (n != 4 && n != 7 && n != 10) {
      throw notPartialDate(text, 0);
    }
    int year = digits(text, 0, 4);
    int month = n >= 7 ? (text.charAt(4) == '-' ? digits(text, 5, 2) : -1) : 0;
    int day = n == 10 ? (text.charAt(7) == '-' ? digits(text, 8, 2) : -1) : 0;
    if (year < 0 || month < 0 || day < 0) {
      throw notPartialDate(text, 0);
    }
    try {
      return n == 4 ? ofYear(year) : n == 7 ? ofMonth(year, month) : ofDay(year, month, day);
    } catch (DateTimeException e) {
      throw new DateTimeParseException(
          Problem.quote(text) + " is not a real date: " + e.getMessage(), text, 0);
    }
  }

  private static DateTimeParseException notPartialDate(CharSequence text, int index) {
    return new DateTimeParseException(
        Problem.quote(text) + " is not a partial date: expected YYYY, YYYY-MM or YYYY-MM-DD",
        text, index);
  }

  /** The value of {@code count} ASCII digits at {@code from}, or -1 if any is not a digit. */
  private static int digits(CharSequence text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * How much of this date is known.
   *
   * @return the precision
   */
  public Precision precision() {
    return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
  }

  /**
   * The year.
   *
   * @return 1 to 9999
   */
  public int year() {
    return year;
  }

  /**
   * The month, where known.
   *
   * @return the month as a {@link YearMonth}, or empty for a year
   */
  public Optional<YearMonth> yearMonth() {
    return month == 0 ? Optional.empty() : Optional.of(YearMonth.of(year, month));
  }

  /**
   * The date, where known to the day.
   *
   * @return the date, or empty for a year or a month
   */
  public Optional<LocalDate> date() {
    return day == 0 ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
  }

  /**
   * The first day this date covers.
   *
   * @return January 1st of a year, the 1st of a month, or the day itself
   */
  public LocalDate firstDay() {
    return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
  }

  /**
   * The last day this date covers.
   *
   * @return December 31st of a year, the last day of a month, or the day itself
   */
  public LocalDate lastDay() {
    if (day != 0) {
      return LocalDate.of(year, month, day);
    }
    return month != 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, 12, 31);
  }

  /**
   * Whether this date covers the given day.
   *
   * @param date a day
   * @return true if the day lies within this date's span
   */
  public boolean covers(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
  }

  /**
   * Whether the spans of the two dates overlap: {@code 2018-11} and {@code 2018-11-24} share a
   * day, {@code 2018-11} and {@code 2018-12-01} do not.
   *
   * @param other another partial date
   * @return true if some day is covered by both
   */
  public boolean sharesDayWith(PartialDate other) {
    Objects.requireNonNull(other, "other");
    return !other.lastDay().isBefore(firstDay()) && !other.firstDay().isAfter(lastDay());
  }

  /** Compares by first day, then by last day. */
  @Override
  public int compareTo(PartialDate other) {
    Objects.requireNonNull(other, "other");
    int byFirst = firstDay().compareTo(other.firstDay());
    return byFirst != 0 ? byFirst : lastDay().compareTo(other.lastDay());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PartialDate
        && ((PartialDate) other).year == year
        && ((PartialDate) other).month == month
        && ((PartialDate) other).day == day;
  }

  @Override
  public int hashCode() {
    return (year << 9) | (month << 5) | day;
  }

  /**
   * The canonical form: {@code 2018}, {@code 2018-11} or {@code 2018-11-24}.
   *
   * @return the date as text, as {@link #parse(CharSequence)} reads it
   */
  @Override
  public String toString() {
    char[] out = new char[day != 0 ? 10 : month != 0 ? 7 : 4];
    out[0] = (char) ('0' + year / 1000);
    out[1] = (char) ('0' + year / 100 % 10);
    out[2] = (char) ('0' + year / 10 % 10);
    out[3] = (char) ('0' + year % 10);
    if (month != 0) {
      out[4] = '-';
      out[5] = (char) ('0' + month / 10);
      out[6] = (char) ('0' + month % 10);
    }
    if (day != 0) {
      out[7] = '-';
      out[8] = (char) ('0' + day / 10);
      out[9] = (char) ('0' + day % 10);
    }
    return new String(out);
  }
}
