package org.coproduce.json.hostile;

/**
 * Hostile documents, shared by the tests and by {@link HostileFigures}: each is streamed, so that
 * none is ever held whole in memory.
 */
final class Hostile {
  /** The start of a valid programme object, open for more members. */
  static final String HEAD = "{\"formatVersion\":\"1.0\",\"id\":\"hostile\",\"name\":\"Hostile\"";

  private Hostile() {}

  /** Arrays nested {@code depth} deep as the root. */
  static Repeated deepArrays(int depth) {
    return Repeated.of("", "[", depth, "]".repeat(depth));
  }

  /** Objects nested {@code depth} deep as the root. */
  static Repeated deepObjects(int depth) {
    return Repeated.of("", "{\"a\":", depth, "1" + "}".repeat(depth));
  }

  /** Arrays nested {@code depth} deep in an unknown member of a valid programme. */
  static Repeated deepArraysInMember(int depth) {
    return Repeated.of(HEAD + ",\"x-deep\":", "[", depth, "]".repeat(depth) + "}");
  }

  /** Objects nested {@code depth} deep in an unknown member of a valid programme. */
  static Repeated deepObjectsInMember(int depth) {
    return Repeated.of(HEAD + ",\"x-deep\":", "{\"a\":", depth, "1" + "}".repeat(depth) + "}");
  }

  /** A programme whose name is {@code length} characters long. */
  static Repeated longName(long length) {
    return Repeated.of("{\"formatVersion\":\"1.0\",\"id\":\"hostile\",\"name\":\"", "a", length,
        "\"}");
  }

  /** A programme with an unknown member whose name is {@code length} characters long. */
  static Repeated longMemberName(long length) {
    return Repeated.of(HEAD + ",\"x-", "a", length, "\":1}");
  }

  /** A programme with an unknown member whose value is a number of {@code digits} digits. */
  static Repeated longNumber(long digits) {
    return Repeated.of(HEAD + ",\"x-number\":", "1", digits, "}");
  }

  /** A programme whose first SDG is a number of {@code digits} digits. */
  static Repeated longGoal(long digits) {
    return Repeated.of(HEAD + ",\"sdgs\":[", "7", digits, "]}");
  }

  /** A number of {@code digits} digits as the root. */
  static Repeated longRootNumber(long digits) {
    return Repeated.of("", "1", digits, "");
  }

  /** A programme with {@code members} unknown members. */
  static Repeated manyMembers(long members) {
    return Repeated.of(HEAD, i -> ",\"x-" + i + "\":0", members, "}");
  }

  /** A programme with an unknown member holding an object of {@code members} members. */
  static Repeated manyMembersInMember(long members) {
    return Repeated.of(HEAD + ",\"x-big\":{",
        i -> (i == 0 ? "" : ",") + "\"m" + i + "\":0", members, "}}");
  }

  /** A programme whose organisation's place has {@code members} unknown members. */
  static Repeated manyMembersInPlace(long members) {
    return Repeated.of(HEAD + ",\"organisations\":[{\"id\":\"o\",\"name\":\"O\","
            + "\"sector\":\"public\",\"place\":{\"name\":\"P\",\"country\":\"GB\"",
        i -> ",\"x-" + i + "\":0", members, "}}]}");
  }

  /** A programme with {@code spaces} spaces before its end. */
  static Repeated longWhiteSpace(long spaces) {
    return Repeated.of(HEAD, " ", spaces, "}");
  }

  /** A visit with {@code count} travellers, none of whom is a participant. */
  static Repeated brokenTravellers(long count) {
    return Repeated.of(HEAD + ",\"conferences\":[{\"id\":\"c\",\"name\":\"C\"}],"
            + "\"visits\":[{\"id\":\"v\",\"title\":\"V\",\"conference\":\"c\",\"participants\":[",
        i -> (i == 0 ? "\"p" : ",\"p") + i + "\"", count, "]}]}");
  }

  /** A conference with {@code count} participations, none of a participant. */
  static Repeated brokenParticipations(long count) {
    return Repeated.of(HEAD + ",\"conferences\":[{\"id\":\"c\",\"name\":\"C\",\"participations\":[",
        i -> (i == 0 ? "" : ",") + "{\"participant\":\"p" + i + "\",\"role\":\"speaker\"}", count,
        "]}]}");
  }

  /** Lead organisations given {@code count} times as a number instead of an id. */
  static Repeated numbersAsLeads(long count) {
    return Repeated.of(HEAD + ",\"leads\":[0", ",0", count - 1, "]}");
  }

  /** The SDG 1 given {@code count} times. */
  static Repeated repeatedGoals(long count) {
    return Repeated.of(HEAD + ",\"sdgs\":[1", ",1", count - 1, "]}");
  }

  /** {@code count} nulls in the list of participants. */
  static Repeated nullParticipants(long count) {
    return Repeated.of(HEAD + ",\"participants\":[null", ",null", count - 1, "]}");
  }
}
