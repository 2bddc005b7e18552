package org.coproduce.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.coproduce.json.DocumentException;
import org.coproduce.json.DocumentProblem;
import org.coproduce.json.ProgrammeJson;
import org.coproduce.model.Affiliation;
import org.coproduce.model.Conference;
import org.coproduce.model.DateRange;
import org.coproduce.model.Organisation;
import org.coproduce.model.PartialDate;
import org.coproduce.model.Participant;
import org.coproduce.model.Participation;
import org.coproduce.model.Place;
import org.coproduce.model.Problem;
import org.coproduce.model.Programme;
import org.coproduce.model.Role;
import org.coproduce.model.Sector;
import org.coproduce.model.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The snippets of the README's API tour, and what their comments claim. Keep the two in step. */
class ReadmeTest {
  /** The README's own document type around a programme. */
  public record Envelope(String sender, Programme programme) {}

  private final Programme programme = Programme.builder()
      .id("realising-just-cities")
      .name("Realising Just Cities")
      .addOrganisation(Organisation.builder()
          .id("gmca").name("Greater Manchester Combined Authority").shortName("GMCA")
          .sector(Sector.PUBLIC)
          .build())
      .addParticipant(Participant.builder()
          .id("david-rogerson").name("David Rogerson")
          .addAffiliation(Affiliation.builder().organisation("gmca").title("Strategist").build())
          .build())
      .addConference(Conference.builder()
          .id("iopd-conference-2018").name("IOPD conference 2018")
          .place(Place.builder().name("Barcelona").country("ES").build())
          .dates(DateRange.of(PartialDate.ofMonth(2018, 11)))   // known to the month only
          .addParticipation(Participation.builder()
              .participant("david-rogerson").role(Role.OBSERVER).build())
          .build())
      .build();

  @Test
  void buildingReportsEveryProblemAtOnce() {
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> Programme.builder().id("Not an id").name("RJC").addLead("mistra").build());
    assertThat(e.problems()).extracting(Problem::pathString).containsExactly("id", "leads[0]");
    assertThat(e.problems()).extracting(Problem::toString)
        .allSatisfy(line -> assertThat(line).matches("(id|leads\\[0\\]): .+"));
  }

  @Test
  void questionsAnswerAsTheCommentsSay() {
    Map<Sector, Integer> mix = programme.sectorMix("iopd-conference-2018");
    assertThat(mix).isEqualTo(Map.of(Sector.PUBLIC, 1));
    assertThat(mix.toString()).isEqualTo("{PUBLIC=1}");
    Map<String, Set<Role>> roles = programme.rolesOf("david-rogerson");
    assertThat(roles.toString()).isEqualTo("{iopd-conference-2018=[OBSERVER]}");
  }

  @Test
  void writtenTextReadsBackEqual() {
    ProgrammeJson json = ProgrammeJson.create();
    String text = json.write(programme);
    Programme again = json.read(text);
    assertThat(again).isEqualTo(programme);
  }

  @Test
  void prettyOutputWrittenToAFileReadsBackEqual(@TempDir Path dir) throws IOException {
    ProgrammeJson pretty = ProgrammeJson.builder().pretty(true).build();
    Path file = dir.resolve("programme.json");
    pretty.write(programme, file);
    assertThat(Files.readString(file)).startsWith("{\n  \"formatVersion\": ");
    assertThat(ProgrammeJson.create().read(file)).isEqualTo(programme);
  }

  @Test
  void refusedDocumentListsEveryProblemAtItsPointer() {
    ProgrammeJson json = ProgrammeJson.create();
    DocumentException e = catchThrowableOfType(DocumentException.class,
        () -> json.read("{\"formatVersion\": \"1.0\", \"id\": \"rjc\", \"leads\": [\"mistra\"]}"));
    assertThat(e.problems()).extracting(DocumentProblem::pointer)
        .containsExactly("/name", "/leads/0");
    assertThat(e.problems().get(1).message()).contains("\"mistra\"");
  }

  @Test
  void strictReaderRefusesWhatTheTolerantOneKeeps() {
    String extended = ProgrammeJson.create().write(programme)
        .replaceFirst("\\{", "{\"x-source\": \"city records\", ");
    ProgrammeJson strict = ProgrammeJson.builder().strict(true).build();
    DocumentException e =
        catchThrowableOfType(DocumentException.class, () -> strict.read(extended));
    assertThat(e.problems()).extracting(DocumentProblem::pointer).containsExactly("/x-source");
    Programme kept = ProgrammeJson.create().read(extended);
    assertThat(ProgrammeJson.create().write(kept)).contains("\"x-source\"");
  }

  @Test
  void limitsCanBeRaised() {
    ProgrammeJson big = ProgrammeJson.builder()
        .maxDocumentBytes(1L << 30)   // 1 GiB instead of 64 MiB
        .maxProblems(500)             // list up to 500 problems instead of 100
        .build();
    StringBuilder manyProblems = new StringBuilder("{\"formatVersion\": \"1.0\", \"id\": \"rjc\","
        + " \"name\": \"RJC\", \"leads\": [");
    for (int i = 0; i < 300; i++) {
      manyProblems.append(i == 0 ? "" : ", ").append("\"missing-").append(i).append('"');
    }
    String document = manyProblems.append("]}").toString();
    assertThat(catchThrowableOfType(DocumentException.class, () -> big.read(document)).problems())
        .hasSize(300);
    assertThat(catchThrowableOfType(DocumentException.class,
        () -> ProgrammeJson.create().read(document)).problems()).hasSizeLessThanOrEqualTo(101);
  }

  @Test
  void modelTypesLiveInsideAnApplicationsOwnDocuments() {
    JsonMapper mapper = JsonMapper.builder().addModule(ProgrammeJson.module()).build();
    String text = mapper.writeValueAsString(new Envelope("city-service", programme));
    Envelope back = mapper.readValue(text, Envelope.class);
    assertThat(back).isEqualTo(new Envelope("city-service", programme));
    assertThat(text).contains(ProgrammeJson.create().write(programme));
  }

  @Test
  void readmeCarriesTheSnippetsThisTestChecks() throws IOException {
    String readme = readme();
    assertThat(readme).contains(
        ".dates(DateRange.of(PartialDate.ofMonth(2018, 11)))   // known to the month only",
        "Programme.builder().id(\"Not an id\").name(\"RJC\").addLead(\"mistra\").build();",
        "programme.sectorMix(\"iopd-conference-2018\");   // {PUBLIC=1}",
        "// {iopd-conference-2018=[OBSERVER]}",
        "json.read(\"{\\\"formatVersion\\\": \\\"1.0\\\", \\\"id\\\": \\\"rjc\\\", \\\"leads\\\": [\\\"mistra\\\"]}\");",
        "`ProgrammeJson.builder().pretty(true).build()` writes the same document",
        "`write(programme, Path)` writes a file completely or not at all",
        "ProgrammeJson strict = ProgrammeJson.builder().strict(true).build();",
        ".maxDocumentBytes(1L << 30)   // 1 GiB instead of 64 MiB",
        "JsonMapper mapper = JsonMapper.builder().addModule(ProgrammeJson.module()).build();");
  }

  @Test
  void quickStartHasExactlyTwoCommands() throws IOException {
    String readme = readme();
    int section = readme.indexOf("## Quick start");
    int start = readme.indexOf("```sh\n", section) + "```sh\n".length();
    String commands = readme.substring(start, readme.indexOf("```", start));
    assertThat(commands.lines().toList()).containsExactly(
        "mvn -B -q -DskipTests package exec:java -pl examples -am",
        "mvn -B verify");
  }

  private static String readme() throws IOException {
    // The README is part of the project, so it is always there.
    return Files.readString(ProjectFiles.root().resolve("README.md"), StandardCharsets.UTF_8);
  }
}
