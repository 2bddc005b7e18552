package org.coproduce.interop.schemaorg;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.function.Function;
import org.coproduce.model.Affiliation;
import org.coproduce.model.Conference;
import org.coproduce.model.DateRange;
import org.coproduce.model.Organisation;
import org.coproduce.model.Output;
import org.coproduce.model.OutputKind;
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

  /** The schema.org type of each kind of output. */
  private static final Map<OutputKind, String> OUTPUT_TYPES = outputTypes();

  private final Programme programme;
  private final String base;
  /** The language of the programme's text, where it says. */
  private final Optional<String> language;
  /** The conference each visit went to, by the visit's id. */
  private final Map<String, String> visitedConference = new HashMap<>();

  JsonLdBuilder(Programme programme, String base) {
    this.programme = programme;
    this.base = base.isEmpty() || base.endsWith("/") || base.endsWith("#") || base.endsWith(":")
        ? base
        : base + "/";
    this.language = programme.language();
    if (!programme.outputs().isEmpty()) {
      programme.visits().forEach(v -> visitedConference.putIfAbsent(v.id(), v.conference()));
    }
  }

  private static Map<OutputKind, String> outputTypes() {
    Map<OutputKind, String> types = new HashMap<>();
    types.put(OutputKind.REPORT, "Report");
    types.put(OutputKind.ARTICLE, "Article");
    types.put(OutputKind.BLOG_POST, "BlogPosting");
    types.put(OutputKind.SOCIAL_POST, "SocialMediaPosting");
    types.put(OutputKind.PRESENTATION, "PresentationDigitalDocument");
    types.put(OutputKind.VIDEO, "VideoObject");
    types.put(OutputKind.PODCAST, "PodcastEpisode");
    types.put(OutputKind.DATASET, "Dataset");
    for (OutputKind kind : OutputKind.values()) {
      types.putIfAbsent(kind, "CreativeWork"); // a toolkit, or another kind
    }
    return types;
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
    programme.outputs().forEach(o -> graph.add(output(o)));
    return document;
  }

  // ---- Nodes -------------------------------------------------------------------------------

  private ObjectNode programme() {
    ObjectNode node = node("ResearchProject", "programmes/" + programme.id());
    text(node, "name", Optional.of(programme.name()), language, programme.translations(),
        t -> t.name());
    text(node, "description", programme.summary(), language, programme.translations(),
        t -> t.summary());
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
    text(node, "name", Optional.of(organisation.name()), language, organisation.translations(),
        t -> t.name());
    text(node, "alternateName", organisation.shortName(), language, organisation.translations(),
        t -> t.shortName());
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
    text(node, "name", Optional.of(conference.name()), language, conference.translations(),
        t -> t.name());
    text(node, "description", conference.summary(), language, conference.translations(),
        t -> t.summary());
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
      text(term, "name", Optional.of(strand.title()), language, strand.translations(),
          t -> t.title());
      text(term, "description", strand.summary(), language, strand.translations(),
          t -> t.summary());
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
    text(node, "name", Optional.of(session.title()), language, session.translations(),
        t -> t.title());
    text(node, "description", session.summary(), language, session.translations(),
        t -> t.summary());
    session.date().ifPresent(d -> node.put("startDate", d.toString()));
    session.strand().ifPresent(strand -> {
      ArrayNode about = node.putArray("about");
      about.add(ref(conferenceId + "/strands/" + strand));
    });
    node.putArray("keywords").add(session.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    session.language().ifPresent(l -> node.put("inLanguage", l));
    people(node, participations, List.of());
    return node;
  }

  private ObjectNode quote(Quote quote) {
    ObjectNode node = node("Quotation", "quotes/" + quote.id());
    Optional<String> own = quote.language().or(() -> language);
    text(node, "text", Optional.of(quote.text()), own, quote.translations(), t -> t.text());
    node.set("spokenByCharacter", ref("participants/" + quote.speaker()));
    node.set("creator", ref("participants/" + quote.speaker()));
    own.ifPresent(l -> node.put("inLanguage", l));
    quote.said().ifPresent(d -> node.put("dateCreated", d.toString()));
    quote.conference().ifPresent(c -> node.set("about", ref("conferences/" + c)));
    quote.source().ifPresent(s -> node.set("isPartOf", source(s)));
    return node;
  }

  private ObjectNode output(Output output) {
    ObjectNode node = node(OUTPUT_TYPES.get(output.kind()), "outputs/" + output.id());
    Optional<String> own = output.language().or(() -> language);
    text(node, "name", Optional.of(output.title()), own, output.translations(), t -> t.title());
    text(node, "description", output.summary(), own, output.translations(), t -> t.summary());
    refs(node, "author", "participants/", output.authors());
    refs(node, "sourceOrganization", "organisations/", output.organisations());
    node.set("producer", ref("programmes/" + programme.id()));
    // The events it is about: its conferences, then the conferences its visits went to.
    List<String> events = new ArrayList<>(output.conferences());
    output.visits().forEach(v -> events.add(visitedConference.get(v)));
    refs(node, "about", "conferences/", events);
    output.published().ifPresent(d -> node.put("datePublished", d.toString()));
    own.ifPresent(l -> node.put("inLanguage", l));
    output.url().ifPresent(u -> node.put("url", u));
    return node;
  }

  // ---- Values ------------------------------------------------------------------------------

  /**
   * A text property: the original alone where no translation gives it; else the original and its
   * translations as language-tagged values ({@code {"@value": ..., "@language": ...}}), the
   * original first and tagged where its language is known.
   */
  private static <T> void text(ObjectNode node, String property, Optional<String> original,
      Optional<String> originalLanguage, Map<String, T> translations,
      Function<T, Optional<String>> member) {
    if (original.isEmpty()) {
      return;
    }
    ArrayNode values = NODES.arrayNode();
    translations.forEach((tag, translation) -> member.apply(translation)
        .ifPresent(text -> values.add(tagged(text, tag))));
    if (values.isEmpty()) {
      node.put(property, original.get());
      return;
    }
    values.insert(0, originalLanguage.isPresent()
        ? tagged(original.get(), originalLanguage.get())
        : NODES.stringNode(original.get()));
    node.set(property, values);
  }

  private static ObjectNode tagged(String text, String language) {
    ObjectNode value = NODES.objectNode();
    value.put("@value", text);
    value.put("@language", language);
    return value;
  }

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

  private ObjectNode place(Place place) {
    ObjectNode node = NODES.objectNode();
    node.put("@type", "Place");
    text(node, "name", Optional.of(place.name()), language, place.translations(), t -> t.name());
    ObjectNode address = node.putObject("address");
    address.put("@type", "PostalAddress");
    text(address, "addressLocality", Optional.of(place.name()), language, place.translations(),
        t -> t.name());
    text(address, "addressRegion", place.region(), language, place.translations(),
        t -> t.region());
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
