package org.coproduce.interop.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.coproduce.model.Conference;
import org.coproduce.model.Output;
import org.coproduce.model.Participation;
import org.coproduce.model.Programme;
import org.coproduce.model.Quote;
import org.coproduce.model.Role;
import org.coproduce.model.testing.ProgrammeGenerator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Properties of the export over generated programmes (each test is named by its seed, to replay):
 * the text is JSON equal to the tree; no null and no empty array anywhere; node ids are unique
 * and every reference resolves; every organisation, participant, conference, session, strand,
 * quote, output and participation is there, with every translation of the texts checked.
 */
class SchemaOrgPropertiesTest {
  private static final URI BASE = URI.create("https://programmes.example.org/data/");
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @TestFactory
  Stream<DynamicTest> exportsEveryGeneratedProgrammeCompletelyAndWithoutDanglingReferences() {
    return LongStream.range(0, 60).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      ProgrammeGenerator generator = new ProgrammeGenerator(seed);
      if (seed % 2 == 1) {
        generator.withFormat11();
      }
      Programme programme = generator.programme((int) (seed * 7 % 150));
      check(programme);
    }));
  }

  private static void check(Programme programme) {
    String text = SchemaOrg.jsonLd(programme, BASE);
    JsonNode tree = MAPPER.readTree(text);
    assertThat(tree).isEqualTo(SchemaOrg.tree(programme, BASE));

    Map<String, JsonNode> nodes = new HashMap<>();
    Set<String> references = new HashSet<>();
    walk(tree, "", nodes, references);
    assertThat(nodes.keySet()).as("every reference resolves to a node").containsAll(references);

    JsonNode graph = tree.get("@graph");
    assertThat(graph).hasSize(1 + programme.organisations().size()
        + programme.participants().size() + programme.conferences().size()
        + programme.quotes().size() + programme.outputs().size());
    programme.organisations().forEach(o -> assertThat(nodes).containsKey(id("organisations/" + o.id())));
    programme.participants().forEach(p -> assertThat(nodes).containsKey(id("participants/" + p.id())));
    for (Quote quote : programme.quotes()) {
      JsonNode node = nodes.get(id("quotes/" + quote.id()));
      assertThat(texts(node.get("text"))).containsExactlyElementsOf(texts(quote.text(),
          quote.translations().values().stream().map(t -> t.text()).toList()));
    }
    for (Output output : programme.outputs()) {
      JsonNode node = nodes.get(id("outputs/" + output.id()));
      assertThat(texts(node.get("name"))).containsExactlyElementsOf(texts(output.title(),
          output.translations().values().stream().map(t -> t.title()).toList()));
      assertThat(node.path("author").size()).isEqualTo(output.authors().size());
    }
    for (Conference conference : programme.conferences()) {
      String path = "conferences/" + conference.id();
      JsonNode event = nodes.get(id(path));
      assertThat(event.path("subEvent")).hasSize(conference.sessions().size());
      assertThat(event.path("about")).hasSize(conference.strands().size());
      conference.sessions().forEach(s -> assertThat(nodes).containsKey(id(path + "/sessions/" + s.id())));
      conference.strands().forEach(s -> assertThat(nodes).containsKey(id(path + "/strands/" + s.id())));
      // Each event lists exactly the people of its participations, by role, each once.
      Map<String, Map<String, Set<String>>> expected = new HashMap<>();
      for (Participation participation : conference.participations()) {
        String holder = participation.session().map(s -> path + "/sessions/" + s).orElse(path);
        expected.computeIfAbsent(holder, h -> new HashMap<>())
            .computeIfAbsent(property(participation.role()), r -> new LinkedHashSet<>())
            .add(id("participants/" + participation.participant()));
      }
      List<String> holders = new ArrayList<>(List.of(path));
      conference.sessions().forEach(s -> holders.add(path + "/sessions/" + s.id()));
      for (String holder : holders) {
        for (String property : List.of("organizer", "performer", "contributor", "attendee")) {
          List<String> people = nodes.get(id(holder)).path(property).valueStream()
              .map(n -> n.get("@id").stringValue())
              .filter(i -> i.startsWith(id("participants/"))).toList();
          assertThat(people).as("%s of %s", property, holder).containsExactlyElementsOf(
              expected.getOrDefault(holder, Map.of()).getOrDefault(property, Set.of()));
        }
      }
    }
  }

  /** The texts of a text property: a string, or an array of strings and tagged values. */
  private static List<String> texts(JsonNode value) {
    if (value.isString()) {
      return List.of(value.stringValue());
    }
    return value.valueStream()
        .map(v -> v.isString() ? v.stringValue() : v.get("@value").stringValue()).toList();
  }

  /** The original, then each translation that gives the member. */
  private static List<String> texts(String original, List<Optional<String>> translated) {
    List<String> texts = new ArrayList<>(List.of(original));
    translated.forEach(t -> t.ifPresent(texts::add));
    return texts;
  }

  private static String property(Role role) {
    switch (role) {
      case ORGANISER:
        return "organizer";
      case SPEAKER:
        return "performer";
      case FACILITATOR:
        return "contributor";
      default:
        return "attendee";
    }
  }

  private static String id(String path) {
    return BASE + path;
  }

  /** Collects the nodes (objects with a type and an id) and the references (objects of an id alone). */
  private static void walk(JsonNode node, String pointer, Map<String, JsonNode> nodes,
      Set<String> references) {
    assertThat(node.isNull()).as("null at %s", pointer).isFalse();
    if (node.isArray()) {
      assertThat(node.isEmpty()).as("empty array at %s", pointer).isFalse();
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, nodes, references);
      }
    } else if (node.isObject()) {
      assertThat(node.isEmpty()).as("empty object at %s", pointer).isFalse();
      if (node.has("@id")) {
        String id = node.get("@id").stringValue();
        if (node.size() == 1) {
          references.add(id);
        } else {
          assertThat(nodes.put(id, node)).as("a second node %s at %s", id, pointer).isNull();
        }
      }
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        walk(member.getValue(), pointer + "/" + member.getKey().toLowerCase(Locale.ROOT), nodes,
            references);
      }
    }
  }
}
