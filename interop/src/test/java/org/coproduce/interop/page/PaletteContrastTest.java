package org.coproduce.interop.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.assertj.core.data.Offset;
import org.coproduce.model.Sector;
import org.junit.jupiter.api.Test;

/**
 * The palette meets WCAG 2.1 AA, computed with WCAG's relative luminance: 4.5:1 for text (the
 * page's ink, muted text, links and visit labels on white; counts on the sector colours) and 3:1
 * for graphics against the page (bars, nodes, rules). axe-core cannot decide the contrast of text
 * drawn in SVG; this test does.
 */
class PaletteContrastTest {
  @Test
  void textOnThePageHasAContrastOfAtLeastFourAndAHalf() {
    for (String ink : new String[] {Palette.INK, Palette.MUTED, Palette.CONFERENCE,
        Palette.VISIT}) {
      assertThat(contrast(ink, Palette.PAPER)).as("%s on white", ink).isGreaterThanOrEqualTo(4.5);
    }
  }

  @Test
  void countsOnEverySectorsColourHaveAContrastOfAtLeastFourAndAHalf() {
    for (Sector sector : Sector.values()) {
      assertThat(contrast(Palette.PAPER, Palette.sector(sector))).as("white on %s", sector)
          .isGreaterThanOrEqualTo(4.5);
    }
  }

  @Test
  void graphicsStandOutFromThePageByAtLeastThree() {
    assertThat(contrast(Palette.RULE, Palette.PAPER)).isGreaterThanOrEqualTo(3);
    for (Sector sector : Sector.values()) {
      assertThat(contrast(Palette.sector(sector), Palette.PAPER)).as("%s on white", sector)
          .isGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void sectorsHaveColoursOfTheirOwn() {
    assertThat(Arrays.stream(Sector.values()).map(Palette::sector).distinct())
        .hasSize(Sector.values().length);
  }

  @Test
  void computesTheContrastsWcagGives() {
    assertThat(contrast("#000000", "#ffffff")).isCloseTo(21, Offset.offset(0.01));
    assertThat(contrast("#767676", "#ffffff")).isCloseTo(4.54, Offset.offset(0.01));
    assertThat(contrast("#ffffff", "#ffffff")).isEqualTo(1);
  }

  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String hex) {
    int rgb = Integer.parseInt(hex.substring(1), 16);
    return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
  }

  private static double channel(int value) {
    double c = (value & 0xff) / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
