package org.coproduce.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.coproduce.json.ProgrammeJson;
import org.junit.jupiter.api.Test;

class TourTest {
  private final String report =
      Tour.report(RealisingJustCities.programme(), ProgrammeJson.create());

  @Test
  void reportStartsWithTheProgrammesName() {
    assertThat(report.lines().findFirst()).contains("Realising Just Cities");
  }

  @Test
  void reportListsConferencesInDateOrder() {
    String conferences = section("Conferences in date order");
    assertThat(conferences.indexOf("Cape Town (ZA)")).isNotNegative()
        .isLessThan(conferences.indexOf("Barcelona (ES)"));
    assertThat(conferences).contains("2018 ").contains("2018-11 ");
  }

  @Test
  void reportGivesTheSectorMixOfTheWorkshop() {
    assertThat(section("Sector mix")).contains("workshop \"Co-producing the city\": academic 2,"
        + " community 2");
  }

  @Test
  void reportNamesWhoTakesPartInBothConferences() {
    assertThat(section("Taking part in both conferences").strip())
        .isEqualTo("Katie Finney, David Rogerson");
  }

  @Test
  void reportNamesTheFourFacilitators() {
    assertThat(section("Facilitators of the workshop"))
        .contains("Beth Perry (UK lead, Realising Just Cities)", "Bertie Russell",
            "Alice Toomer-McAlpine", "Katie Finney");
  }

  @Test
  void reportQuotesBothSpeakers() {
    // The report wraps the words over several lines; compare them with the spaces normalised.
    String quotes = section("Quotes").replaceAll("\\s+", " ");
    assertThat(quotes)
        .contains(RealisingJustCities.BETH_PERRY_SAID, RealisingJustCities.KATIE_FINNEY_SAID);
  }

  @Test
  void reportNamesTheTravellersAndTheFunderOfTheBarcelonaVisit() {
    assertThat(section("Peer-learning visits"))
        .contains("to Barcelona (funded by Mistra)")
        .contains("travellers to Cape Town: David Rogerson, Katie Finney");
  }

  @Test
  void reportShowsSubOrganisationsAndAffiliates() {
    assertThat(section("Organisations"))
        .contains("sub-organisations: Jam and Justice Action Research Collective, GM Decides")
        .contains("affiliates: Alice Toomer-McAlpine, Katie Finney");
  }

  @Test
  void reportReadsItsOwnJsonBackEqual() {
    assertThat(section("JSON")).contains("read back equal to the original: yes");
  }

  /** The lines of the report's section whose title starts with the given text. */
  private String section(String title) {
    int start = report.indexOf("\n" + title);
    assertThat(start).as("section %s in%n%s", title, report).isNotNegative();
    int body = report.indexOf('\n', start + 1) + 1;
    int end = report.indexOf("\n\n", body);
    return end < 0 ? report.substring(body) : report.substring(body, end + 1);
  }
}
