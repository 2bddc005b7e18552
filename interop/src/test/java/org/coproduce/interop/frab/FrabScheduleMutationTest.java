package org.coproduce.interop.frab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Damages a realistic schedule at random places (each test named by its seed, to replay): every
 * damaged schedule is imported, with at least as many warnings as it needs, or refused with a
 * {@link ScheduleException}; nothing else escapes.
 */
class FrabScheduleMutationTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @TestFactory
  Stream<DynamicTest> importsOrRefusesEveryDamagedSchedule() throws IOException {
    JsonNode original;
    try (InputStream in = getClass().getResourceAsStream("/frab/messy-schedule.json")) {
      original = MAPPER.readTree(in);
    }
    return LongStream.range(0, 300).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      SplittableRandom random = new SplittableRandom(seed);
      JsonNode damaged = original.deepCopy();
      for (int i = 1 + random.nextInt(4); i > 0; i--) {
        damage(damaged, random);
      }
      byte[] bytes = MAPPER.writeValueAsBytes(damaged);
      try {
        ScheduleImport result = FrabSchedule.read(new ByteArrayInputStream(bytes));
        assertThat(result.programme().conferences()).hasSize(1);
      } catch (ScheduleException refused) {
        // A refusal for a broken model rule would be a bug of the import hidden as a refusal.
        assertThat(refused.getMessage()).startsWith("invalid schedule: ")
            .doesNotContain("broke a rule of the model");
      }
    }));
  }

  /** Replaces a random value inside the tree by a value of another kind. */
  private static void damage(JsonNode root, SplittableRandom random) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode container = containers.get(random.nextInt(containers.size()));
    JsonNode replacement = replacement(random);
    if (container instanceof ObjectNode object && !object.isEmpty()) {
      List<String> names = new ArrayList<>(object.propertyNames());
      object.set(names.get(random.nextInt(names.size())), replacement);
    } else if (container instanceof ArrayNode array && !array.isEmpty()) {
      array.set(random.nextInt(array.size()), replacement);
    }
  }

  private static void collect(JsonNode node, List<JsonNode> containers) {
    if (node.isContainer()) {
      containers.add(node);
      node.values().forEach(child -> collect(child, containers));
    }
  }

  private static JsonNode replacement(SplittableRandom random) {
    switch (random.nextInt(11)) {
      case 0:
        return NODES.nullNode();
      case 1:
        return NODES.numberNode(random.nextInt(-5, 100_000));
      case 2:
        return NODES.stringNode("");
      case 3:
        return NODES.stringNode("\ud800 <b>bold</b> &amp; ÄÖ_-_" + random.nextInt());
      case 4:
        return NODES.arrayNode().add(NODES.nullNode()).add("x");
      case 5:
        return NODES.objectNode().put("slug", "only-a-slug");
      case 6:
        return NODES.booleanNode(random.nextBoolean());
      case 7:
        return NODES.stringNode("9999-12-31T23:59:59+14:00");
      case 8:
        return NODES.stringNode("0000-01-01");
      case 9:
        return NODES.stringNode("x".repeat(200));
      default:
        return NODES.objectNode().set("name", NODES.numberNode(1.5));
    }
  }
}
