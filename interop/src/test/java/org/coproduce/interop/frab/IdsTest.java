package org.coproduce.interop.frab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Camp2019-10386-opening_ceremony | camp2019-10386-opening-ceremony",
      "MJA8QY | mja8qy",
      "  --Hello,   World!--  | hello-world",
      "Café Über Straße | cafe-uber-stra-e",
      "rc3-channels-2020 | rc3-channels-2020",
      "ﬁle №5 | file-no5"})
  void makesValidIdsOfText(String text, String id) {
    assertThat(Ids.of(text)).hasValue(id);
  }

  @Test
  void makesNoIdOfTextWithoutAsciiLettersOrDigits() {
    assertThat(Ids.of("")).isEmpty();
    assertThat(Ids.of(" --- ")).isEmpty();
    assertThat(Ids.of("李雷")).isEmpty();
  }

  @Test
  void cutsLongTextToSixtyFourCharactersWithoutATrailingHyphen() {
    String id = Ids.of("a".repeat(63) + "_bcd").orElseThrow();
    assertThat(id).isEqualTo("a".repeat(63));
    assertThat(Ids.of("x".repeat(200))).hasValue("x".repeat(64));
    assertThat(Ids.of("ab-".repeat(40)).orElseThrow()).hasSizeLessThanOrEqualTo(64)
        .matches("[a-z0-9]+(-[a-z0-9]+)*");
  }

  @Test
  void keepsIdsUniqueWithinAScope() {
    Ids ids = new Ids();
    assertThat(ids.unique("talk")).isEqualTo("talk");
    assertThat(ids.unique("talk")).isEqualTo("talk-2");
    assertThat(ids.unique("talk")).isEqualTo("talk-3");
    assertThat(ids.unique("talk-2")).isEqualTo("talk-2-2");
    assertThat(new Ids().unique("talk")).isEqualTo("talk");
  }

  @Test
  void keepsUniqueIdsWithinSixtyFourCharacters() {
    Ids ids = new Ids();
    String longest = "a".repeat(62) + "-b";
    assertThat(ids.unique(longest)).isEqualTo(longest);
    assertThat(ids.unique(longest)).isEqualTo("a".repeat(62) + "-2");
    String hyphenAtCut = "a".repeat(61) + "-bc";
    assertThat(ids.unique(hyphenAtCut)).isEqualTo(hyphenAtCut);
    assertThat(ids.unique(hyphenAtCut)).isEqualTo("a".repeat(61) + "-2");
  }
}
