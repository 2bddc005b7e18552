package org.coproduce.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.coproduce.model.Programme;
import org.coproduce.model.testing.ProgrammeGenerator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Properties over the seeded generator of valid programmes; each failure names its seed. */
class RoundTripPropertiesTest {
  private static final ProgrammeJson JSON = ProgrammeJson.create();
  private static final ProgrammeJson STRICT = ProgrammeJson.builder().strict(true).build();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @Test
  void readingWhatWasWrittenGivesAnEqualProgrammeAndTheSameBytes() {
    for (long seed = 1; seed <= 300; seed++) {
      Programme p = new ProgrammeGenerator(seed).withFormat11().programme((int) (seed % 40));
      String written = JSON.write(p);
      Programme read = JSON.read(written.getBytes(StandardCharsets.UTF_8));
      assertThat(read).as("seed %d", seed).isEqualTo(p);
      assertThat(JSON.write(read)).as("seed %d", seed).isEqualTo(written);
      assertThat(STRICT.read(written)).as("seed %d: strict mode knows 1.1", seed).isEqualTo(p);
    }
  }

  @Test
  void contentOfFormat10IsWrittenAsFormat10AndContentOfFormat11AsFormat11() {
    for (long seed = 1; seed <= 100; seed++) {
      Programme older = new ProgrammeGenerator(seed).programme(1 + (int) (seed % 30));
      assertThat(JSON.write(older)).as("seed %d", seed).startsWith("{\"formatVersion\":\"1.0\"");
      Programme newer = new ProgrammeGenerator(seed).withFormat11().programme(1 + (int) (seed % 30));
      boolean uses11 = newer.language().isPresent() || !newer.outputs().isEmpty()
          || !newer.translations().isEmpty();
      if (uses11) {
        assertThat(JSON.write(newer)).as("seed %d", seed)
            .startsWith("{\"formatVersion\":\"1.1\"");
      }
    }
  }

  @Test
  void unknownMembersInjectedAnywhereSurviveATolerantRoundTripAndStrictModeRefusesThem() {
    for (long seed = 1; seed <= 200; seed++) {
      Random random = new Random(seed);
      Programme p = new ProgrammeGenerator(seed).withFormat11().programme(1 + random.nextInt(20));
      ObjectNode tree = (ObjectNode) MAPPER.readTree(JSON.write(p));
      List<String> injected = inject(tree, random);
      String doc = MAPPER.writeValueAsString(tree);

      String written = JSON.write(JSON.read(doc));
      assertThat(MAPPER.readTree(written)).as("seed %d", seed).isEqualTo(tree);
      assertThat(JSON.write(JSON.read(written))).as("seed %d", seed).isEqualTo(written);

      try {
        STRICT.read(doc);
        throw new AssertionError("strict mode read unknown members, seed " + seed);
      } catch (DocumentException e) {
        List<String> pointers = e.problems().stream().map(DocumentProblem::pointer).toList();
        assertThat(pointers).as("seed %d", seed).containsExactlyInAnyOrderElementsOf(injected);
      }
    }
  }

  /** Adds unknown members to some objects of the tree; returns their pointers. */
  private static List<String> inject(ObjectNode root, Random random) {
    List<ObjectNode> objects = new ArrayList<>();
    List<String> pointers = new ArrayList<>();
    collect(root, "", objects, pointers);
    List<String> injected = new ArrayList<>();
    int count = 1 + random.nextInt(4);
    for (int i = 0; i < count; i++) {
      int at = random.nextInt(objects.size());
      String name = random.nextBoolean() ? "x-extra-" + i : "laterMember" + i;
      objects.get(at).set(name, randomValue(random, 0));
      injected.add(pointers.get(at) + "/" + name);
    }
    return injected;
  }

  private static void collect(JsonNode node, String pointer, List<ObjectNode> objects,
      List<String> pointers) {
    if (node instanceof ObjectNode) {
      // Every member name of translations is a language tag: the translation objects inside it
      // take unknown members, translations itself does not.
      if (!pointer.endsWith("/translations")) {
        objects.add((ObjectNode) node);
        pointers.add(pointer);
      }
      for (var entry : node.properties()) {
        collect(entry.getValue(), pointer + "/" + entry.getKey(), objects, pointers);
      }
    } else if (node instanceof ArrayNode) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), pointer + "/" + i, objects, pointers);
      }
    }
  }

  private static JsonNode randomValue(Random random, int depth) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    switch (random.nextInt(depth > 2 ? 5 : 7)) {
      case 0:
        return f.nullNode();
      case 1:
        return f.booleanNode(random.nextBoolean());
      case 2:
        return f.numberNode(random.nextInt());
      case 3:
        return f.stringNode("v\u00e9\ud83d\ude00\"\\" + random.nextInt(100));
      case 4:
        return f.numberNode(random.nextDouble());
      case 5:
        ArrayNode array = f.arrayNode();
        for (int i = random.nextInt(3); i > 0; i--) {
          array.add(randomValue(random, depth + 1));
        }
        return array;
      default:
        ObjectNode object = f.objectNode();
        for (int i = random.nextInt(3); i > 0; i--) {
          object.set("k" + i, randomValue(random, depth + 1));
        }
        return object;
    }
  }
}
