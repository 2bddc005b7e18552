package org.coproduce.model.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.coproduce.model.Conference;
import org.coproduce.model.DateRange;
import org.coproduce.model.PartialDate;
import org.coproduce.model.Programme;
import org.coproduce.model.Session;
import org.junit.jupiter.api.Test;

class ProgrammeGeneratorTest {
  @Test
  void sameSeedGivesEqualProgrammes() {
    for (long seed = 0; seed < 20; seed++) {
      Programme first = new ProgrammeGenerator(seed).programme(300);
      Programme second = new ProgrammeGenerator(seed).programme(300);
      assertThat(second).as("seed %d", seed).isEqualTo(first);
    }
  }

  @Test
  void differentSeedsGiveDifferentProgrammes() {
    assertThat(new ProgrammeGenerator(1).programme(50))
        .isNotEqualTo(new ProgrammeGenerator(2).programme(50));
  }

  @Test
  void listsScaleWithTheParticipants() {
    Programme p = new ProgrammeGenerator(7).programme(10_000);
    assertThat(p.participants()).hasSize(10_000);
    assertThat(p.organisations()).hasSize(2_500);
    assertThat(p.conferences()).hasSize(100);
    assertThat(p.visits()).hasSizeBetween(500, 502);
    assertThat(p.quotes()).hasSizeBetween(1_000, 1_002);
    int participations = p.conferences().stream().mapToInt(c -> c.participations().size()).sum();
    assertThat(participations).isBetween(15_000, 25_000);
  }

  @Test
  void emptyProgrammeIsValidToo() {
    for (long seed = 0; seed < 20; seed++) {
      Programme p = new ProgrammeGenerator(seed).programme(0);
      assertThat(p.participants()).isEmpty();
      assertThat(p.quotes()).isEmpty();
    }
  }

  @Test
  void refusesNegativeSize() {
    assertThatThrownBy(() -> new ProgrammeGenerator(0).programme(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The corners the generator promises do occur, so that the properties exercise them. */
  @Test
  void coversTheCorners() {
    Set<PartialDate.Precision> conferencePrecisions = EnumSet.noneOf(PartialDate.Precision.class);
    Set<PartialDate.Precision> sessionPrecisions = EnumSet.noneOf(PartialDate.Precision.class);
    boolean longId = false;
    boolean coarserEnd = false;
    boolean repeatedSessionId = false;
    boolean absentOptional = false;
    boolean emoji = false;
    boolean control = false;
    Programme p = new ProgrammeGenerator(11).programme(5_000);
    Set<String> sessionIds = new java.util.HashSet<>();
    for (Conference c : p.conferences()) {
      longId |= c.id().length() == 64;
      absentOptional |= c.dates().isEmpty();
      emoji |= c.name().codePoints().anyMatch(cp -> cp > 0xFFFF);
      control |= c.name().chars().anyMatch(ch -> ch < 0x20);
      if (c.dates().isPresent()) {
        DateRange range = c.dates().get();
        conferencePrecisions.add(range.start().precision());
        coarserEnd |= range.end().isPresent()
            && range.end().get().firstDay().isBefore(range.start().firstDay());
      }
      for (Session s : c.sessions()) {
        repeatedSessionId |= !sessionIds.add(s.id());
        s.date().ifPresent(d -> sessionPrecisions.add(d.precision()));
      }
    }
    assertThat(conferencePrecisions).containsExactlyInAnyOrder(PartialDate.Precision.values());
    assertThat(sessionPrecisions).containsExactlyInAnyOrder(PartialDate.Precision.values());
    assertThat(longId).isTrue();
    assertThat(coarserEnd).isTrue();
    assertThat(repeatedSessionId).isTrue();
    assertThat(absentOptional).isTrue();
    assertThat(emoji).isTrue();
    assertThat(control).isTrue();
    assertThat(p.organisations()).anyMatch(o -> o.parent().isPresent());
    assertThat(p.quotes()).anyMatch(q -> q.source().isPresent() && q.language().isPresent());
    assertThat(p.participants()).allMatch(x -> x.extensions().isEmpty());
  }
}
