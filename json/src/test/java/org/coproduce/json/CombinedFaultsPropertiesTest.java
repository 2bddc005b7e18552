package org.coproduce.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.coproduce.model.Programme;
import org.coproduce.model.testing.ProgrammeGenerator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Faults put into different places of a valid document are each still reported when combined:
 * one problem per fault, at its pointer, and nothing else (no consequence of another fault, and no
 * stand-in shown). Each failure names its seed.
 */
class CombinedFaultsPropertiesTest {
  private static final ProgrammeJson JSON = ProgrammeJson.create();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  /** Reference members, and whether they hold a list. */
  private static final Map<String, Boolean> REFERENCES = Map.ofEntries(
      Map.entry("leads", true), Map.entry("funders", true), Map.entry("hosts", true),
      Map.entry("participants", true), Map.entry("parent", false),
      Map.entry("organisation", false), Map.entry("conference", false),
      Map.entry("speaker", false), Map.entry("participant", false),
      Map.entry("representing", false), Map.entry("session", false), Map.entry("strand", false));
  private static final Set<String> TEXT_LISTS = Set.of("themes", "leads", "funders", "hosts");
  private static final Set<String> REQUIRED_TEXT = Set.of("name", "title", "text");
  private static final Set<String> RENAMEABLE = Set.of("organisations", "participants",
      "conferences", "visits", "quotes");

  /** A fault: where it is reported, and how it is put into the tree. */
  private record Fault(String pointer, Runnable apply, String renamedId) {}

  @Test
  void eachFaultIsReportedAtItsPointerWhateverOtherFaultsTheDocumentHas() {
    for (long seed = 1; seed <= 300; seed++) {
      Random random = new Random(seed);
      Programme p = new ProgrammeGenerator(seed).programme(2 + random.nextInt(15));
      ObjectNode tree = (ObjectNode) MAPPER.readTree(JSON.write(p));
      List<Fault> sites = new ArrayList<>();
      collect(tree, "", null, sites, random);
      List<Fault> chosen = choose(sites, 1 + random.nextInt(6), random);
      List<String> expected = new ArrayList<>();
      List<String[]> renames = new ArrayList<>();
      for (Fault f : chosen) {
        f.apply().run();
        expected.add(f.pointer());
        if (f.renamedId() != null) {
          renames.add(new String[] {f.renamedId(), "Bad Id " + expected.size()});
        }
      }
      String doc = MAPPER.writeValueAsString(tree);
      // A malformed id keeps identifying its item: every reference to it follows the rename.
      for (String[] rename : renames) {
        doc = doc.replace("\"" + rename[0] + "\"", "\"" + rename[1] + "\"");
      }
      if (random.nextBoolean()) {
        doc = doc.substring(0, doc.length() - 1) + ",\"name\":\"again\"}";
        expected.add("/name");
      }
      try {
        JSON.read(doc);
        fail("seed %d: read despite %s", seed, expected);
      } catch (DocumentException e) {
        List<String> pointers = e.problems().stream().map(DocumentProblem::pointer).toList();
        assertThat(pointers).as("seed %d, faults %s, problems %s", seed, expected, e.problems())
            .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(e.problems()).as("seed %d", seed)
            .allSatisfy(q -> assertThat(q.message()).doesNotContain("0-stand-in-"));
      }
    }
  }

  /** Every place of the tree where a fault can go. */
  private static void collect(JsonNode node, String at, String member, List<Fault> out,
      Random random) {
    if (node instanceof ObjectNode o) {
      for (String name : List.copyOf(o.propertyNames())) {
        JsonNode value = o.get(name);
        String here = at + "/" + name;
        if (REQUIRED_TEXT.contains(name) && value.isString() && !"affiliations".equals(member)) {
          out.add(new Fault(here, () -> o.put(name, " "), null));
        } else if (name.equals("summary")) {
          out.add(new Fault(here, () -> o.put(name, 5), null));
        } else if (name.equals("sector") && at.startsWith("/organisations/")) {
          out.add(new Fault(here, () -> o.put(name, "municipal"), null));
        } else if (name.equals("role")) {
          // A role in error: its participation is compared with no other for repeats.
          out.add(new Fault(here, () -> o.put(name, "boss"), null));
        } else if (name.equals("id") && member != null && RENAMEABLE.contains(member)) {
          out.add(new Fault(here, () -> { }, value.asString()));
        } else if (Boolean.FALSE.equals(REFERENCES.get(name)) && value.isString()) {
          out.add(new Fault(here, () -> o.put(name, "nobody-" + random.nextInt(1000)), null));
        }
        collect(value, here, name, out, random);
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        String here = at + "/" + i;
        int index = i;
        if (a.get(i).isString()) {
          if (TEXT_LISTS.contains(member) || "participants".equals(member)) {
            out.add(new Fault(here, () -> a.set(index, (JsonNode) null), null));
          }
          if (Boolean.TRUE.equals(REFERENCES.get(member)) && !"themes".equals(member)) {
            out.add(new Fault(here, () -> a.set(index, "nobody-" + index), null));
          }
        }
        collect(a.get(i), here, member, out, random);
      }
    }
  }

  /** Faults at distinct places, none inside another's value. */
  private static List<Fault> choose(List<Fault> sites, int n, Random random) {
    List<Fault> chosen = new ArrayList<>();
    for (int tries = 0; tries < 50 && chosen.size() < n && !sites.isEmpty(); tries++) {
      Fault f = sites.get(random.nextInt(sites.size()));
      boolean clash = false;
      for (Fault c : chosen) {
        clash |= (f.pointer() + "/").startsWith(c.pointer() + "/")
            || (c.pointer() + "/").startsWith(f.pointer() + "/");
      }
      if (!clash) {
        chosen.add(f);
      }
    }
    return chosen;
  }
}
