package org.coproduce.interop.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.coproduce.model.Affiliation;
import org.coproduce.model.Conference;
import org.coproduce.model.Coordinates;
import org.coproduce.model.DateRange;
import org.coproduce.model.Organisation;
import org.coproduce.model.PartialDate;
import org.coproduce.model.Participant;
import org.coproduce.model.Participation;
import org.coproduce.model.Place;
import org.coproduce.model.Programme;
import org.coproduce.model.Quote;
import org.coproduce.model.Role;
import org.coproduce.model.Sector;
import org.coproduce.model.Session;
import org.coproduce.model.SessionKind;
import org.coproduce.model.Source;
import org.coproduce.model.Strand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class SchemaOrgTest {
  private static final URI BASE = URI.create("https://rjc.example.org/");

  private static Programme.Builder minimal() {
    return Programme.builder().id("p").name("P")
        .addOrganisation(Organisation.builder().id("o").name("O").sector(Sector.PUBLIC).build())
        .addParticipant(Participant.builder().id("x").name("X").build());
  }

  private static JsonNode node(Programme programme, String id) {
    for (JsonNode node : SchemaOrg.tree(programme, BASE).get("@graph")) {
      if (node.get("@id").stringValue().equals(BASE + id)) {
        return node;
      }
    }
    throw new AssertionError("no node " + id);
  }

  private static JsonNode ref(String path) {
    return JsonMapper.builder().build().createObjectNode().put("@id", BASE + path);
  }

  private static List<String> ids(JsonNode array) {
    List<String> ids = new ArrayList<>();
    array.forEach(n -> ids.add(n.get("@id").stringValue().substring(BASE.toString().length())));
    return ids;
  }

  @Test
  void startsWithTheSchemaOrgContextAndAGraph() {
    ObjectNode tree = SchemaOrg.tree(minimal().build(), BASE);
    assertThat(tree.propertyNames()).containsExactly("@context", "@graph");
    assertThat(tree.get("@context").stringValue()).isEqualTo("https://schema.org");
    assertThat(tree.get("@graph")).extracting(n -> n.get("@type").stringValue())
        .containsExactly("ResearchProject", "Organization", "Person");
  }

  @ParameterizedTest
  @CsvSource({
      "https://rjc.example.org/, https://rjc.example.org/organisations/o",
      "https://rjc.example.org, https://rjc.example.org/organisations/o",
      "https://rjc.example.org/data#, https://rjc.example.org/data#organisations/o",
      "urn:rjc:, urn:rjc:organisations/o",
      "#, #organisations/o"})
  void derivesIdsFromTheBase(String base, String id) {
    JsonNode organisation = SchemaOrg.tree(minimal().build(), URI.create(base)).get("@graph").get(1);
    assertThat(organisation.get("@id").stringValue()).isEqualTo(id);
  }

  @Test
  void makesIdsRelativeToTheDocumentByDefaultOrForAnEmptyBase() {
    assertThat(SchemaOrg.jsonLd(minimal().build())).contains("\"@id\": \"#organisations/o\"");
    assertThat(SchemaOrg.tree(minimal().build(), URI.create("")).get("@graph").get(1).get("@id")
        .stringValue()).isEqualTo("organisations/o");
  }

  @Test
  void mapsTheProgrammeToAResearchProject() {
    Programme programme = minimal()
        .summary("About P")
        .period(DateRange.of(PartialDate.ofYear(2016), PartialDate.ofMonth(2019, 12)))
        .addOrganisation(Organisation.builder().id("f").name("F").sector(Sector.VOLUNTARY).build())
        .addLead("o").addFunder("f").addTheme("co-production").addHashtag("CoProduceGM")
        .addConference(Conference.builder().id("c").name("C").build())
        .build();
    JsonNode project = node(programme, "programmes/p");
    assertThat(project.get("@type").stringValue()).isEqualTo("ResearchProject");
    assertThat(project.get("name").stringValue()).isEqualTo("P");
    assertThat(project.get("description").stringValue()).isEqualTo("About P");
    assertThat(project.get("foundingDate").stringValue()).isEqualTo("2016");
    assertThat(project.get("dissolutionDate").stringValue()).isEqualTo("2019-12");
    assertThat(ids(project.get("funder"))).containsExactly("organisations/f");
    assertThat(ids(project.get("parentOrganization"))).containsExactly("organisations/o");
    assertThat(project.get("keywords")).extracting(JsonNode::stringValue)
        .containsExactly("co-production", "#CoProduceGM");
    assertThat(ids(project.get("event"))).containsExactly("conferences/c");
  }

  @Test
  void mapsOrganisationsWithTheirParentAndPlace() {
    Programme programme = minimal()
        .addOrganisation(Organisation.builder().id("child").name("Child Organisation")
            .shortName("CO").sector(Sector.ACADEMIC).parent("o").url("https://child.example.org/")
            .place(Place.builder().name("Cape Town").region("Western Cape").country("ZA")
                .coordinates(Coordinates.builder().latitude(-33.925).longitude(18.424).build())
                .build())
            .build())
        .build();
    JsonNode organisation = node(programme, "organisations/child");
    assertThat(organisation.get("@type").stringValue()).isEqualTo("Organization");
    assertThat(organisation.get("name").stringValue()).isEqualTo("Child Organisation");
    assertThat(organisation.get("alternateName").stringValue()).isEqualTo("CO");
    assertThat(organisation.get("parentOrganization")).isEqualTo(ref("organisations/o"));
    assertThat(organisation.get("url").stringValue()).isEqualTo("https://child.example.org/");
    JsonNode place = organisation.get("location");
    assertThat(place.get("@type").stringValue()).isEqualTo("Place");
    assertThat(place.get("name").stringValue()).isEqualTo("Cape Town");
    assertThat(place.at("/address/@type").stringValue()).isEqualTo("PostalAddress");
    assertThat(place.at("/address/addressLocality").stringValue()).isEqualTo("Cape Town");
    assertThat(place.at("/address/addressRegion").stringValue()).isEqualTo("Western Cape");
    assertThat(place.at("/address/addressCountry").stringValue()).isEqualTo("ZA");
    assertThat(place.at("/geo/@type").stringValue()).isEqualTo("GeoCoordinates");
    assertThat(place.at("/geo/latitude").doubleValue()).isEqualTo(-33.925);
    assertThat(place.at("/geo/longitude").doubleValue()).isEqualTo(18.424);
  }

  @Test
  void leavesOutWhatAPlaceDoesNotHave() {
    Programme programme = minimal()
        .addConference(Conference.builder().id("c").name("C")
            .place(Place.builder().name("Barcelona").country("ES").build()).build())
        .build();
    JsonNode place = node(programme, "conferences/c").get("location");
    assertThat(place.propertyNames()).containsExactly("@type", "name", "address");
    assertThat(place.get("address").propertyNames())
        .containsExactly("@type", "addressLocality", "addressCountry");
  }

  @Test
  void mapsAffiliationsToAffiliationAndTitledOnesToWorksForAndJobTitle() {
    Programme programme = minimal()
        .addOrganisation(Organisation.builder().id("u").name("U").sector(Sector.ACADEMIC).build())
        .addParticipant(Participant.builder().id("beth").name("Beth").url("https://beth.example/")
            .addAffiliation(Affiliation.builder().organisation("o").title("UK lead").build())
            .addAffiliation(Affiliation.builder().organisation("u").build())
            .build())
        .build();
    JsonNode person = node(programme, "participants/beth");
    assertThat(person.get("@type").stringValue()).isEqualTo("Person");
    assertThat(person.get("name").stringValue()).isEqualTo("Beth");
    assertThat(person.get("url").stringValue()).isEqualTo("https://beth.example/");
    assertThat(ids(person.get("affiliation"))).containsExactly("organisations/o", "organisations/u");
    assertThat(ids(person.get("worksFor"))).containsExactly("organisations/o");
    assertThat(person.get("jobTitle")).extracting(JsonNode::stringValue).containsExactly("UK lead");
    assertThat(node(programme, "participants/x").propertyNames())
        .containsExactly("@type", "@id", "name");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2018 | | 2018 | ",
      "2018-11 | | 2018-11 | ",
      "2018-11-20 | 2018-11-23 | 2018-11-20 | 2018-11-23",
      "2018 | 2019-03 | 2018 | 2019-03"})
  void writesConferenceDatesInTheirOwnPrecision(
      String start, String end, String startDate, String endDate) {
    DateRange dates = end == null ? DateRange.of(PartialDate.parse(start))
        : DateRange.of(PartialDate.parse(start), PartialDate.parse(end));
    JsonNode event = node(minimal()
        .addConference(Conference.builder().id("c").name("C").dates(dates).build()).build(),
        "conferences/c");
    assertThat(event.get("startDate").stringValue()).isEqualTo(startDate);
    if (endDate == null) {
      assertThat(event.has("endDate")).isFalse();
    } else {
      assertThat(event.get("endDate").stringValue()).isEqualTo(endDate);
    }
  }

  private static Programme conferenceWithEveryRole() {
    Programme.Builder builder = minimal()
        .addOrganisation(Organisation.builder().id("host").name("Host").sector(Sector.PUBLIC).build());
    for (Role role : Role.values()) {
      String id = role.name().toLowerCase(java.util.Locale.ROOT);
      builder.addParticipant(Participant.builder().id(id).name(id).build());
    }
    Conference.Builder conference = Conference.builder().id("c").name("Conference")
        .summary("What it is").addHost("host").addTheme("democracy").url("https://c.example/")
        .dates(DateRange.of(PartialDate.ofMonth(2018, 11)))
        .addStrand(Strand.builder().id("s").title("Direct democracy").summary("Votes").build())
        .addSession(Session.builder().id("w").title("Workshop").kind(SessionKind.FIELD_TRIP)
            .strand("s").date(PartialDate.ofDay(2018, 11, 24)).summary("Walk").build());
    for (Role role : Role.values()) {
      String id = role.name().toLowerCase(java.util.Locale.ROOT);
      conference.addParticipation(Participation.builder().participant(id).role(role).build());
      conference.addParticipation(
          Participation.builder().participant(id).role(role).session("w").build());
    }
    // One person in two roles that meet in one property is listed there once.
    conference.addParticipation(
        Participation.builder().participant("observer").role(Role.ATTENDEE).build());
    return builder.addConference(conference.build()).build();
  }

  @Test
  void mapsParticipationsOfTheConferenceByRole() {
    JsonNode event = node(conferenceWithEveryRole(), "conferences/c");
    assertThat(ids(event.get("organizer")))
        .containsExactly("organisations/host", "participants/organiser");
    assertThat(ids(event.get("performer"))).containsExactly("participants/speaker");
    assertThat(ids(event.get("contributor"))).containsExactly("participants/facilitator");
    assertThat(ids(event.get("attendee"))).containsExactly(
        "participants/delegate", "participants/observer", "participants/attendee");
  }

  @Test
  void mapsSessionsToSubEventsWithTheirOwnParticipations() {
    JsonNode event = node(conferenceWithEveryRole(), "conferences/c");
    assertThat(event.get("subEvent")).hasSize(1);
    JsonNode session = event.get("subEvent").get(0);
    assertThat(session.get("@type").stringValue()).isEqualTo("Event");
    assertThat(session.get("@id").stringValue()).isEqualTo(BASE + "conferences/c/sessions/w");
    assertThat(session.get("name").stringValue()).isEqualTo("Workshop");
    assertThat(session.get("description").stringValue()).isEqualTo("Walk");
    assertThat(session.get("startDate").stringValue()).isEqualTo("2018-11-24");
    assertThat(ids(session.get("about"))).containsExactly("conferences/c/strands/s");
    assertThat(session.get("keywords")).extracting(JsonNode::stringValue)
        .containsExactly("field trip");
    assertThat(ids(session.get("organizer"))).containsExactly("participants/organiser");
    assertThat(ids(session.get("performer"))).containsExactly("participants/speaker");
    assertThat(ids(session.get("contributor"))).containsExactly("participants/facilitator");
    assertThat(ids(session.get("attendee"))).containsExactly(
        "participants/delegate", "participants/observer", "participants/attendee");
  }

  @Test
  void mapsConferencesToEventsWithStrandsAsAbout() {
    JsonNode event = node(conferenceWithEveryRole(), "conferences/c");
    assertThat(event.propertyNames()).containsExactly("@type", "@id", "name", "description",
        "startDate", "organizer", "performer", "contributor",
        "attendee", "about", "keywords", "url", "subEvent");
    JsonNode strand = event.get("about").get(0);
    assertThat(strand.get("@type").stringValue()).isEqualTo("DefinedTerm");
    assertThat(strand.get("@id").stringValue()).isEqualTo(BASE + "conferences/c/strands/s");
    assertThat(strand.get("name").stringValue()).isEqualTo("Direct democracy");
    assertThat(strand.get("description").stringValue()).isEqualTo("Votes");
    assertThat(event.get("keywords")).extracting(JsonNode::stringValue).containsExactly("democracy");
    assertThat(event.get("url").stringValue()).isEqualTo("https://c.example/");
  }

  @Test
  void mapsQuotesToQuotationsAttributedToTheirPerson() {
    Programme programme = minimal()
        .addConference(Conference.builder().id("c").name("C").build())
        .addQuote(Quote.builder().id("q").speaker("x").text("  Exactly  as said ").language("en-GB")
            .said(PartialDate.ofMonth(2018, 11)).conference("c")
            .source(Source.builder().title("A news article").publisher("A publisher")
                .url("https://news.example/article").published(PartialDate.ofDay(2018, 11, 2))
                .build())
            .build())
        .build();
    JsonNode quote = node(programme, "quotes/q");
    assertThat(quote.get("@type").stringValue()).isEqualTo("Quotation");
    assertThat(quote.get("text").stringValue()).isEqualTo("  Exactly  as said ");
    assertThat(quote.get("spokenByCharacter")).isEqualTo(ref("participants/x"));
    assertThat(quote.get("creator")).isEqualTo(ref("participants/x"));
    assertThat(quote.get("inLanguage").stringValue()).isEqualTo("en-GB");
    assertThat(quote.get("dateCreated").stringValue()).isEqualTo("2018-11");
    assertThat(quote.get("about")).isEqualTo(ref("conferences/c"));
    JsonNode source = quote.get("isPartOf");
    assertThat(source.get("@type").stringValue()).isEqualTo("CreativeWork");
    assertThat(source.get("name").stringValue()).isEqualTo("A news article");
    assertThat(source.at("/publisher/@type").stringValue()).isEqualTo("Organization");
    assertThat(source.at("/publisher/name").stringValue()).isEqualTo("A publisher");
    assertThat(source.get("url").stringValue()).isEqualTo("https://news.example/article");
    assertThat(source.get("datePublished").stringValue()).isEqualTo("2018-11-02");
  }

  @Test
  void writesTheSameTextForTheSameProgrammeAndBase() {
    Programme programme = conferenceWithEveryRole();
    assertThat(SchemaOrg.jsonLd(programme, BASE)).isEqualTo(SchemaOrg.jsonLd(programme, BASE))
        .isEqualTo(SchemaOrg.jsonLd(Programme.builder().from(programme).build(), BASE));
  }

  @Test
  void givesEachCallItsOwnTree() {
    Programme programme = minimal().build();
    ObjectNode tree = SchemaOrg.tree(programme, BASE);
    tree.put("extra", true);
    assertThat(SchemaOrg.tree(programme, BASE).has("extra")).isFalse();
  }

  @Test
  void refusesNullArguments() {
    assertThatThrownBy(() -> SchemaOrg.jsonLd(null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("programme must not be null");
    assertThatThrownBy(() -> SchemaOrg.jsonLd(minimal().build(), null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("base must not be null");
  }
}
