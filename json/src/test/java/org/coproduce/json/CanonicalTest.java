package org.coproduce.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader's table of strings read: one instance for each, found by the parser's chars. */
class CanonicalTest {
  private final Canonical canonical = new Canonical();

  private String of(String text) {
    // Placed inside a larger buffer, as the parser's characters are.
    char[] buffer = ("[[" + text + "]]").toCharArray();
    return canonical.of(buffer, 2, text.length());
  }

  @Test
  void theSameCharactersGiveTheSameInstance() {
    String first = of("org-1");
    assertThat(first).isEqualTo("org-1");
    assertThat(of("org-1")).isSameAs(first);
    assertThat(of("org-2")).isEqualTo("org-2").isNotSameAs(first);
    assertThat(of("")).isEmpty();
    assertThat(of("\u00e9t\u00e9 \ud83c\udf3f")).isEqualTo("\u00e9t\u00e9 \ud83c\udf3f");
  }

  @Test
  void clearedItKnowsNoStringButFindsEachAgain() {
    String first = of("org-1");
    canonical.clear();
    String again = of("org-1");
    assertThat(again).isEqualTo("org-1").isNotSameAs(first);
    assertThat(of("org-1")).isSameAs(again);
  }

  @Test
  void stringsOfEveryLengthUpToTwelveDifferingInAnyOneCharacterAreToldApart() {
    for (int length = 1; length <= 12; length++) {
      String base = "k".repeat(length);
      String known = of(base);
      for (int at = 0; at < length; at++) {
        String other = base.substring(0, at) + 'q' + base.substring(at + 1);
        assertThat(of(other)).isEqualTo(other);
        assertThat(of(base)).isSameAs(known);
      }
    }
  }

  @Test
  void keepsEveryStringAsItGrows() {
    List<String> made = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      made.add(of("id-" + i));
    }
    for (int i = 0; i < 20_000; i++) {
      assertThat(of("id-" + i)).isEqualTo("id-" + i).isSameAs(made.get(i));
    }
  }

  @Test
  void longStringsAreMadeAndKeptWhereTheyFit() {
    String id = "a".repeat(64);
    String huge = "b".repeat(20_000);
    assertThat(of(id)).isSameAs(of(id));
    assertThat(of(huge)).isEqualTo(huge);
    assertThat(of(huge)).isEqualTo(huge);
    // Strings spread over many chunks of characters are all found again.
    List<String> made = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      made.add(of(i + "-" + "c".repeat(i % 100)));
    }
    for (int i = 0; i < 2_000; i++) {
      assertThat(of(i + "-" + "c".repeat(i % 100))).isSameAs(made.get(i));
    }
  }

  @Test
  void stringsThatCollideAreStillToldApart() {
    // "Aa" and "BB" share String.hashCode; sequences of them share it in every combination.
    List<String> colliding = new ArrayList<>();
    for (int bits = 0; bits < 1 << 10; bits++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 10; i++) {
        text.append((bits & (1 << i)) == 0 ? "Aa" : "BB");
      }
      colliding.add(text.toString());
    }
    for (String text : colliding) {
      assertThat(of(text)).isEqualTo(text);
    }
    for (String text : colliding) {
      assertThat(of(text)).isEqualTo(text);
    }
  }
}
