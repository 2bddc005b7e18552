package org.coproduce.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.coproduce.cli.Jar.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code coproduce validate} over the golden documents, run as a process. */
class ValidateIT {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @TempDir Path dir;

  @Test
  void acceptsEveryValidGoldenDocumentAndExitsZero() {
    List<Path> valid = Jar.documents("valid");
    Run run = Jar.run(args("validate", valid)).exits(0);

    assertThat(run.lines()).containsExactlyElementsOf(
        valid.stream().map(file -> file + ": OK").toList());
    assertThat(run.err()).isEmpty();
  }

  @Test
  void refusesEveryInvalidGoldenDocumentAtTheExpectedPointersAsJsonLines() {
    List<Path> invalid = Jar.documents("invalid");
    Run run = Jar.run(args("validate --format json", invalid)).exits(1);

    Map<String, List<String>> found = new TreeMap<>();
    for (String line : run.lines()) {
      JsonNode verdict = MAPPER.readTree(line);
      assertThat(verdict.propertyNames()).containsExactly("file", "valid", "problems");
      assertThat(verdict.get("valid").asBoolean()).as(line).isFalse();
      List<String> pointers = new ArrayList<>();
      for (JsonNode problem : verdict.get("problems")) {
        assertThat(problem.propertyNames()).containsExactly("pointer", "message");
        assertThat(problem.get("message").asString()).isNotBlank();
        pointers.add(problem.get("pointer").asString());
      }
      found.put(verdict.get("file").asString(), pointers);
    }
    Map<String, List<String>> expected = new TreeMap<>();
    for (Path file : invalid) {
      String name = file.getFileName().toString();
      expected.put(file.toString(), Jar.expectedPointers(
          file.resolveSibling(name.substring(0, name.length() - 5) + ".expected.txt")));
    }
    assertThat(found).isEqualTo(expected);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void strictModeRefusesUnknownMembersAtTheExpectedPointers() {
    List<Path> extended = List.of(Jar.golden("valid/unknown-members.json"),
        Jar.golden("valid/newer-minor-version.json"));
    Jar.run(args("validate", extended)).exits(0);

    Run strict = Jar.run(args("validate --strict --format json", extended)).exits(1);

    for (int i = 0; i < extended.size(); i++) {
      Path file = extended.get(i);
      String name = file.getFileName().toString();
      List<String> pointers = new ArrayList<>();
      MAPPER.readTree(strict.lines().get(i)).get("problems")
          .forEach(problem -> pointers.add(problem.get("pointer").asString()));
      assertThat(pointers).as(name).containsExactlyElementsOf(Jar.expectedPointers(
          file.resolveSibling(name.replace(".json", ".strict.expected.txt"))));
    }
  }

  @Test
  void printsEachProblemAsPointerAndMessageWithTheWholeDocumentAsEmptyQuotes() {
    Path truncated = Jar.golden("invalid/malformed-truncated.json");
    Path bad = Jar.golden("invalid/multiple-problems.json");

    Run run = Jar.run("validate", truncated.toString(), bad.toString()).exits(1);

    List<String> lines = run.lines();
    assertThat(lines.get(0)).isEqualTo(truncated + ": 1 problem");
    assertThat(lines.get(1)).startsWith("  \"\": ");
    int expected = Jar.expectedPointers(Jar.golden("invalid/multiple-problems.expected.txt"))
        .size();
    assertThat(lines.get(2)).isEqualTo(bad + ": " + expected + " problems");
    assertThat(lines.subList(3, lines.size())).hasSize(expected)
        .allMatch(line -> line.startsWith("  /") && line.contains(": "));
  }

  @Test
  void readsTheStandardInputForADash() throws IOException {
    byte[] article = Files.readAllBytes(Jar.article());

    Run run = Jar.runWithInput(article, "validate", "-").exits(0);

    assertThat(run.out()).isEqualTo("-: OK\n");
  }

  @Test
  void checksTheOtherFilesAndExitsTwoWhenAFileIsMissing() {
    Path missing = dir.resolve("missing.json");

    Run run = Jar.run("validate", missing.toString(), Jar.article().toString()).exits(2);

    assertThat(run.err()).isEqualTo("coproduce validate: " + missing + ": no such file\n");
    assertThat(run.out()).isEqualTo(Jar.article() + ": OK\n");
  }

  @Test
  void exitsTwoWhenAFileIsMissingEvenIfAnotherIsInvalid() {
    Run run = Jar.run("validate", Jar.golden("invalid/bad-id.json").toString(),
        dir.resolve("missing.json").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).contains("bad-id.json: 1 problem");
  }

  @Test
  void exitsTwoForADirectory() {
    Jar.run("validate", dir.toString()).failsWithOneLine(2, dir + ": is a directory");
  }

  @Test
  void exitsTwoForAFileItMayNotRead() throws IOException {
    assumeFalse("root".equals(System.getProperty("user.name")), "root may read any file");
    Path secret = Files.copy(Jar.article(), dir.resolve("secret.json"));
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("-w-------"));

    Jar.run("validate", secret.toString()).failsWithOneLine(2, secret + ": permission denied");
  }

  @Test
  void exitsTwoForWrongArguments() {
    Jar.run("validate").failsWithOneLine(2, "Missing required parameter");
    Jar.run("validate", "--lenient", "a.json").failsWithOneLine(2, "Unknown option: '--lenient'");
    Jar.run("validate", "--format", "yaml", Jar.article().toString())
        .failsWithOneLine(2, "--format must be text or json");
  }

  @Test
  void printsNothingElseOnANormalRun() {
    Run run = Jar.run("validate", Jar.article().toString()).exits(0);

    assertThat(run.err()).isEmpty();
  }

  private static String[] args(String command, List<Path> files) {
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    files.forEach(file -> args.add(file.toString()));
    return args.toArray(String[]::new);
  }
}
