package org.coproduce.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Set;
import org.coproduce.benchmarks.MirrorRecords.ProgrammeRecord;
import org.coproduce.json.ProgrammeJson;
import org.coproduce.model.Programme;
import org.coproduce.model.testing.ArticleProgramme;
import org.coproduce.model.testing.ProgrammeGenerator;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The comparisons are fair only if every peer does the same work over the same bytes. */
class PeersTest {
  private static final long SEED = 7L;
  /** The members of the format that hold ids and references to them. */
  private static final Set<String> IDS_AND_REFERENCES = Set.of("id", "organisation", "parent",
      "strand", "participant", "session", "representing", "hosts", "conference", "participants",
      "funders", "speaker", "authors", "organisations", "conferences", "visits", "leads");
  private final ProgrammeJson json = ProgrammeJson.create();
  private final JsonMapper mapper = MirrorRecords.mapper();
  private final Programme programme = new ProgrammeGenerator(SEED).withFormat11().programme(400);
  private final byte[] bytes = Workload.bytes(json, programme);

  @Test
  void recordsMirrorKeepsEveryMemberOfTheDocument() {
    ProgrammeRecord records = mapper.readValue(bytes, ProgrammeRecord.class);
    JsonNode written = mapper.readTree(mapper.writeValueAsBytes(records));
    assertThat(written).as("seed %d", SEED).isEqualTo(mapper.readTree(bytes));
  }

  @Test
  void treeWritesTheDocumentItRead() {
    JsonNode tree = mapper.readTree(bytes);
    assertThat(mapper.readTree(mapper.writeValueAsBytes(tree))).isEqualTo(tree);
  }

  @Test
  void programmeJsonReadsTheProgrammeItWrote() {
    assertThat(json.read(bytes)).isEqualTo(programme);
  }

  @Test
  void streamingFloorMaterialisesEveryNameAndString() {
    Blackhole sink = new Blackhole("Today's password is swordfish. I understand instantiating "
        + "Blackholes directly is dangerous.");
    int[] strings = new int[1];
    count(mapper.readTree(bytes), strings);
    assertThat(ReadBenchmark.streamEveryToken(mapper, bytes, sink)).isEqualTo(strings[0]);
  }

  @Test
  void walkReadsEveryIdReferenceAndTagOfTheDocument() {
    int[] sum = new int[1];
    mapper.readTree(bytes).properties().forEach(member -> {
      if (!member.getKey().equals("id")) {
        sumIdsAndReferences(member.getKey(), member.getValue(), sum);
      }
    });
    assertThat(Walk.programme(programme)).as("seed %d", SEED).isEqualTo(sum[0]);
  }

  private static void sumIdsAndReferences(String name, JsonNode value, int[] sum) {
    if (value.isString() && IDS_AND_REFERENCES.contains(name)) {
      sum[0] += value.asString().hashCode();
    } else if (value.isArray()) {
      value.values().forEach(element -> sumIdsAndReferences(name, element, sum));
    } else if (value.isObject()) {
      value.properties().forEach(member -> {
        if (name.equals("translations")) {
          sum[0] += member.getKey().hashCode();
        } else {
          sumIdsAndReferences(member.getKey(), member.getValue(), sum);
        }
      });
    }
  }

  @Test
  void rebuildGivesAnEqualProgramme() {
    assertThat(Rebuild.programme(programme)).isEqualTo(programme);
  }

  @Test
  void everyQuestionIsAskedWithArgumentsThatHaveAnswers() {
    QuestionSample sample = new QuestionSample(programme);
    for (QuestionSample.Question question : QuestionSample.Question.values()) {
      assertThat(question.meanAnswer(programme, sample)).as("%s, seed %d", question, SEED)
          .isPositive();
    }
  }

  @Test
  void articleProgrammeRoundTrips() {
    Programme article = ArticleProgramme.programme();
    assertThat(json.read(Workload.bytes(json, article))).isEqualTo(article);
    assertThat(article.facilitatorsOf("iopd-conference-2018", "co-producing-the-city")).hasSize(4);
  }

  private static void count(JsonNode node, int[] strings) {
    if (node.isString()) {
      strings[0]++;
    } else if (node.isObject()) {
      for (var member : node.properties()) {
        strings[0]++;
        count(member.getValue(), strings);
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        count(element, strings);
      }
    }
  }
}
