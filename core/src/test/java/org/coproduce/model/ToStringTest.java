package org.coproduce.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What {@code toString()} shows: the members in order, without absent or empty ones. */
class ToStringTest {
  @Test
  void leavesOutEmptyExtensionsAndAbsentOptionalMembers() {
    Strand strand = Strand.builder().id("s1").title("Housing").build();
    assertThat(strand).hasToString("Strand{id=s1, title=Housing}");
    assertThat(strand.withSummary("Homes for all"))
        .hasToString("Strand{id=s1, title=Housing, summary=Homes for all}");
  }

  @Test
  void showsExtensionsWhenThereAreSome() {
    Strand strand = Strand.builder().id("s1").title("Housing")
        .extensions(Extensions.builder().put("colour", "green").build()).build();
    assertThat(strand)
        .hasToString("Strand{id=s1, title=Housing, extensions=Extensions{colour=green}}");
  }

  @Test
  void showsListsAndNumbersAsTheyAre() {
    Coordinates here = Coordinates.builder().latitude(53.48).longitude(-2.24).build();
    assertThat(here).hasToString("Coordinates{latitude=53.48, longitude=-2.24}");
    Programme programme = Programme.builder().id("p").name("P").addTheme("housing")
        .addSdg(11).build();
    assertThat(programme.toString())
        .startsWith("Programme{id=p, name=P, leads=[], funders=[], themes=[housing], hashtags=[],"
            + " sdgs=[11], ")
        .doesNotContain("extensions=");
  }
}
