package org.coproduce.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Repeats are told as a set of the strings (or of their lower case) would tell them. */
class RepeatsTest {
  private static List<Boolean> told(Repeats repeats, List<String> values) {
    List<Boolean> out = new ArrayList<>();
    for (String value : values) {
      out.add(repeats.repeats(value));
    }
    return out;
  }

  private static List<Boolean> bySet(List<String> values, boolean ignoringCase) {
    Set<String> seen = new HashSet<>();
    List<Boolean> out = new ArrayList<>();
    for (String value : values) {
      out.add(!seen.add(ignoringCase ? value.toLowerCase(Locale.ROOT) : value));
    }
    return out;
  }

  @Test
  void fewOrManyExactlyOrIgnoringCaseAgreeWithASet() {
    for (int size : new int[] {0, 1, 2, 7, 8, 9, 10, 40}) {
      List<String> values = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        // Repeats early and late, in other cases, and beyond ASCII (the Kelvin sign lower-cases
        // to "k", which equalsIgnoreCase and lower-casing tell differently from each other).
        values.add(i % 3 == 2 ? values.get(i / 2).toUpperCase(Locale.ROOT)
            : i % 5 == 4 ? "\u212aa" : i % 7 == 6 ? "ka" : "v" + i);
      }
      assertThat(told(Repeats.exactly(), values)).as("%s", values)
          .isEqualTo(bySet(values, false));
      assertThat(told(Repeats.ignoringCase(), values)).as("%s", values)
          .isEqualTo(bySet(values, true));
    }
  }
}
