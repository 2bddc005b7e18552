package org.coproduce.model;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the index needs of participants' sectors while it is built: each participant's own sector
 * and that of their first affiliation's organisation, in arrays by participant index (0 for none,
 * else 1 + the ordinal), and the last conference in whose sector mix each was counted.
 */
final class KnownSectors {
  private static final Sector[] SECTORS = Sector.values();

  private final List<Organisation> organisations;
  private final byte[] own;
  private final byte[] affiliated;
  /** Per participant, the index of the last conference whose sector mix counted them, or -1. */
  final int[] countedIn;

  /** From the organisation index of every affiliation of the participants, in programme order. */
  KnownSectors(List<Organisation> organisations, List<Participant> participants,
      int[] affiliationOrganisations) {
    this.organisations = organisations;
    int people = participants.size();
    own = new byte[people];
    affiliated = new byte[people];
    countedIn = new int[people];
    Arrays.fill(countedIn, -1);
    for (int p = 0, a = 0; p < people; p++) {
      Participant participant = participants.get(p);
      own[p] = code(participant.sector().orElse(null));
      int count = participant.affiliations().size();
      if (count > 0) {
        affiliated[p] = code(organisations.get(affiliationOrganisations[a]).sector());
      }
      a += count;
    }
  }

  /**
   * A participant's sector in one participation (representing the organisation of the given
   * index, or -1): their own, else the represented organisation's, else their first
   * affiliation's; null if none is known.
   */
  @Nullable Sector sectorIn(int person, int representing) {
    if (own[person] != 0) {
      return SECTORS[own[person] - 1];
    }
    if (representing >= 0) {
      return organisations.get(representing).sector();
    }
    return affiliated[person] == 0 ? null : SECTORS[affiliated[person] - 1];
  }

  private static byte code(@Nullable Sector sector) {
    return sector == null ? 0 : (byte) (sector.ordinal() + 1);
  }
}
