package org.coproduce.json.hostile;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.coproduce.json.ProgrammeJson;
import org.coproduce.model.Programme;
import tools.jackson.databind.json.JsonMapper;

/** The hostile inputs whose refusal {@link LimitsTest} checks and {@link HostileFigures} measures. */
final class HostileCases {
  static final ProgrammeJson JSON = ProgrammeJson.create();
  static final JsonMapper MAPPER = JsonMapper.builder().addModule(ProgrammeJson.module()).build();
  private static final int DEEP = 100_000;
  private static final long MB200 = 200L * 1024 * 1024;
  private static final int MILLION = 1_000_000;
  private static final int MAX_PROBLEMS = ProgrammeJson.DEFAULT_MAX_PROBLEMS;

  private HostileCases() {}

  private static HostileCase limit(String name, Measured.ThrowingSupplier read, String limit) {
    return new HostileCase(name, read, 1, "", "", "(" + limit + ")");
  }

  private static HostileCase capped(String name, String first, Measured.ThrowingSupplier read) {
    return new HostileCase(name, read, MAX_PROBLEMS + 1, first, "",
        "more than " + MAX_PROBLEMS + " problems were found; only the first " + MAX_PROBLEMS
            + " are listed");
  }

  /** Documents that break a limit; each must be refused at "" naming the limit. */
  static List<HostileCase> limits() {
    ProgrammeJson longStrings = ProgrammeJson.builder()
        .maxStringLength(Integer.MAX_VALUE).maxDocumentBytes(1024 * 1024).build();
    ProgrammeJson small = ProgrammeJson.builder().maxDocumentBytes(1000).build();
    String twoKilobytes = Hostile.HEAD + ",\"summary\":\"" + "a".repeat(2000) + "\"}";
    return List.of(
        limit("arrays nested 100,000 deep as the root",
            () -> JSON.read(Hostile.deepArrays(DEEP).stream()), "maxNestingDepth"),
        limit("objects nested 100,000 deep as the root",
            () -> JSON.read(Hostile.deepObjects(DEEP).stream()), "maxNestingDepth"),
        limit("arrays nested 100,000 deep in an unknown member",
            () -> JSON.read(Hostile.deepArraysInMember(DEEP).stream()), "maxNestingDepth"),
        limit("objects nested 100,000 deep in an unknown member, as characters",
            () -> JSON.read(Hostile.deepObjectsInMember(DEEP).reader()), "maxNestingDepth"),
        new HostileCase("arrays nested 100,000 deep in an unknown member, through the Jackson"
            + " module, whose mapper's parser sets the limit",
            () -> MAPPER.readValue(Hostile.deepArraysInMember(DEEP).stream(), Programme.class),
            1, "", "", "maxNestingDepth"),
        limit("a name of 200 MB",
            () -> JSON.read(Hostile.longName(MB200).stream()), "maxStringLength"),
        limit("a name of 200 MB, as characters",
            () -> JSON.read(Hostile.longName(MB200).reader()), "maxStringLength"),
        limit("a member name of 200 MB",
            () -> JSON.read(Hostile.longMemberName(MB200).stream()), "maxStringLength"),
        limit("a name of 200 MB where strings are unlimited but documents are 1 MiB",
            () -> longStrings.read(Hostile.longName(MB200).stream()), "maxDocumentBytes"),
        limit("200 MB of white space",
            () -> JSON.read(Hostile.longWhiteSpace(MB200).stream()), "maxDocumentBytes"),
        limit("200 MB of white space, as characters",
            () -> JSON.read(Hostile.longWhiteSpace(MB200).reader()), "maxDocumentBytes"),
        limit("2,000 bytes where documents are 1,000",
            () -> small.read(twoKilobytes.getBytes(StandardCharsets.UTF_8)),
            "maxDocumentBytes"),
        limit("2,000 characters where documents are 1,000",
            () -> small.read(twoKilobytes), "maxDocumentBytes"),
        limit("a number of a million digits in an unknown member",
            () -> JSON.read(Hostile.longNumber(MILLION).stream()), "maxNumberLength"),
        limit("a number of a million digits as a goal",
            () -> JSON.read(Hostile.longGoal(MILLION).stream()), "maxNumberLength"),
        limit("a number of a million digits as the root",
            () -> JSON.read(Hostile.longRootNumber(MILLION).stream()), "maxNumberLength"),
        limit("two million members in the programme",
            () -> JSON.read(Hostile.manyMembers(2 * MILLION).stream()), "maxObjectMembers"),
        limit("two million members in an unknown member",
            () -> JSON.read(Hostile.manyMembersInMember(2 * MILLION).stream()),
            "maxObjectMembers"),
        limit("two million members in a place",
            () -> JSON.read(Hostile.manyMembersInPlace(2 * MILLION).stream()),
            "maxObjectMembers"));
  }

  /** Documents with millions of problems; each must list only the first ones, then a note. */
  static List<HostileCase> floods() {
    ProgrammeJson big = ProgrammeJson.builder().maxDocumentBytes(1L << 30).build();
    return List.of(
        capped("three million travellers who are not participants", "/visits/0/participants/0",
            () -> big.read(Hostile.brokenTravellers(3 * MILLION).stream())),
        capped("three million numbers as lead organisations", "/leads/0",
            () -> JSON.read(Hostile.numbersAsLeads(3 * MILLION).stream())),
        capped("three million repeats of a goal", "/sdgs/1",
            () -> JSON.read(Hostile.repeatedGoals(3 * MILLION).stream())),
        capped("three million nulls as participants", "/participants/0",
            () -> JSON.read(Hostile.nullParticipants(3 * MILLION).stream())),
        capped("three million nulls as participants, through the Jackson module",
            "/participants/0", () -> MAPPER.readValue(
                Hostile.nullParticipants(3 * MILLION).stream(), Programme.class)));
  }
}
