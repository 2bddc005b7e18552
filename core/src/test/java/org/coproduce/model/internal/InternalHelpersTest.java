package org.coproduce.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InternalHelpersTest {
  @Test
  void summaryCountsTheProblemsAndShowsTheFirstTen() {
    assertThat(ProblemReports.summary("", List.of("a: x"), "E")).isEqualTo("1 problem: a: x");
    assertThat(ProblemReports.summary("bad, ", List.of("a", "b"), "E"))
        .isEqualTo("bad, 2 problems: a; b");
    List<String> eleven = IntStream.range(0, 11).mapToObj(i -> "p" + i).toList();
    assertThat(ProblemReports.summary("", eleven, "E"))
        .isEqualTo("11 problems: p0; p1; p2; p3; p4; p5; p6; p7; p8; p9; ...");
    assertThatThrownBy(() -> ProblemReports.summary("", List.of(), "WhateverException"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("a WhateverException needs at least one problem");
  }

  @Test
  void truncationIsAProblemOfTheWholeNamingTheCap() {
    assertThat(ProblemReports.truncated().path()).isEmpty();
    assertThat(ProblemReports.truncated().message())
        .isEqualTo("more than 10000 problems; the rest are not listed");
  }

  @Test
  void findsTheFirstUnpairedSurrogate() {
    assertThat(Unicode.unpairedSurrogate("plain")).isEqualTo(-1);
    assertThat(Unicode.unpairedSurrogate("a\uD83D\uDE00b")).isEqualTo(-1);
    assertThat(Unicode.unpairedSurrogate("ab\uD83D")).isEqualTo(2);
    assertThat(Unicode.unpairedSurrogate("a\uDE00\uD83D")).isEqualTo(1);
    assertThat(Unicode.unpairedSurrogate("\uD83D\uD83D\uDE00")).isEqualTo(0);
  }
}
