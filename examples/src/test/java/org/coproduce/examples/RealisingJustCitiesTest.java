package org.coproduce.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.examples.RealisingJustCities.ACTION_RESEARCH_COLLECTIVE;
import static org.coproduce.examples.RealisingJustCities.ALICE_TOOMER_MCALPINE;
import static org.coproduce.examples.RealisingJustCities.BARCELONA;
import static org.coproduce.examples.RealisingJustCities.BERTIE_RUSSELL;
import static org.coproduce.examples.RealisingJustCities.BETH_PERRY;
import static org.coproduce.examples.RealisingJustCities.CAPE_TOWN;
import static org.coproduce.examples.RealisingJustCities.DAVID_ROGERSON;
import static org.coproduce.examples.RealisingJustCities.FIELD_TRIPS;
import static org.coproduce.examples.RealisingJustCities.GMCA;
import static org.coproduce.examples.RealisingJustCities.JAM_AND_JUSTICE;
import static org.coproduce.examples.RealisingJustCities.KATIE_FINNEY;
import static org.coproduce.examples.RealisingJustCities.MISTRA;
import static org.coproduce.examples.RealisingJustCities.WORKSHOP;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import org.coproduce.json.ProgrammeJson;
import org.coproduce.model.Conference;
import org.coproduce.model.PartialDate;
import org.coproduce.model.Participant;
import org.coproduce.model.Participation;
import org.coproduce.model.Programme;
import org.coproduce.model.Quote;
import org.coproduce.model.Role;
import org.coproduce.model.SessionKind;
import org.coproduce.model.Strand;
import org.coproduce.model.Visit;
import org.junit.jupiter.api.Test;

class RealisingJustCitiesTest {
  private final Programme programme = RealisingJustCities.programme();

  static Programme readShippedDocument(ProgrammeJson json) throws IOException {
    try (InputStream in =
        RealisingJustCities.class.getResourceAsStream("/realising-just-cities.json")) {
      assertThat(in).as("the shipped document").isNotNull();
      return json.read(in);
    }
  }

  @Test
  void shippedDocumentIsTheBuiltProgramme() throws IOException {
    assertThat(readShippedDocument(ProgrammeJson.create())).isEqualTo(programme);
  }

  @Test
  void shippedDocumentUsesOnlyMembersOfFormat10() throws IOException {
    // A strict reader refuses every member it does not know; the example must pass it.
    assertThat(readShippedDocument(ProgrammeJson.builder().strict(true).build()))
        .isEqualTo(programme);
  }

  @Test
  void namesItsLeadFunderThemeAndHashtag() {
    assertThat(programme.name()).isEqualTo("Realising Just Cities");
    assertThat(programme.leads()).singleElement()
        .satisfies(id -> assertThat(programme.organisation(id).orElseThrow().name())
            .isEqualTo("Mistra Urban Futures"));
    assertThat(programme.funders()).containsExactly(MISTRA);
    assertThat(programme.organisation(MISTRA).orElseThrow().name()).isEqualTo("Mistra");
    assertThat(programme.themes()).containsExactly("co-production");
    assertThat(programme.hashtags()).containsExactly("CoProduceGM");
  }

  @Test
  void conferencesHaveTheirPlacesAndOnlyTheDatePrecisionTheArticleGives() {
    Conference capeTown = programme.conference(CAPE_TOWN).orElseThrow();
    assertThat(capeTown.place().orElseThrow().name()).isEqualTo("Cape Town");
    assertThat(capeTown.place().orElseThrow().country()).isEqualTo("ZA");
    assertThat(capeTown.dates().orElseThrow().start()).isEqualTo(PartialDate.ofYear(2018));
    assertThat(capeTown.dates().orElseThrow().end()).isEmpty();
    assertThat(capeTown.themes()).containsExactly("co-production");
    assertThat(capeTown.session(FIELD_TRIPS).orElseThrow().kind())
        .isEqualTo(SessionKind.FIELD_TRIP);

    Conference barcelona = programme.conference(BARCELONA).orElseThrow();
    assertThat(barcelona.place().orElseThrow().name()).isEqualTo("Barcelona");
    assertThat(barcelona.place().orElseThrow().country()).isEqualTo("ES");
    assertThat(barcelona.dates().orElseThrow().start()).isEqualTo(PartialDate.ofMonth(2018, 11));
    assertThat(barcelona.dates().orElseThrow().end()).isEmpty();
    assertThat(barcelona.strands()).extracting(Strand::title).containsExactly(
        "Direct democracy", "Citizen initiative", "Ecosystems of inclusive democracy");

    assertThat(programme.conferencesByDate()).extracting(Conference::id)
        .containsExactly(CAPE_TOWN, BARCELONA);
  }

  @Test
  void workshopHasItsFourFacilitators() {
    assertThat(programme.conference(BARCELONA).orElseThrow().session(WORKSHOP).orElseThrow().kind())
        .isEqualTo(SessionKind.WORKSHOP);
    assertThat(programme.facilitatorsOf(BARCELONA, WORKSHOP)).extracting(Participant::id)
        .containsExactly(BETH_PERRY, BERTIE_RUSSELL, ALICE_TOOMER_MCALPINE, KATIE_FINNEY);
  }

  @Test
  void davidRogersonObservesBothConferencesForTheGmca() {
    assertThat(programme.rolesOf(DAVID_ROGERSON))
        .containsExactly(
            java.util.Map.entry(CAPE_TOWN, Set.of(Role.OBSERVER)),
            java.util.Map.entry(BARCELONA, Set.of(Role.OBSERVER)));
    Participant david = programme.participant(DAVID_ROGERSON).orElseThrow();
    assertThat(david.affiliations()).singleElement().satisfies(affiliation -> {
      assertThat(affiliation.organisation()).isEqualTo(GMCA);
      assertThat(affiliation.title()).contains("Strategist");
    });
    assertThat(programme.organisation(GMCA).orElseThrow().shortName()).contains("GMCA");
    assertThat(programme.participantsInAll(CAPE_TOWN, BARCELONA)).extracting(Participant::id)
        .contains(DAVID_ROGERSON);
  }

  @Test
  void katieFinneyRepresentsTheCollectiveInCapeTownAndFacilitatesInBarcelona() {
    Participation inCapeTown = programme.conference(CAPE_TOWN).orElseThrow().participations()
        .stream().filter(p -> p.participant().equals(KATIE_FINNEY)).findFirst().orElseThrow();
    assertThat(inCapeTown.role()).isEqualTo(Role.DELEGATE);
    assertThat(inCapeTown.representing()).contains(ACTION_RESEARCH_COLLECTIVE);
    assertThat(programme.organisation(ACTION_RESEARCH_COLLECTIVE).orElseThrow().parent())
        .contains(JAM_AND_JUSTICE);
    assertThat(programme.rolesOf(KATIE_FINNEY).get(BARCELONA)).containsExactly(Role.FACILITATOR);
  }

  @Test
  void twoVisitsFromGreaterManchesterOneToEachConference() {
    assertThat(programme.visits()).hasSize(2).allSatisfy(visit -> {
      assertThat(visit.origin().orElseThrow().name()).isEqualTo("Greater Manchester");
      assertThat(visit.origin().orElseThrow().country()).isEqualTo("GB");
    });
    assertThat(programme.visitsTo(CAPE_TOWN)).singleElement()
        .satisfies(visit -> assertThat(visit.funders()).isEmpty());
    assertThat(programme.visitsTo(BARCELONA)).singleElement()
        .extracting(Visit::funders).isEqualTo(List.of(MISTRA));
    assertThat(programme.travellersTo(CAPE_TOWN)).extracting(Participant::id)
        .contains(DAVID_ROGERSON);
    assertThat(programme.travellersTo(BARCELONA)).extracting(Participant::id)
        .contains(DAVID_ROGERSON);
  }

  @Test
  void quotesAreAttributedToTheirSpeakers() {
    assertThat(programme.quotesBy(BETH_PERRY)).extracting(Quote::text)
        .containsExactly(RealisingJustCities.BETH_PERRY_SAID);
    assertThat(programme.quotesBy(KATIE_FINNEY)).extracting(Quote::text)
        .containsExactly(RealisingJustCities.KATIE_FINNEY_SAID);
    assertThat(programme.participant(BETH_PERRY).orElseThrow().affiliations().get(0).title())
        .contains("UK lead");
  }

  @Test
  void quotesAreTheArticlesWordsVerbatim() throws IOException {
    // The article sits beside the corpora in the shared folder, which users of the project lack.
    String corpora = System.getProperty("coproduce.corpora", "");
    Path article = corpora.isEmpty() ? Paths.get("absent")
        : Paths.get(corpora).resolveSibling("seed").resolve("realising-just-cities-article.txt");
    assumeTrue(Files.isRegularFile(article),
        "SKIPPED LOUDLY: the reference article is not at " + article.toAbsolutePath());
    String text = Files.readString(article, StandardCharsets.UTF_8);
    for (Quote quote : programme.quotes()) {
      assertThat(text).as("quote %s", quote.id()).contains("\u201c" + quote.text() + "\u201d");
    }
  }
}
