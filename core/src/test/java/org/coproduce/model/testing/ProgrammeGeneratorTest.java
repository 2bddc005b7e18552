package org.coproduce.model.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.coproduce.model.Conference;
import org.coproduce.model.DateRange;
import org.coproduce.model.OutputKind;
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
  void format11ContentIsOffByDefault() {
    for (long seed = 0; seed < 20; seed++) {
      Programme p = new ProgrammeGenerator(seed).programme(300);
      assertThat(p.language()).as("seed %d", seed).isEmpty();
      assertThat(p.outputs()).as("seed %d", seed).isEmpty();
      assertThat(p.translations()).as("seed %d", seed).isEmpty();
      assertThat(p.organisations()).allMatch(o -> o.translations().isEmpty()
          && o.place().map(place -> place.translations().isEmpty()).orElse(true));
      assertThat(p.conferences()).allMatch(c -> c.translations().isEmpty()
          && c.strands().stream().allMatch(s -> s.translations().isEmpty())
          && c.sessions().stream().allMatch(s -> s.translations().isEmpty()));
      assertThat(p.visits()).allMatch(v -> v.translations().isEmpty());
      assertThat(p.quotes()).allMatch(q -> q.translations().isEmpty());
    }
  }

  @Test
  void format11ContentComesWhenAskedFor() {
    Programme p = new ProgrammeGenerator(11).withFormat11().programme(2_000);
    assertThat(p.outputs()).hasSizeBetween(200, 202);
    assertThat(new ProgrammeGenerator(11).withFormat11().programme(2_000)).isEqualTo(p);
    assertThat(p.outputs()).anyMatch(o -> !o.authors().isEmpty())
        .anyMatch(o -> !o.conferences().isEmpty())
        .anyMatch(o -> !o.visits().isEmpty())
        .anyMatch(o -> o.language().isPresent())
        .anyMatch(o -> !o.translations().isEmpty());
    Set<OutputKind> kinds = EnumSet.noneOf(OutputKind.class);
    p.outputs().forEach(o -> kinds.add(o.kind()));
    assertThat(kinds).containsExactlyInAnyOrder(OutputKind.values());
    assertThat(p.organisations()).anyMatch(o -> !o.translations().isEmpty())
        .anyMatch(o -> o.place().map(place -> !place.translations().isEmpty()).orElse(false));
    assertThat(p.conferences()).anyMatch(c -> !c.translations().isEmpty())
        .anyMatch(c -> c.strands().stream().anyMatch(s -> !s.translations().isEmpty()))
        .anyMatch(c -> c.sessions().stream().anyMatch(s -> !s.translations().isEmpty()));
    assertThat(p.visits()).anyMatch(v -> !v.translations().isEmpty());
    assertThat(p.quotes()).anyMatch(q -> !q.translations().isEmpty());
    // Some tags come in mixed case, and some programmes have a language, some not.
    assertThat(p.quotes()).anyMatch(q -> q.translations().keySet().stream()
        .anyMatch(tag -> !tag.equals(tag.toLowerCase(java.util.Locale.ROOT))
            && !tag.equals("EN-gb") && !tag.contains("-")));
    Set<Boolean> languages = new java.util.HashSet<>();
    for (long seed = 0; seed < 20; seed++) {
      languages.add(new ProgrammeGenerator(seed).withFormat11().programme(5).language()
          .isPresent());
    }
    assertThat(languages).containsExactlyInAnyOrder(true, false);
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
