package org.coproduce.json.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.coproduce.json.DocumentException;
import org.coproduce.json.DocumentProblem;
import org.coproduce.json.ProgrammeJson;
import org.coproduce.model.Programme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

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

  @Test
  void saysWhereInTheDocumentALimitWasExceeded() {
    List<DocumentProblem> nested = refusal(HostileCases.limits().get(0));
    // Where reading stopped: just after the bracket one level too deep.
    assertThat(nested.get(0).message()).endsWith("(maxNestingDepth), at line 1, column 102");
  }

  @Test
  void quotesAtMost80CharactersOfAValueInAnyMessage() {
    String huge = "\\u00e9".repeat(100_000) + "\\ud800";
    String document = "{\"formatVersion\":\"" + huge + "\",\"id\":\"" + huge + "\",\"name\":\""
        + huge + "\",\"hashtags\":[\"" + huge + "\"],\"period\":{\"start\":\"" + huge + "\"},"
        + "\"organisations\":[{\"id\":\"o\",\"name\":\"O\",\"sector\":\"" + huge + "\",\"url\":\""
        + huge + "\",\"parent\":\"" + huge + "\",\"place\":{\"name\":\"P\",\"country\":\"" + huge
        + "\"}}],\"quotes\":[{\"id\":\"q\",\"speaker\":\"" + huge + "\",\"text\":\"T\","
        + "\"language\":\"" + huge + "\"}]}";
    List<DocumentProblem> problems = refusal(new HostileCase("100,000-character values in every"
        + " kind of member", () -> HostileCases.JSON.read(document), 0, "", "", ""));
    assertThat(problems).hasSizeGreaterThan(5).allSatisfy(problem ->
        assertThat(problem.message()).hasSizeLessThan(300));
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
    // The listed problems are the first ones, in document order: consecutive list elements.
    String list = hostile.first().substring(0, hostile.first().lastIndexOf('/') + 1);
    int first = Integer.parseInt(hostile.first().substring(list.length()));
    assertThat(problems.subList(0, problems.size() - 1)).extracting(DocumentProblem::pointer)
        .containsExactlyElementsOf(IntStream.range(first, first + problems.size() - 1)
            .mapToObj(i -> list + i).toList());
  }

  @ParameterizedTest(name = "nested {0} deep")
  @ValueSource(ints = {501, 100_000})
  void keepsDeepUnknownMembersWhereTheNestingLimitIsRaised(int depth) {
    ProgrammeJson deep = ProgrammeJson.builder().maxNestingDepth(200_000).build();
    Measured.Outcome outcome = Measured.run(String.format(Locale.ROOT,
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
  @ValueSource(ints = {101, 499})
  void theModuleKeepsUnknownMembersAsDeepAsItsMappersParserAllows(int depth) throws Exception {
    // A mapper's parser allows 500 levels by default (StreamReadConstraints).
    String document = new String(Hostile.deepArraysInMember(depth).stream().readAllBytes(),
        StandardCharsets.UTF_8);
    Programme p = HostileCases.MAPPER.readValue(document, Programme.class);
    assertThat(HostileCases.MAPPER.readValue(HostileCases.MAPPER.writeValueAsString(p),
        Programme.class)).isEqualTo(p);
  }

  static List<DocumentProblem> refusal(HostileCase hostile) {
    Measured.Outcome outcome = Measured.run(hostile.name(), hostile.read());
    assertThat(outcome.thrown())
        .as("%s: the read must end in a DocumentException, but returned %s", hostile,
            outcome.thrown() == null ? outcome.result() : outcome.thrown())
        .isInstanceOf(DocumentException.class);
    return ((DocumentException) outcome.thrown()).problems();
  }
}
