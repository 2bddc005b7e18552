package org.coproduce.interop.frab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {
  @Test
  void removesTagsAndEndsLinesAtBlockTags() {
    assertThat(Texts.plain("<p>One <b>bold</b> line.</p><p>Two<br/>lines</p>"))
        .isEqualTo("One bold line.\n\nTwo\nlines");
    assertThat(Texts.plain("<ul><li>a</li><li>b</li></ul>")).isEqualTo("a\nb");
  }

  @Test
  void removesScriptsStylesAndComments() {
    assertThat(Texts.plain("a<script type=\"x\">alert(1)</script>b<style>p{}</style>c<!-- no -->d"))
        .isEqualTo("abcd");
  }

  @Test
  void leavesTextThatOnlyLooksLikeComparisonsAlone() {
    assertThat(Texts.plain("if a < b and c > d")).isEqualTo("if a < b and c > d");
    assertThat(Texts.plain("1 <2")).isEqualTo("1 <2");
  }

  @Test
  void decodesCharacterReferences() {
    assertThat(Texts.plain("Tom &amp; Jerry &lt;3 &#8364; &#x1F600; &eacute; &#0; &#xD800;"))
        .isEqualTo("Tom & Jerry <3 € \uD83D\uDE00 &eacute; &#0; &#xD800;");
  }

  @Test
  void unifiesLineEndsAndTrims() {
    assertThat(Texts.plain("  a  \r\nb\r\r\n\n\n\nc  ")).isEqualTo("a\nb\n\nc");
  }

  @Test
  void keepsMarkdownAsItIs() {
    String markdown = "A [link](https://gluon.readthedocs.io/) and *emphasis*";
    assertThat(Texts.plain(markdown)).isEqualTo(markdown);
  }

  @Test
  void repairsUnpairedSurrogatesOnly() {
    assertThat(Texts.repairUnicode("a\uD800b\uDC00c")).isEqualTo("a\uFFFDb\uFFFDc");
    assertThat(Texts.repairUnicode("\uD83D\uDE00")).isEqualTo("\uD83D\uDE00");
    assertThat(Texts.repairUnicode("x\uD83D")).isEqualTo("x\uFFFD");
    assertThat(Texts.hasBrokenUnicode("ok \uD83D\uDE00")).isFalse();
  }
}
