package org.coproduce.interop.page;

import java.util.EnumMap;
import java.util.Map;
import org.coproduce.model.Sector;

/**
 * The page's colours. Each sector's colour carries white text at a contrast of at least 4.5:1
 * and stands out from the white page at least 3:1 (WCAG 2.1 AA for text and for graphics);
 * the pictures never rely on colour alone (each has its words and a table beside it).
 */
final class Palette {
  static final String INK = "#1a1a1a";
  static final String PAPER = "#ffffff";
  static final String MUTED = "#595959";
  static final String RULE = "#767676";
  static final String CONFERENCE = "#004d80";
  static final String VISIT = "#8a4500";

  private static final Map<Sector, String> SECTORS = new EnumMap<>(Sector.class);

  static {
    SECTORS.put(Sector.PUBLIC, "#0b5cad");
    SECTORS.put(Sector.ACADEMIC, "#8a4500");
    SECTORS.put(Sector.COMMUNITY, "#1b6e3a");
    SECTORS.put(Sector.VOLUNTARY, "#7a2e8e");
    SECTORS.put(Sector.PRIVATE, "#a1232b");
  }

  private Palette() {}

  static String sector(Sector sector) {
    return SECTORS.get(sector);
  }
}
