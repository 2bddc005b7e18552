package org.coproduce.interop.page;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import org.coproduce.model.DateRange;
import org.coproduce.model.PartialDate;
import org.coproduce.model.Role;
import org.coproduce.model.Sector;
import org.jsoup.nodes.Element;

/** The page's own words (English) for the model's enumerations and dates. */
final class Words {
  private Words() {}

  static String sector(Sector sector) {
    return capitalised(sector.name());
  }

  static String role(Role role) {
    return lower(role.name());
  }

  /** A session's or an output's kind in words: {@code field trip}, {@code blog post}. */
  static String kind(Enum<?> kind) {
    return lower(kind.name());
  }

  /** A partial date in words, as precise as it is known: {@code 2018}, {@code November 2018}. */
  static String date(PartialDate date) {
    String month = date.yearMonth()
        .map(ym -> ym.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " ")
        .orElse("");
    String day = date.date().map(d -> d.getDayOfMonth() + " ").orElse("");
    return day + month + date.year();
  }

  static String day(LocalDate day) {
    return day.getDayOfMonth() + " "
        + Month.from(day).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getYear();
  }

  static String range(DateRange range) {
    return date(range.start()) + range.end().map(end -> " to " + date(end)).orElse("");
  }

  /** Appends a {@code <time>} element for the date, with its machine-readable form. */
  static Element time(Element parent, PartialDate date) {
    return parent.appendElement("time").attr("datetime", date.toString()).text(date(date));
  }

  /** Appends the range as one or two {@code <time>} elements. */
  static void time(Element parent, DateRange range) {
    time(parent, range.start());
    range.end().ifPresent(end -> {
      parent.appendText(" to ");
      time(parent, end);
    });
  }

  private static String lower(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String capitalised(String constant) {
    String lower = lower(constant);
    return lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
  }
}
