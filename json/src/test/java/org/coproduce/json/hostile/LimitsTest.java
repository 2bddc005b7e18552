package org.coproduce.json.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.coproduce.json.DocumentException;
import org.coproduce.json.DocumentProblem;
import org.coproduce.json.ProgrammeJson;
import org.coproduce.model.Programme;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every limit holds against input far beyond it, streamed so that the test never holds it: the
 * read stops early, in bounded memory, with a DocumentException at "" that names the limit; and
 * millions of problems end in a short list and a note. Each case prints its time and peak heap.
 */
class LimitsTest {
  static Stream<HostileCase> limits() {
    return HostileCases.limits().stream();
  }

  static Stream<HostileCase> floods() {
    return HostileCases.floods().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("limits")
  void refusesInputBeyondALimitAtTheDocumentNamingTheLimit(HostileCase hostile) {
    List<DocumentProblem> problems = refusal(hostile);
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).pointer()).isEmpty();
    assertThat(problems.get(0).message()).contains("limit exceeded").contains(hostile.message());
  }

  @org.junit.jupiter.api.Test
  void saysWhereInTheDocumentALimitWasExceeded() {
    List<DocumentProblem> nested = refusal(HostileCases.limits().get(0));
    // Where reading stopped: just after the bracket one level too deep.
    assertThat(nested.get(0).message()).endsWith("(maxNestingDepth), at line 1, column 102");
    List<DocumentProblem> number = refusal(new HostileCase("a long number", () ->
        HostileCases.JSON.read("{\"x-n\":\n " + "1".repeat(200) + "}"), 1, "", "", ""));
    assertThat(number.get(0).message()).contains("(maxNumberLength), at line 2, column ");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("floods")
  void listsTheFirstProblemsOfMillionsAndSaysThereWereMore(HostileCase hostile) {
    List<DocumentProblem> problems = refusal(hostile);
    assertThat(problems).hasSize(hostile.problems());
    assertThat(problems.get(0).pointer()).isEqualTo(hostile.first());
    DocumentProblem last = problems.get(problems.size() - 1);
    assertThat(last.pointer()).isEqualTo(hostile.pointer());
    assertThat(last.message()).isEqualTo(hostile.message());
    // The listed problems are the first ones, in document order, each once.
    List<String> listed = problems.subList(0, problems.size() - 1).stream()
        .map(DocumentProblem::pointer).toList();
    assertThat(listed).doesNotHaveDuplicates().allMatch(p -> p.startsWith(parent(hostile.first())));
  }

  @ParameterizedTest(name = "nested {0} deep")
  @org.junit.jupiter.params.provider.ValueSource(ints = {501, 100_000})
  void keepsDeepUnknownMembersWhereTheNestingLimitIsRaised(int depth) {
    ProgrammeJson deep = ProgrammeJson.builder().maxNestingDepth(200_000).build();
    Measured.Outcome outcome = Measured.run(String.format(java.util.Locale.ROOT,
        "arrays nested %,d deep in an unknown member, read, written and read again where the"
            + " limit is 200,000", depth),
        () -> {
          Programme p = deep.read(Hostile.deepArraysInMember(depth).stream());
          String written = deep.write(p);
          return deep.read(written).equals(p) && written.length() > 2 * depth;
        });
    assertThat(outcome.thrown()).withFailMessage("refused: %s", outcome.thrown()).isNull();
    assertThat(outcome.result()).isEqualTo(true);
  }

  @ParameterizedTest(name = "nested {0} deep")
  @org.junit.jupiter.params.provider.ValueSource(ints = {101, 499})
  void theModuleKeepsUnknownMembersAsDeepAsItsMappersParserAllows(int depth) throws Exception {
    // A mapper's parser allows 500 levels by default (StreamReadConstraints).
    String document = new String(Hostile.deepArraysInMember(depth).stream().readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    Programme p = HostileCases.MAPPER.readValue(document, Programme.class);
    assertThat(HostileCases.MAPPER.readValue(HostileCases.MAPPER.writeValueAsString(p),
        Programme.class)).isEqualTo(p);
  }

  private static String parent(String pointer) {
    return pointer.substring(0, pointer.lastIndexOf('/') + 1);
  }

  static List<DocumentProblem> refusal(HostileCase hostile) {
    Measured.Outcome outcome = Measured.run(hostile.name(), hostile.read());
    assertThat(outcome.thrown())
        .as("%s: the read must end in a DocumentException, but returned %s", hostile,
            outcome.result())
        .isInstanceOf(DocumentException.class);
    return ((DocumentException) outcome.thrown()).problems();
  }
}
