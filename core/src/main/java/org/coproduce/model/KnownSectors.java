package org.coproduce.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the index needs of participants' sectors while it is built: each participant's own sector
 * and that of their first affiliation's organisation, in one byte by participant index (the own
 * in the high half), and each organisation's. Sectors are held as codes ({@link Resolved#code}),
 * so that no participant or organisation is visited again for one.
 */
final class KnownSectors {
  private static final Sector[] SECTORS = Sector.values();

  private final byte[] ofParticipant;
  private final byte[] ofOrganisation;

  /** From what validation resolved of the participants' sectors and affiliations. */
  KnownSectors(List<Organisation> organisations, Resolved resolved) {
    ofOrganisation = new byte[organisations.size()];
    for (int o = 0; o < ofOrganisation.length; o++) {
      ofOrganisation[o] = Resolved.code(organisations.get(o).sector());
    }
    int people = resolved.ownSectors.length;
    ofParticipant = new byte[people];
    for (int p = 0; p < people; p++) {
      int first = resolved.affiliationStart[p];
      int affiliated = first < resolved.affiliationStart[p + 1]
          ? ofOrganisation[resolved.affiliations[first]]
          : 0;
      ofParticipant[p] = (byte) (resolved.ownSectors[p] << 4 | affiliated);
    }
  }

  /**
   * A participant's sector in one participation (representing the organisation of the given
   * index, or -1): their own, else the represented organisation's, else their first
   * affiliation's; null if none is known.
   */
  @Nullable Sector sectorIn(int person, int representing) {
    int own = ofParticipant[person] >> 4 & 0xF;
    int code = own != 0 ? own
        : representing >= 0 ? ofOrganisation[representing]
        : ofParticipant[person] & 0xF;
    return code == 0 ? null : SECTORS[code - 1];
  }
}
