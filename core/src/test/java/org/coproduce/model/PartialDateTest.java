package org.coproduce.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.coproduce.model.PartialDate.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

  @ParameterizedTest
  @ValueSource(strings = {"2018", "2018-11", "2018-11-24", "0001", "0001-01-01", "9999",
      "9999-12-31", "2020-02-29", "2000-02-29", "1900-02-28", "0999-09"})
  void parsesAndPrintsTheCanonicalFormBack(String text) {
    PartialDate date = PartialDate.parse(text);
    assertThat(date.toString()).isEqualTo(text);
    assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2018-13    | month 13 is not 1 to 12",
      "2018-00    | month 0 is not 1 to 12",
      "2018-02-30 | day 30 does not exist in 2018-02, which has 28 days",
      "2019-02-29 | day 29 does not exist in 2019-02, which has 28 days",
      "2100-02-29 | day 29 does not exist in 2100-02, which has 28 days",
      "2018-04-31 | day 31 does not exist in 2018-04, which has 30 days",
      "2018-11-00 | day 0 does not exist in 2018-11, which has 30 days",
      "2018-13-01 | month 13 is not 1 to 12",
      "0000       | year 0 is not 0001 to 9999",
      "0000-01-01 | year 0 is not 0001 to 9999"})
  void rejectsDatesThatDoNotExist(String text, String why) {
    assertThatThrownBy(() -> PartialDate.parse(text))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessage("\"" + text + "\" is not a real date: " + why)
        .satisfies(e -> assertThat(((DateTimeParseException) e).getParsedString())
            .isEqualTo(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "18", "218", "20181", "2018-1", "2018-1-1", "2018/11", "2018_11",
      "2018-11-2x", "+2018", "-018", "2018-11-24T10:00", "２０１８", "2018-11-24 ", " 2018",
      "201a", "2018-11-", "2018--11", "2018-011", "10000", "2018-W47", "2018-328", "2018-11x24",
      "2018x11-24", "2018x11", "2018-11-24x", "2018-11/24"})
  void rejectsTextThatIsNotAPartialDate(String text) {
    assertThatThrownBy(() -> PartialDate.parse(text))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessage(Problem.quote(text)
            + " is not a partial date: expected YYYY, YYYY-MM or YYYY-MM-DD");
  }

  @Test
  void refusesNullNamingTheParameter() {
    assertThatThrownBy(() -> PartialDate.parse(null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  /** One convention for every bad date: java.time's DateTimeException and its parse subclass. */
  @Test
  void everyBadDateIsADateTimeException() {
    assertThatThrownBy(() -> PartialDate.ofDay(2024, 2, 30))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage("day 30 does not exist in 2024-02, which has 29 days");
    assertThatThrownBy(() -> PartialDate.parse("2024-13"))
        .isExactlyInstanceOf(DateTimeParseException.class)
        .isInstanceOf(DateTimeException.class)
        .hasMessage("\"2024-13\" is not a real date: month 13 is not 1 to 12");
    assertThatThrownBy(() -> DateRange.of(PartialDate.ofMonth(2024, 5), PartialDate.ofYear(2023)))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage("2023 lies before the start 2024-05");
    assertThatThrownBy(() -> DateRange.parse("2024-05/2023"))
        .isExactlyInstanceOf(DateTimeParseException.class)
        .hasMessage("\"2024-05/2023\" is not a date range: 2023 lies before the start 2024-05");
  }

  @Test
  void knowsLeapYears() {
    assertThat(PartialDate.parse("2020-02-29").lastDay()).isEqualTo(LocalDate.of(2020, 2, 29));
    assertThat(PartialDate.parse("2020-02").lastDay()).isEqualTo(LocalDate.of(2020, 2, 29));
    assertThat(PartialDate.parse("2019-02").lastDay()).isEqualTo(LocalDate.of(2019, 2, 28));
    assertThatThrownBy(() -> PartialDate.ofDay(2019, 2, 29))
        .isInstanceOf(DateTimeException.class)
        .hasMessage("day 29 does not exist in 2019-02, which has 28 days");
  }

  @Test
  void tellsItsPrecisionAndFields() {
    PartialDate year = PartialDate.parse("2018");
    PartialDate month = PartialDate.parse("2018-11");
    PartialDate day = PartialDate.parse("2018-11-24");
    assertThat(year.precision()).isEqualTo(Precision.YEAR);
    assertThat(month.precision()).isEqualTo(Precision.MONTH);
    assertThat(day.precision()).isEqualTo(Precision.DAY);
    assertThat(List.of(year.year(), month.year(), day.year())).containsOnly(2018);
    assertThat(year.yearMonth()).isEmpty();
    assertThat(month.yearMonth()).contains(YearMonth.of(2018, 11));
    assertThat(day.yearMonth()).contains(YearMonth.of(2018, 11));
    assertThat(year.date()).isEmpty();
    assertThat(month.date()).isEmpty();
    assertThat(day.date()).contains(LocalDate.of(2018, 11, 24));
  }

  @Test
  void coversTheDaysFromItsFirstToItsLastDay() {
    assertThat(PartialDate.parse("2018").firstDay()).isEqualTo(LocalDate.of(2018, 1, 1));
    assertThat(PartialDate.parse("2018").lastDay()).isEqualTo(LocalDate.of(2018, 12, 31));
    assertThat(PartialDate.parse("2018-11").firstDay()).isEqualTo(LocalDate.of(2018, 11, 1));
    assertThat(PartialDate.parse("2018-11").lastDay()).isEqualTo(LocalDate.of(2018, 11, 30));
    assertThat(PartialDate.parse("2018-11-24").firstDay()).isEqualTo(LocalDate.of(2018, 11, 24));
    assertThat(PartialDate.parse("2018-11-24").lastDay()).isEqualTo(LocalDate.of(2018, 11, 24));
    assertThat(PartialDate.parse("9999").lastDay()).isEqualTo(LocalDate.of(9999, 12, 31));
    assertThat(PartialDate.parse("0001").firstDay()).isEqualTo(LocalDate.of(1, 1, 1));

    PartialDate november = PartialDate.parse("2018-11");
    assertThat(november.covers(LocalDate.of(2018, 11, 1))).isTrue();
    assertThat(november.covers(LocalDate.of(2018, 11, 30))).isTrue();
    assertThat(november.covers(LocalDate.of(2018, 10, 31))).isFalse();
    assertThat(november.covers(LocalDate.of(2018, 12, 1))).isFalse();
  }

  @Test
  void sharesADayWhenTheSpansOverlap() {
    // The examples of docs/format.md.
    assertShare("2018-11", "2018-11-24", true);
    assertShare("2018-11", "2018-12-01", false);
    assertShare("2018", "2018-12-31", true);
    assertShare("2018", "2019-01-01", false);
    assertShare("2018", "2018-06", true);
    assertShare("2018-11-30", "2018-12", false);
    assertShare("2018-11-24", "2018-11-24", true);
    assertShare("2018-11-24", "2018-11-25", false);
    assertShare("2017", "2018", false);
    assertShare("2018-01", "2018", true);
  }

  private static void assertShare(String a, String b, boolean expected) {
    PartialDate first = PartialDate.parse(a);
    PartialDate second = PartialDate.parse(b);
    assertThat(first.sharesDayWith(second)).as("%s and %s", a, b).isEqualTo(expected);
    assertThat(second.sharesDayWith(first)).as("%s and %s", b, a).isEqualTo(expected);
  }

  @Test
  void comparesByFirstDayThenByLastDay() {
    List<PartialDate> sorted = new ArrayList<>();
    for (String text : List.of("2019", "2018-12", "2018", "2018-01", "2018-01-01", "2017-12-31",
        "2018-01-02", "0001", "9999-12-31")) {
      sorted.add(PartialDate.parse(text));
    }
    sorted.sort(null);
    assertThat(sorted).extracting(PartialDate::toString).containsExactly(
        "0001", "2017-12-31", "2018-01-01", "2018-01", "2018", "2018-01-02", "2018-12", "2019",
        "9999-12-31");
  }

  @Test
  void ordersConsistentlyWithEquals() {
    List<PartialDate> dates = new ArrayList<>();
    for (String text : List.of("2018", "2018-01", "2018-01-01", "2018-01-31", "2018-12",
        "2018-12-31", "2020-02", "2020-02-29")) {
      dates.add(PartialDate.parse(text));
    }
    for (PartialDate a : dates) {
      for (PartialDate b : dates) {
        assertThat(a.compareTo(b) == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
      }
    }
  }

  @Test
  void equalDatesHaveEqualHashesAndDifferentPrecisionsDiffer() {
    assertThat(PartialDate.parse("2018-11")).isEqualTo(PartialDate.ofMonth(2018, 11))
        .hasSameHashCodeAs(PartialDate.ofMonth(2018, 11))
        .isEqualTo(PartialDate.of(YearMonth.of(2018, 11)));
    assertThat(PartialDate.parse("2018-11-24")).isEqualTo(PartialDate.of(LocalDate.of(2018, 11, 24)));
    assertThat(PartialDate.ofYear(2018)).isNotEqualTo(PartialDate.ofMonth(2018, 1))
        .isNotEqualTo(PartialDate.ofDay(2018, 1, 1));
  }

  @Test
  void factoriesRefuseFieldsOutOfRange() {
    assertThatThrownBy(() -> PartialDate.ofYear(0)).isInstanceOf(DateTimeException.class)
        .hasMessage("year 0 is not 0001 to 9999");
    assertThatThrownBy(() -> PartialDate.ofYear(10_000)).isInstanceOf(DateTimeException.class)
        .hasMessage("year 10000 is not 0001 to 9999");
    assertThatThrownBy(() -> PartialDate.ofMonth(2018, 13)).isInstanceOf(DateTimeException.class)
        .hasMessage("month 13 is not 1 to 12");
    assertThatThrownBy(() -> PartialDate.ofDay(2018, 11, 31)).isInstanceOf(DateTimeException.class)
        .hasMessage("day 31 does not exist in 2018-11, which has 30 days");
    assertThatThrownBy(() -> PartialDate.of(LocalDate.of(-5, 1, 1)))
        .isInstanceOf(DateTimeException.class).hasMessage("year -5 is not 0001 to 9999");
    assertThatThrownBy(() -> PartialDate.of(YearMonth.of(10_000, 1)))
        .isInstanceOf(DateTimeException.class).hasMessage("year 10000 is not 0001 to 9999");
  }

  @Test
  void survivesJavaSerialization() throws Exception {
    PartialDate date = PartialDate.parse("2018-11");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(date);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(date);
    }
  }
}
