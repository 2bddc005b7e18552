package org.coproduce.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateRangeTest {
  private static PartialDate date(String text) {
    return PartialDate.parse(text);
  }

  @Test
  void aStartAloneCoversItsOwnDays() {
    DateRange november = DateRange.of(date("2018-11"));
    assertThat(november.start()).isEqualTo(date("2018-11"));
    assertThat(november.end()).isEmpty();
    assertThat(november.firstDay()).isEqualTo(LocalDate.of(2018, 11, 1));
    assertThat(november.lastDay()).isEqualTo(LocalDate.of(2018, 11, 30));
    assertThat(november.extensions()).isEqualTo(Extensions.empty());
  }

  @Test
  void coversFromTheFirstDayOfTheStartToTheLastDayOfTheEnd() {
    DateRange range = DateRange.of(date("2018-11-24"), date("2019"));
    assertThat(range.end()).contains(date("2019"));
    assertThat(range.firstDay()).isEqualTo(LocalDate.of(2018, 11, 24));
    assertThat(range.lastDay()).isEqualTo(LocalDate.of(2019, 12, 31));
    assertThat(range.covers(LocalDate.of(2018, 11, 24))).isTrue();
    assertThat(range.covers(LocalDate.of(2019, 12, 31))).isTrue();
    assertThat(range.covers(LocalDate.of(2018, 11, 23))).isFalse();
    assertThat(range.covers(LocalDate.of(2020, 1, 1))).isFalse();
  }

  /** The end may be coarser than the start and begin before it, as long as it ends after. */
  @ParameterizedTest
  @CsvSource({"2018-11-24, 2018", "2018-11, 2018-11-01", "2018-11, 2018", "2018, 2018-01-01",
      "2018-11-24, 2018-11-24", "2018-11-24, 2018-11", "2018, 2018", "0001, 9999"})
  void acceptsAnEndWhoseLastDayIsNotBeforeTheStart(String start, String end) {
    DateRange range = DateRange.of(date(start), date(end));
    assertThat(range.toString()).isEqualTo(start + "/" + end);
  }

  @ParameterizedTest
  @CsvSource({"2018-11, 2018-10", "2018-11-02, 2018-11-01", "2018-11, 2018-10-31",
      "2019, 2018-12-31", "2019-01-01, 2018", "2018-11-24, 2017"})
  void rejectsAnEndBeforeTheStart(String start, String end) {
    String why = end + " lies before the start " + start;
    assertThatThrownBy(() -> DateRange.of(date(start), date(end)))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage(why);
    assertThatThrownBy(() -> DateRange.parse(start + "/" + end))
        .isExactlyInstanceOf(DateTimeParseException.class)
        .hasMessage("\"" + start + "/" + end + "\" is not a date range: " + why)
        .satisfies(e -> assertThat(((DateTimeParseException) e).getErrorIndex())
            .isEqualTo(start.length() + 1));
    // The form readers of documents call follows the same convention.
    assertThatThrownBy(
        () -> DateRange.of(date(start), Optional.of(date(end)), Extensions.empty()))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage(why);
  }

  @Test
  void saysWhichEndLiesBeforeWhichStart() {
    assertThatThrownBy(() -> DateRange.of(date("2018-11"), date("2018-10")))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage("2018-10 lies before the start 2018-11");
  }

  @Test
  void sharesADayWithADateWhenTheSpansOverlap() {
    // The example of docs/format.md: {"start": "2018-11"} and 2018-12-01 share no day.
    assertThat(DateRange.of(date("2018-11")).sharesDayWith(date("2018-12-01"))).isFalse();
    assertThat(DateRange.of(date("2018-11")).sharesDayWith(date("2018-11-24"))).isTrue();
    assertThat(DateRange.of(date("2018-11")).sharesDayWith(date("2018"))).isTrue();
    DateRange range = DateRange.of(date("2018-11-20"), date("2018-11-24"));
    assertThat(range.sharesDayWith(date("2018-11"))).isTrue();
    assertThat(range.sharesDayWith(date("2018-11-24"))).isTrue();
    assertThat(range.sharesDayWith(date("2018-11-25"))).isFalse();
    assertThat(range.sharesDayWith(date("2018-11-19"))).isFalse();
  }

  @Test
  void sharesADayWithARangeWhenTheSpansOverlap() {
    DateRange november = DateRange.of(date("2018-11"));
    assertThat(november.sharesDayWith(DateRange.of(date("2018-10"), date("2018-11-01")))).isTrue();
    assertThat(november.sharesDayWith(DateRange.of(date("2018-12"), date("2019")))).isFalse();
    assertThat(november.sharesDayWith(DateRange.of(date("2018")))).isTrue();
    assertThat(DateRange.of(date("2018")).sharesDayWith(november)).isTrue();
  }

  @Test
  void parsesAndPrintsBothForms() {
    assertThat(DateRange.parse("2018-11")).isEqualTo(DateRange.of(date("2018-11")));
    assertThat(DateRange.parse("2018-11/2018-12"))
        .isEqualTo(DateRange.of(date("2018-11"), date("2018-12")));
    for (String text : List.of("2018", "2018-11/2018-12", "2018-11-24/2019", "0001/9999-12-31")) {
      assertThat(DateRange.parse(text).toString()).isEqualTo(text);
    }
  }

  @Test
  void parseRefusesMalformedDatesWithTheirOwnMessage() {
    assertThatThrownBy(() -> DateRange.parse("2018-11/"))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessage("\"\" is not a partial date: expected YYYY, YYYY-MM or YYYY-MM-DD");
    assertThatThrownBy(() -> DateRange.parse("2018-13/2019"))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessage("\"2018-13\" is not a real date: month 13 is not 1 to 12");
    assertThatThrownBy(() -> DateRange.parse("2018/2019/2020"))
        .isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> DateRange.parse(null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  @Test
  void comparesByFirstDayThenLastDay() {
    List<DateRange> ranges = new ArrayList<>();
    for (String text : List.of("2019", "2018", "2018-11/2018-12", "2018-11", "2018-01-01",
        "2018-01/2018-01-31", "2018-01-31/2018-01")) {
      ranges.add(DateRange.parse(text));
    }
    ranges.sort(null);
    assertThat(ranges).extracting(DateRange::toString).containsExactly(
        "2018-01-01", "2018-01/2018-01-31", "2018", "2018-01-31/2018-01", "2018-11",
        "2018-11/2018-12", "2019");
  }

  @Test
  void rangesCoveringTheSameDaysDifferlyWrittenAreDistinctButOrdered() {
    DateRange asMonth = DateRange.parse("2018-11");
    DateRange asDays = DateRange.parse("2018-11-01/2018-11-30");
    DateRange asMonths = DateRange.parse("2018-11/2018-11");
    assertThat(asMonth).isNotEqualTo(asDays).isNotEqualTo(asMonths);
    assertThat(asMonth.compareTo(asMonths)).isNegative();
    assertThat(asMonths.compareTo(asMonth)).isPositive();
    assertThat(asMonth.compareTo(asDays)).isPositive();
    assertThat(asMonth.compareTo(DateRange.parse("2018-11"))).isZero();
  }

  @Test
  void keepsItsExtensions() {
    Extensions extensions = Extensions.builder().put("x-note", "kept").build();
    DateRange range = DateRange.of(date("2018"), Optional.empty(), extensions);
    assertThat(range.extensions()).isEqualTo(extensions);
    assertThat(range).isNotEqualTo(DateRange.of(date("2018")));
    assertThat(range.withExtensions(Extensions.empty())).isEqualTo(DateRange.of(date("2018")));
    assertThat(DateRange.of(date("2018")).withExtensions(extensions)).isEqualTo(range)
        .hasSameHashCodeAs(range);
  }

  @Test
  void refusesNullsNamingTheParameter() {
    assertThatThrownBy(() -> DateRange.of(null)).isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("start");
    assertThatThrownBy(() -> DateRange.of(date("2018"), (PartialDate) null))
        .isExactlyInstanceOf(NullPointerException.class).hasMessage("end");
    assertThatThrownBy(() -> DateRange.of(date("2018"), null, Extensions.empty()))
        .isExactlyInstanceOf(NullPointerException.class).hasMessage("end");
    assertThatThrownBy(() -> DateRange.of(date("2018"), Optional.empty(), null))
        .isExactlyInstanceOf(NullPointerException.class).hasMessage("extensions");
  }
}
