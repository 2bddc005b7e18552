package org.coproduce.model;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the index needs of participants' sectors while it is built: each participant's own sector
 * and that of their first affiliation's organisation, in arrays by participant index, each
 * organisation's, and the last conference in whose sector mix each participant was counted.
 * Sectors are held as bytes ({@link Resolved#code}), so that no participant or organisation is
 * visited again for one.
 */
final class KnownSectors {
  private static final Sector[] SECTORS = Sector.values();

  private final byte[] own;
  private final byte[] affiliated;
  private final byte[] ofOrganisation;
  /** Per participant, the index of the last conference whose sector mix counted them, or -1. */
  final int[] countedIn;

  /** From what validation resolved of the participants' sectors and affiliations. */
  KnownSectors(List<Organisation> organisations, Resolved resolved) {
    ofOrganisation = new byte[organisations.size()];
    for (int o = 0; o < ofOrganisation.length; o++) {
      ofOrganisation[o] = Resolved.code(organisations.get(o).sector());
    }
    own = resolved.ownSectors;
    int people = own.length;
    affiliated = new byte[people];
    countedIn = new int[people];
    Arrays.fill(countedIn, -1);
    for (int p = 0; p < people; p++) {
      int first = resolved.affiliationStart[p];
      if (first < resolved.affiliationStart[p + 1]) {
        affiliated[p] = ofOrganisation[resolved.affiliations[first]];
      }
    }
  }

  /**
   * A participant's sector in one participation (representing the organisation of the given
   * index, or -1): their own, else the represented organisation's, else their first
   * affiliation's; null if none is known.
   */
  @Nullable Sector sectorIn(int person, int representing) {
    byte code = own[person] != 0 ? own[person]
        : representing >= 0 ? ofOrganisation[representing]
        : affiliated[person];
    return code == 0 ? null : SECTORS[code - 1];
  }
}
