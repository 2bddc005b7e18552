package org.coproduce.interop.schemaorg;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.coproduce.model.Affiliation;
import org.coproduce.model.Conference;
import org.coproduce.model.DateRange;
import org.coproduce.model.Organisation;
import org.coproduce.model.Participant;
import org.coproduce.model.Participation;
import org.coproduce.model.Place;
import org.coproduce.model.Programme;
import org.coproduce.model.Quote;
import org.coproduce.model.Role;
import org.coproduce.model.Session;
import org.coproduce.model.Source;
import org.coproduce.model.Strand;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Builds the JSON-LD tree of one programme, as {@link SchemaOrg} documents it. */
final class JsonLdBuilder {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The event properties, in the order they are written, and the roles each gathers. */
  private static final Map<String, List<Role>> ROLE_PROPERTIES = roleProperties();

  private final Programme programme;
  private final String base;

  JsonLdBuilder(Programme programme, String base) {
    this.programme = programme;
    this.base = base.isEmpty() || base.endsWith("/") || base.endsWith("#") || base.endsWith(":")
        ? base
        : base + "/";
  }

  private static Map<String, List<Role>> roleProperties() {
    Map<String, List<Role>> properties = new LinkedHashMap<>();
    properties.put("organizer", List.of(Role.ORGANISER));
    properties.put("performer", List.of(Role.SPEAKER));
    properties.put("contributor", List.of(Role.FACILITATOR));
    properties.put("attendee", List.of(Role.DELEGATE, Role.OBSERVER, Role.ATTENDEE));
    return properties;
  }

  ObjectNode build() {
    ObjectNode document = NODES.objectNode();
    document.put("@context", "https://schema.org");
    ArrayNode graph = document.putArray("@graph");
    graph.add(programme());
    programme.organisations().forEach(o -> graph.add(organisation(o)));
    programme.participants().forEach(p -> graph.add(person(p)));
    programme.conferences().forEach(c -> graph.add(conference(c)));
    programme.quotes().forEach(q -> graph.add(quote(q)));
    return document;
  }

  // ---- Nodes -------------------------------------------------------------------------------

  private ObjectNode programme() {
    ObjectNode node = node("ResearchProject", "programmes/" + programme.id());
    node.put("name", programme.name());
    programme.summary().ifPresent(s -> node.put("description", s));
    programme.period().ifPresent(period -> {
      node.put("foundingDate", period.start().toString());
      period.end().ifPresent(end -> node.put("dissolutionDate", end.toString()));
    });
    refs(node, "funder", "organisations/", programme.funders());
    refs(node, "parentOrganization", "organisations/", programme.leads());
    List<String> keywords = new ArrayList<>(programme.themes());
    programme.hashtags().forEach(tag -> keywords.add("#" + tag));
    texts(node, "keywords", keywords);
    refs(node, "event", "conferences/",
        programme.conferences().stream().map(Conference::id).toList());
    return node;
  }

  private ObjectNode organisation(Organisation organisation) {
    ObjectNode node = node("Organization", "organisations/" + organisation.id());
    node.put("name", organisation.name());
    organisation.shortName().ifPresent(s -> node.put("alternateName", s));
    organisation.parent().ifPresent(p -> node.set("parentOrganization", ref("organisations/" + p)));
    organisation.place().ifPresent(p -> node.set("location", place(p)));
    organisation.url().ifPresent(u -> node.put("url", u));
    return node;
  }

  private ObjectNode person(Participant participant) {
    ObjectNode node = node("Person", "participants/" + participant.id());
    node.put("name", participant.name());
    participant.url().ifPresent(u -> node.put("url", u));
    List<String> affiliations = new ArrayList<>();
    List<String> employers = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    for (Affiliation affiliation : participant.affiliations()) {
      affiliations.add(affiliation.organisation());
      affiliation.title().ifPresent(title -> {
        employers.add(affiliation.organisation());
        titles.add(title);
      });
    }
    refs(node, "affiliation", "organisations/", affiliations);
    refs(node, "worksFor", "organisations/", employers);
    texts(node, "jobTitle", titles);
    return node;
  }

  private ObjectNode conference(Conference conference) {
    String id = "conferences/" + conference.id();
    ObjectNode node = node("Event", id);
    node.put("name", conference.name());
    conference.summary().ifPresent(s -> node.put("description", s));
    conference.dates().ifPresent(dates -> dates(node, dates));
    conference.place().ifPresent(p -> node.set("location", place(p)));

    // Participations grouped by session once, "" for those of the conference as a whole.
    Map<String, List<Participation>> bySession = new HashMap<>();
    for (Participation participation : conference.participations()) {
      bySession.computeIfAbsent(participation.session().orElse(""), s -> new ArrayList<>())
          .add(participation);
    }
    List<String> hosts = new ArrayList<>();
    conference.hosts().forEach(host -> hosts.add("organisations/" + host));
    people(node, bySession.getOrDefault("", List.of()), hosts);

    ArrayNode about = NODES.arrayNode();
    for (Strand strand : conference.strands()) {
      ObjectNode term = node("DefinedTerm", id + "/strands/" + strand.id());
      term.put("name", strand.title());
      strand.summary().ifPresent(s -> term.put("description", s));
      about.add(term);
    }
    if (!about.isEmpty()) {
      node.set("about", about);
    }
    texts(node, "keywords", conference.themes());
    conference.url().ifPresent(u -> node.put("url", u));

    ArrayNode subEvents = NODES.arrayNode();
    for (Session session : conference.sessions()) {
      subEvents.add(session(conference, session,
          bySession.getOrDefault(session.id(), List.of())));
    }
    if (!subEvents.isEmpty()) {
      node.set("subEvent", subEvents);
    }
    return node;
  }

  private ObjectNode session(
      Conference conference, Session session, List<Participation> participations) {
    String conferenceId = "conferences/" + conference.id();
    ObjectNode node = node("Event", conferenceId + "/sessions/" + session.id());
    node.put("name", session.title());
    session.summary().ifPresent(s -> node.put("description", s));
    session.date().ifPresent(d -> node.put("startDate", d.toString()));
    session.strand().ifPresent(strand -> {
      ArrayNode about = node.putArray("about");
      about.add(ref(conferenceId + "/strands/" + strand));
    });
    node.putArray("keywords").add(session.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    people(node, participations, List.of());
    return node;
  }

  private ObjectNode quote(Quote quote) {
    ObjectNode node = node("Quotation", "quotes/" + quote.id());
    node.put("text", quote.text());
    node.set("spokenByCharacter", ref("participants/" + quote.speaker()));
    node.set("creator", ref("participants/" + quote.speaker()));
    quote.language().ifPresent(l -> node.put("inLanguage", l));
    quote.said().ifPresent(d -> node.put("dateCreated", d.toString()));
    quote.conference().ifPresent(c -> node.set("about", ref("conferences/" + c)));
    quote.source().ifPresent(s -> node.set("isPartOf", source(s)));
    return node;
  }

  // ---- Values ------------------------------------------------------------------------------

  private static ObjectNode source(Source source) {
    ObjectNode node = NODES.objectNode();
    node.put("@type", "CreativeWork");
    node.put("name", source.title());
    source.publisher().ifPresent(p -> {
      ObjectNode publisher = node.putObject("publisher");
      publisher.put("@type", "Organization");
      publisher.put("name", p);
    });
    source.url().ifPresent(u -> node.put("url", u));
    source.published().ifPresent(d -> node.put("datePublished", d.toString()));
    return node;
  }

  private static ObjectNode place(Place place) {
    ObjectNode node = NODES.objectNode();
    node.put("@type", "Place");
    node.put("name", place.name());
    ObjectNode address = node.putObject("address");
    address.put("@type", "PostalAddress");
    address.put("addressLocality", place.name());
    place.region().ifPresent(r -> address.put("addressRegion", r));
    address.put("addressCountry", place.country());
    place.coordinates().ifPresent(c -> {
      ObjectNode geo = node.putObject("geo");
      geo.put("@type", "GeoCoordinates");
      geo.put("latitude", c.latitude());
      geo.put("longitude", c.longitude());
    });
    return node;
  }

  private static void dates(ObjectNode node, DateRange dates) {
    node.put("startDate", dates.start().toString());
    dates.end().ifPresent(end -> node.put("endDate", end.toString()));
  }

  /**
   * The people of an event by role; {@code organizers} (paths of organisations) come first in
   * {@code organizer}. A person is listed once per property, whichever roles brought them there.
   */
  private void people(
      ObjectNode node, List<Participation> participations, List<String> organizers) {
    for (Map.Entry<String, List<Role>> property : ROLE_PROPERTIES.entrySet()) {
      Set<String> paths = new LinkedHashSet<>();
      if (property.getKey().equals("organizer")) {
        paths.addAll(organizers);
      }
      for (Participation participation : participations) {
        if (property.getValue().contains(participation.role())) {
          paths.add("participants/" + participation.participant());
        }
      }
      if (!paths.isEmpty()) {
        ArrayNode array = node.putArray(property.getKey());
        paths.forEach(path -> array.add(ref(path)));
      }
    }
  }

  private ObjectNode node(String type, String path) {
    ObjectNode node = NODES.objectNode();
    node.put("@type", type);
    node.put("@id", base + path);
    return node;
  }

  private ObjectNode ref(String path) {
    ObjectNode node = NODES.objectNode();
    node.put("@id", base + path);
    return node;
  }

  /** References to the nodes at {@code prefix + id}, each once; nothing if there is none. */
  private void refs(ObjectNode node, String property, String prefix, List<String> ids) {
    if (!ids.isEmpty()) {
      ArrayNode array = node.putArray(property);
      new LinkedHashSet<>(ids).forEach(id -> array.add(ref(prefix + id)));
    }
  }

  /** Texts, each once; nothing if there is none. */
  private static void texts(ObjectNode node, String property, List<String> texts) {
    if (!texts.isEmpty()) {
      ArrayNode array = node.putArray(property);
      new LinkedHashSet<>(texts).forEach(array::add);
    }
  }
}
