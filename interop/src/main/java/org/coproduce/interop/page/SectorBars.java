package org.coproduce.interop.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coproduce.model.Conference;
import org.coproduce.model.Programme;
import org.coproduce.model.Sector;
import org.coproduce.model.Session;
import org.jsoup.nodes.Element;

/**
 * The sector-mix picture: for each conference, then each of its sessions, a bar split into the
 * participants of each sector ({@link Programme#sectorMix(String)}, {@link
 * Programme#sectorMix(String, String)}), each part labelled with its count.
 */
final class SectorBars {
  static final String ID = "sector-mix";
  static final int WIDTH = 760;
  private static final int PLOT_LEFT = 250;
  private static final int PLOT_RIGHT = WIDTH - 16;
  private static final int TOP = 40;
  private static final int ROW = 28;

  /** One bar: a conference or a session and its mix. */
  private record Bar(String label, boolean session, Map<Sector, Integer> mix) {
    int total() {
      return mix.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  private final Programme programme;
  private final Texts texts;

  SectorBars(Programme programme, Texts texts) {
    this.programme = programme;
    this.texts = texts;
  }

  /** Appends the picture and its table; nothing when the programme has no conference. */
  void appendTo(Element parent) {
    List<Bar> bars = bars();
    if (bars.isEmpty()) {
      return;
    }
    Element body = Tables.figure(parent, ID,
        "Participants of each sector at each conference and session.");
    int height = TOP + bars.size() * ROW + 8;
    Element svg = Svg.picture(body, ID, WIDTH, height, "Sector mix of conferences and sessions",
        "For each conference, then each of its sessions, a bar split into the number of"
            + " participants from each sector: public, academic, community, voluntary and private,"
            + " in that order, each part labelled with its count. The table beside the picture"
            + " gives the same numbers.");
    legend(svg);
    int most = Math.max(1, bars.stream().mapToInt(Bar::total).max().orElse(1));
    double unit = (PLOT_RIGHT - PLOT_LEFT) / (double) most;
    for (int i = 0; i < bars.size(); i++) {
      drawBar(svg, bars.get(i), TOP + i * ROW, unit);
    }
    String[] headers = new String[Sector.values().length + 2];
    headers[0] = "Conference or session";
    for (Sector sector : Sector.values()) {
      headers[sector.ordinal() + 1] = Words.sector(sector);
    }
    headers[headers.length - 1] = "All";
    Element table = Tables.table(body, "The sector mix's facts", headers);
    for (Bar bar : bars) {
      Element row = Tables.row(table, bar.label());
      for (Sector sector : Sector.values()) {
        Tables.word(row, Integer.toString(bar.mix().getOrDefault(sector, 0)));
      }
      Tables.word(row, Integer.toString(bar.total()));
    }
  }

  private List<Bar> bars() {
    List<Bar> bars = new ArrayList<>();
    for (Conference conference : programme.conferencesByDate()) {
      bars.add(new Bar(conference.name(texts.reader()).text(), false,
          programme.sectorMix(conference.id())));
      for (Session session : conference.sessions()) {
        bars.add(new Bar(session.title(texts.reader()).text(), true,
            programme.sectorMix(conference.id(), session.id())));
      }
    }
    return bars;
  }

  private static void legend(Element svg) {
    double x = 8;
    for (Sector sector : Sector.values()) {
      Svg.rect(svg, x, 8, 14, 14, Palette.sector(sector));
      String name = Words.sector(sector);
      Svg.text(svg, x + 18, 20, name, Palette.INK);
      x += 18 + name.length() * 8 + 18;
    }
  }

  private static void drawBar(Element svg, Bar bar, int top, double unit) {
    Element group = svg.appendElement("g");
    Svg.tooltip(group, bar.label() + ": " + bar.total() + " participants of a known sector");
    Svg.text(group, bar.session() ? 22 : 8, top + 18, bar.label(), Palette.INK);
    if (bar.total() == 0) {
      Svg.text(group, PLOT_LEFT, top + 18, "no known sector", Palette.MUTED);
      return;
    }
    double x = PLOT_LEFT;
    for (Sector sector : Sector.values()) {
      int count = bar.mix().getOrDefault(sector, 0);
      if (count == 0) {
        continue;
      }
      double width = count * unit;
      Svg.rect(group, x, top + 4, width, ROW - 8, Palette.sector(sector))
          .attr("stroke", Palette.PAPER);
      Svg.text(group, x + width / 2, top + 18, Integer.toString(count), Palette.PAPER)
          .attr("text-anchor", "middle");
      x += width;
    }
  }
}
