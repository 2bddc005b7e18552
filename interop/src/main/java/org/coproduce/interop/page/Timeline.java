package org.coproduce.interop.page;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.coproduce.model.Conference;
import org.coproduce.model.DateRange;
import org.coproduce.model.Programme;
import org.coproduce.model.Visit;
import org.jsoup.nodes.Element;

/**
 * The timeline picture: one bar per conference and, under it, one per visit to it (a visit has no
 * dates of its own: it is drawn over its conference's). A bar covers every day its dates cover,
 * so a date known to the year spans the year and one known to the month spans the month.
 */
final class Timeline {
  static final String ID = "timeline";
  static final int WIDTH = 760;
  private static final int LABEL_X = 8;
  private static final int PLOT_LEFT = 250;
  private static final int PLOT_RIGHT = WIDTH - 16;
  private static final int TOP = 36;
  private static final int ROW = 26;
  /** Years between labelled ticks: the first step that gives at most {@link #MOST_TICKS}. */
  private static final int[] YEAR_STEPS = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000};
  private static final int MOST_TICKS = 12;
  /** Months are marked on an axis of at most this many years. */
  private static final int MONTHS_UP_TO = 3;

  /** One bar: a conference or a visit, with the dates it is drawn over. */
  private record Bar(String label, String kind, DateRange dates, boolean visit) {}

  private final Programme programme;
  private final Texts texts;

  Timeline(Programme programme, Texts texts) {
    this.programme = programme;
    this.texts = texts;
  }

  /** Appends the picture and its table; nothing when no conference has dates. */
  void appendTo(Element parent) {
    List<Bar> bars = bars();
    if (bars.isEmpty()) {
      parent.appendElement("p").text("No conference has known dates, so there is no timeline.");
      return;
    }
    LocalDate first = LocalDate.of(bars.stream().mapToInt(b -> b.dates().firstDay().getYear())
        .min().orElseThrow(), 1, 1);
    LocalDate end = LocalDate.of(bars.stream().mapToInt(b -> b.dates().lastDay().getYear())
        .max().orElseThrow() + 1, 1, 1);
    Element body = Tables.figure(parent, ID, "Conferences and the visits to them, in time.");
    int height = TOP + bars.size() * ROW + 8;
    Element svg = Svg.picture(body, ID, WIDTH, height,
        "Timeline of conferences and visits",
        description(bars, first.getYear(), end.getYear() - 1));
    axis(svg, first, end, height);
    for (int i = 0; i < bars.size(); i++) {
      drawBar(svg, bars.get(i), TOP + i * ROW, first, end);
    }
    Element table = Tables.table(body, "The timeline's facts", "Event", "Kind", "Dates", "Covers");
    for (Bar bar : bars) {
      Element row = Tables.row(table, bar.label());
      Tables.word(row, bar.kind());
      Tables.word(row, Words.range(bar.dates()));
      Tables.word(row, Words.day(bar.dates().firstDay()) + " to "
          + Words.day(bar.dates().lastDay()));
    }
  }

  private List<Bar> bars() {
    List<Bar> bars = new ArrayList<>();
    for (Conference conference : programme.conferencesByDate()) {
      Optional<DateRange> dates = conference.dates();
      if (dates.isEmpty()) {
        continue;
      }
      bars.add(new Bar(conference.name(texts.reader()).text(), "conference", dates.get(), false));
      for (Visit visit : programme.visitsTo(conference.id())) {
        bars.add(new Bar(visit.title(texts.reader()).text(), "visit", dates.get(), true));
      }
    }
    return bars;
  }

  private static String description(List<Bar> bars, int firstYear, int lastYear) {
    long visits = bars.stream().filter(Bar::visit).count();
    String years = firstYear == lastYear ? "in " + firstYear : "from " + firstYear + " to "
        + lastYear;
    return (bars.size() - visits) + " conferences and " + visits + " visits " + years
        + ", each a bar over the days its dates cover: a date known only to the year spans the"
        + " year, one known to the month spans the month. Each visit is drawn under the"
        + " conference it went to, over that conference's dates. The table beside the picture"
        + " lists the same events.";
  }

  private static void axis(Element svg, LocalDate first, LocalDate end, int height) {
    int years = end.getYear() - first.getYear();
    int step = Arrays.stream(YEAR_STEPS).filter(s -> years / s <= MOST_TICKS).findFirst()
        .orElse(YEAR_STEPS[YEAR_STEPS.length - 1] * 2);
    for (int year = first.getYear(); year < end.getYear(); year += step) {
      LocalDate tick = LocalDate.of(year, 1, 1);
      double x = x(tick, first, end);
      Svg.line(svg, x, 6, x, height - 4, Palette.RULE);
      Svg.text(svg, x + 4, 18, Integer.toString(year), Palette.INK);
      if (years > MONTHS_UP_TO) {
        continue;
      }
      for (Month month : Month.values()) {
        if (month != Month.JANUARY) {
          double mx = x(tick.withMonth(month.getValue()), first, end);
          Svg.line(svg, mx, 22, mx, height - 4, "#d0d0d0");
          Svg.text(svg, mx + 2, 32, month.toString().substring(0, 1), Palette.MUTED)
              .attr("font-size", "10");
        }
      }
    }
    Svg.line(svg, x(end, first, end), 6, x(end, first, end), height - 4, Palette.RULE);
  }

  private static void drawBar(Element svg, Bar bar, int top, LocalDate first, LocalDate end) {
    Element group = svg.appendElement("g");
    Svg.tooltip(group, bar.label() + " (" + bar.kind() + "): " + Words.range(bar.dates()));
    Svg.text(group, bar.visit() ? LABEL_X + 14 : LABEL_X, top + 17, bar.label(),
        bar.visit() ? Palette.VISIT : Palette.INK);
    double from = x(bar.dates().firstDay(), first, end);
    double to = x(bar.dates().lastDay().plusDays(1), first, end);
    int inset = bar.visit() ? 8 : 4;
    Svg.rect(group, from, top + inset, Math.max(3, to - from), ROW - 2 * inset,
        bar.visit() ? Palette.VISIT : Palette.CONFERENCE);
  }

  private static double x(LocalDate day, LocalDate first, LocalDate end) {
    double span = ChronoUnit.DAYS.between(first, end);
    return PLOT_LEFT + (PLOT_RIGHT - PLOT_LEFT) * ChronoUnit.DAYS.between(first, day) / span;
  }
}
