package org.coproduce.json;

import java.io.StringWriter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.coproduce.model.Affiliation;
import org.coproduce.model.Conference;
import org.coproduce.model.Coordinates;
import org.coproduce.model.DateRange;
import org.coproduce.model.Extensions;
import org.coproduce.model.Organisation;
import org.coproduce.model.PartialDate;
import org.coproduce.model.Participant;
import org.coproduce.model.Participation;
import org.coproduce.model.Place;
import org.coproduce.model.Problem;
import org.coproduce.model.Programme;
import org.coproduce.model.Quote;
import org.coproduce.model.Role;
import org.coproduce.model.Sector;
import org.coproduce.model.Session;
import org.coproduce.model.SessionKind;
import org.coproduce.model.Source;
import org.coproduce.model.Strand;
import org.coproduce.model.ValidationException;
import org.coproduce.model.Visit;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads one document (or one embedded value) from a parser positioned on its first token, in a
 * single streaming pass, collecting every problem with its path instead of stopping at the first.
 *
 * <p>Each object is read into its model builder. When an object breaks a rule, its problems are
 * recorded and a stand-in (the same object with the broken members replaced by harmless values)
 * takes its place, so that the programme-wide rules, such as references, are still checked over
 * the whole document; problems at or below a member already reported are not repeated.
 */
final class DocumentReader {
  /** Thrown when a limit is exceeded: reading stops and the document is refused at {@code ""}. */
  static final class LimitExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LimitExceeded(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Thrown once so many problems were found that no later one could be listed: reading stops, so
   * that a flood of problems costs no more than its first ones.
   */
  static final class Enough extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Enough() {
      super(null, null, false, false);
    }
  }

  private static final Pattern VERSION = Pattern.compile("(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)");
  static final int OWN_MINOR = 0;
  private static final String STAND_IN_ID = "0-stand-in-";

  private final JsonParser parser;
  private final JsonFactory factory;
  private final boolean strict;
  private final int maxObjectMembers;
  private final int maxProblems;
  private final PathStack path = new PathStack();
  private final List<List<Object>> problemPaths = new ArrayList<>();
  private final List<String> problemMessages = new ArrayList<>();
  /** Paths already reported, and every prefix of them, to keep stand-ins from echoing. */
  private final Set<List<Object>> reported = new HashSet<>();
  private final Set<List<Object>> reportedPrefixes = new HashSet<>();
  /** The order in which members were read, for objects whose order is not canonical. */
  private final Map<List<Object>, List<String>> readOrder = new HashMap<>();
  private int standIns;
  private boolean unsupportedVersion;

  DocumentReader(JsonParser parser, JsonFactory factory, boolean strict, int maxObjectMembers,
      int maxProblems) {
    this.parser = parser;
    this.factory = factory;
    this.strict = strict;
    this.maxObjectMembers = maxObjectMembers;
    this.maxProblems = maxProblems;
  }

  boolean hasProblems() {
    return !problemPaths.isEmpty();
  }

  boolean unsupportedVersion() {
    return unsupportedVersion;
  }

  /** The problems found, sorted into document order and capped, as pointers below a base. */
  List<DocumentProblem> problems(String basePointer, String rootType) {
    List<Integer> order = new ArrayList<>(problemPaths.size());
    for (int i = 0; i < problemPaths.size(); i++) {
      order.add(i);
    }
    var byPath = Shapes.documentOrder(rootType, readOrder);
    order.sort((a, b) -> byPath.compare(problemPaths.get(a), problemPaths.get(b)));
    List<DocumentProblem> out = new ArrayList<>();
    for (int i : order) {
      if (out.size() == maxProblems) {
        out.add(new DocumentProblem(basePointer, "more than " + maxProblems
            + " problems were found; only the first " + maxProblems + " are listed"));
        break;
      }
      out.add(new DocumentProblem(PathStack.pointer(basePointer, problemPaths.get(i)),
          problemMessages.get(i)));
    }
    return out;
  }

  // ---- Problems -------------------------------------------------------------------------------

  void problem(List<Object> at, String message) {
    if (reported.add(at)) {
      for (int i = 0; i <= at.size(); i++) {
        reportedPrefixes.add(at.subList(0, i));
      }
    }
    // Beyond the cap only enough are kept to sort the first ones into place.
    if (problemPaths.size() < maxProblems + 1000) {
      problemPaths.add(at);
      problemMessages.add(message);
    }
  }

  /** Records a problem met while reading; stops reading once no later one could be listed. */
  private void found(List<Object> at, String message) {
    problem(at, message);
    if (problemPaths.size() >= maxProblems + 1000) {
      throw new Enough();
    }
  }

  private void problemHere(String message) {
    found(path.toList(), message);
  }

  /** Whether a problem at this path would only echo one already reported at or above or below. */
  private boolean echoes(List<Object> at) {
    if (reportedPrefixes.contains(at)) {
      return true;
    }
    for (int i = 0; i < at.size(); i++) {
      if (reported.contains(at.subList(0, i))) {
        return true;
      }
    }
    return false;
  }

  /** Records the problems of the programme-wide rules, found on the (stood-in) whole. */
  void addWideProblems(List<Problem> problems, List<Object> prefix) {
    for (Problem p : problems) {
      List<Object> at = concat(prefix, p.path());
      if (!echoes(at)) {
        problem(at, p.message());
      }
    }
  }

  private static List<Object> concat(List<Object> prefix, List<Object> rest) {
    if (prefix.isEmpty()) {
      return rest;
    }
    List<Object> at = new ArrayList<>(prefix);
    at.addAll(rest);
    return at;
  }

  // ---- Objects --------------------------------------------------------------------------------

  /** The state of one object being read: members seen, unknown members kept, members reported. */
  private final class Members {
    private long seen;
    private Set<String> unknownNames;
    private Extensions.Builder extensions;
    private Set<String> broken = Set.of();
    private int count;
    private final String type;
    private int lastBit = -1;
    /** The names in the order read, once the order departs from the canonical one. */
    private List<String> order;

    Members(String type) {
      this.type = type;
    }

    /** Whether this member is seen for the first time; reports a repeat otherwise. */
    boolean first(int bit, String name) {
      count();
      long mask = 1L << bit;
      if ((seen & mask) != 0) {
        repeated(name);
        return false;
      }
      if (bit < lastBit || order != null) {
        recordOrder().add(name);
      }
      seen |= mask;
      lastBit = Math.max(lastBit, bit);
      return true;
    }

    /**
     * Starts recording the order of members when it first departs from the canonical one: until
     * then, the members read are those seen, in canonical order.
     */
    private List<String> recordOrder() {
      if (order == null) {
        order = new ArrayList<>();
        String[] names = Shapes.members(type);
        for (int i = 0; i < names.length; i++) {
          if ((seen & (1L << i)) != 0) {
            order.add(names[i]);
          }
        }
      }
      return order;
    }

    /** Called when the object's members are all read, with the path at the object. */
    void done() {
      if (order != null) {
        readOrder.put(path.toList(), order);
      }
    }

    private void count() {
      if (++count > maxObjectMembers) {
        throw new LimitExceeded("limit exceeded: an object has more than " + maxObjectMembers
            + " members (maxObjectMembers), at "
            + ProgrammeJson.location(parser.currentTokenLocation()));
      }
    }

    private void repeated(String name) {
      problemHere("repeats the member " + Problem.quote(name) + " of this " + type);
      broke(name);
      skipValue();
    }

    void unknown(String name) {
      count();
      recordOrder().add(name);
      if (unknownNames == null) {
        unknownNames = new HashSet<>();
      }
      if (!unknownNames.add(name)) {
        repeated(name);
        return;
      }
      if (strict) {
        problemHere("is not a member of " + article(type) + " " + type
            + " (this reader is strict)");
        skipValue();
        return;
      }
      checkText(name, "member name");
      RawJson value = copyValue();
      if (extensions == null) {
        extensions = Extensions.builder();
      }
      extensions.put(name, value);
    }

    /** Marks the member at the top of the path as reported, so that the build won't echo it. */
    void broke(String member) {
      if (broken.isEmpty()) {
        broken = new HashSet<>(4);
      }
      broken.add(member);
    }

    boolean hasExtensions() {
      return extensions != null;
    }

    Extensions extensions() {
      return extensions == null ? Extensions.empty() : extensions.build();
    }
  }

  private static String article(String type) {
    return "AEIOU".indexOf(type.charAt(0)) >= 0 ? "an" : "a";
  }

  /**
   * Builds an object; on failure records its problems (but those of members already reported) and
   * returns a stand-in built after {@code fix} has replaced each broken member, or null if even
   * that fails.
   */
  private <T> T build(Members members, Supplier<T> build, Consumer<String> fix) {
    try {
      return build.get();
    } catch (ValidationException e) {
      return salvage(members, e, build, fix);
    }
  }

  /**
   * Records the problems of a failed build and returns the stand-in; the types' read methods
   * build directly and come here only on failure, so a valid object costs no lambda.
   */
  private <T> T salvage(Members members, ValidationException first, Supplier<T> build,
      Consumer<String> fix) {
    List<Object> here = path.toList();
    ValidationException e = first;
    for (int attempt = 0; attempt < 4; attempt++) {
      boolean fresh = false;
      for (Problem p : e.problems()) {
        String member = p.path().isEmpty() ? "" : (String) p.path().get(0);
        if (members.broken.contains(member)) {
          continue;
        }
        List<Object> at = concat(here, p.path());
        if (!echoes(at)) {
          found(at, p.message());
          fresh = true;
        }
      }
      for (Problem p : e.problems()) {
        if (!p.path().isEmpty()) {
          members.broke((String) p.path().get(0));
        }
      }
      for (String member : members.broken) {
        fix.accept(member);
      }
      if (!fresh && attempt > 0) {
        break;
      }
      try {
        return build.get();
      } catch (ValidationException again) {
        e = again;
      }
    }
    return null;
  }


  private String standInId() {
    return STAND_IN_ID + (++standIns);
  }

  /** Expects an object; reports and skips anything else. */
  private boolean isObject(String what) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      return true;
    }
    problemHere("must be " + what + ", not " + describe(token));
    skipValue();
    return false;
  }

  private boolean isNull() {
    return parser.currentToken() == JsonToken.VALUE_NULL;
  }

  // ---- The root -------------------------------------------------------------------------------

  /** Reads a programme; null if it has problems (they are recorded). */
  Programme programme() {
    if (!isObject("a programme object")) {
      return null;
    }
    Programme.Builder b = Programme.builder();
    Members m = new Members("Programme");
    String version = null;
    String name;
    while ((name = parser.nextName()) != null) {
      parser.nextToken();
      path.push(name);
      switch (name) {
        case "formatVersion":
          if (m.first(0, name)) {
            version = formatVersion(m);
          }
          break;
        case "id":
          if (m.first(1, name)) {
            set(b::id, requiredString(m));
          }
          break;
        case "name":
          if (m.first(2, name)) {
            set(b::name, requiredString(m));
          }
          break;
        case "summary":
          if (m.first(3, name)) {
            set(b::summary, string(m));
          }
          break;
        case "period":
          if (m.first(4, name)) {
            set(b::period, dateRange(m));
          }
          break;
        case "leads":
          if (m.first(5, name)) {
            set(b::leads, strings(m));
          }
          break;
        case "funders":
          if (m.first(6, name)) {
            set(b::funders, strings(m));
          }
          break;
        case "themes":
          if (m.first(7, name)) {
            set(b::themes, strings(m));
          }
          break;
        case "hashtags":
          if (m.first(8, name)) {
            set(b::hashtags, strings(m));
          }
          break;
        case "sdgs":
          if (m.first(9, name)) {
            set(b::sdgs, integers(m));
          }
          break;
        case "organisations":
          if (m.first(10, name)) {
            set(b::organisations, list(m, this::organisation, this::dummyOrganisation));
          }
          break;
        case "participants":
          if (m.first(11, name)) {
            set(b::participants, list(m, this::participant, this::dummyParticipant));
          }
          break;
        case "conferences":
          if (m.first(12, name)) {
            set(b::conferences, list(m, this::conference, this::dummyConference));
          }
          break;
        case "visits":
          if (m.first(13, name)) {
            set(b::visits, list(m, this::visit, this::dummyVisit));
          }
          break;
        case "quotes":
          if (m.first(14, name)) {
            set(b::quotes, list(m, this::quote, this::dummyQuote));
          }
          break;
        default:
          m.unknown(name);
      }
      path.pop();
      if (unsupportedVersion) {
        return null;
      }
    }
    m.done();
    if ((m.seen & 1) == 0) {
      path.push("formatVersion");
      problemHere("is required: the format version, \"1.0\"");
      path.pop();
    }
    Extensions extensions = m.extensions();
    if (version != null) {
      Extensions.Builder withVersion = Extensions.builder().version(version);
      extensions.members().forEach(withVersion::put);
      extensions = withVersion.build();
    }
    if (!extensions.isEmpty()) {
      b.extensions(extensions);
    }
    Programme programme = build(m, b::build, member -> {
      switch (member) {
        case "id":
          b.id(standInId());
          break;
        case "name":
          b.name("?");
          break;
        case "summary":
          b.summary(Optional.empty());
          break;
        case "themes":
          b.themes(List.of());
          break;
        case "hashtags":
          b.hashtags(List.of());
          break;
        case "sdgs":
          b.sdgs(List.of());
          break;
        default:
          // Programme-wide problems: the stand-in keeps them, they are reported from it.
      }
    });
    return hasProblems() ? null : programme;
  }

  /** Reads the format version; returns it when it is a newer minor than this reader's. */
  private String formatVersion(Members m) {
    String version = requiredString(m);
    if (version == null) {
      return null;
    }
    var match = VERSION.matcher(version);
    if (!match.matches()) {
      problemHere(Problem.quote(version) + " is not a format version such as \"1.0\"");
      m.broke("formatVersion");
      return null;
    }
    if (!match.group(1).equals("1")) {
      // Nothing else of a document of another major version is meaningful to this reader.
      problemPaths.clear();
      problemMessages.clear();
      problemHere("format version " + Problem.quote(version)
          + " is not supported: this reader reads format 1.x");
      unsupportedVersion = true;
      return null;
    }
    String minor = match.group(2);
    boolean newer = minor.length() > 9 || Integer.parseInt(minor) > OWN_MINOR;
    return newer ? version : null;
  }

  // ---- The types ------------------------------------------------------------------------------

  Organisation organisation() {
    if (!isObject("an organisation object")) {
      return null;
    }
    Organisation.Builder b = Organisation.builder();
    Members m = new Members("Organisation");
    String name;
    while ((name = parser.nextName()) != null) {
      parser.nextToken();
      path.push(name);
      switch (name) {
        case "id":
          if (m.first(0, name)) {
            set(b::id, requiredString(m));
          }
          break;
        case "name":
          if (m.first(1, name)) {
            set(b::name, requiredString(m));
          }
          break;
        case "shortName":
          if (m.first(2, name)) {
            set(b::shortName, string(m));
          }
          break;
        case "sector":
          if (m.first(3, name)) {
            set(b::sector, required(m, () -> enumValue(m, Wire.SECTOR)));
          }
          break;
        case "parent":
          if (m.first(4, name)) {
            set(b::parent, string(m));
          }
          break;
        case "place":
          if (m.first(5, name)) {
            set(b::place, optional(m, this::place));
          }
          break;
        case "url":
          if (m.first(6, name)) {
            set(b::url, string(m));
          }
          break;
        default:
          m.unknown(name);
      }
      path.pop();
    }
    setExtensions(m, b::extensions);
    try {
      return b.build();
    } catch (ValidationException e) {
      return salvage(m, e, b::build, member -> fixOrganisation(b, member));
    }
  }

  private void fixOrganisation(Organisation.Builder b, String member) {
    switch (member) {
      case "id":
        b.id(standInId());
        break;
      case "name":
        b.name("?");
        break;
      case "sector":
        b.sector(Sector.PUBLIC);
        break;
      case "shortName":
        b.shortName(Optional.empty());
        break;
      case "parent":
        b.parent(Optional.empty());
        break;
      case "place":
        b.place(Optional.empty());
        break;
      case "url":
        b.url(Optional.empty());
        break;
      default:
    }
  }

  private Organisation dummyOrganisation() {
    Organisation.Builder b = Organisation.builder();
    List.of("id", "name", "sector").forEach(member -> fixOrganisation(b, member));
    return b.build();
  }

  Participant participant() {
    if (!isObject("a participant object")) {
      return null;
    }
    Participant.Builder b = Participant.builder();
    Members m = new Members("Participant");
    String name;
    while ((name = parser.nextName()) != null) {
      parser.nextToken();
      path.push(name);
      switch (name) {
        case "id":
          if (m.first(0, name)) {
            set(b::id, requiredString(m));
          }
          break;
        case "name":
          if (m.first(1, name)) {
            set(b::name, requiredString(m));
          }
          break;
        case "sector":
          if (m.first(2, name)) {
            set(b::sector, isNull() ? null : enumValue(m, Wire.SECTOR));
          }
          break;
        case "affiliations":
          if (m.first(3, name)) {
            set(b::affiliations, list(m, this::affiliation, this::dummyAffiliation));
          }
          break;
        case "url":
          if (m.first(4, name)) {
            set(b::url, string(m));
          }
          break;
        default:
          m.unknown(name);
      }
      path.pop();
    }
    setExtensions(m, b::extensions);
    try {
      return b.build();
    } catch (ValidationException e) {
      return salvage(m, e, b::build, member -> fixParticipant(b, member));
    }
  }

  private void fixParticipant(Participant.Builder b, String member) {
    switch (member) {
      case "id":
        b.id(standInId());
        break;
      case "name":
        b.name("?");
        break;
      case "sector":
        b.sector(Optional.empty());
        break;
      case "url":
        b.url(Optional.empty());
        break;
      default:
    }
  }

  private Participant dummyParticipant() {
    Participant.Builder b = Participant.builder();
    List.of("id", "name").forEach(member -> fixParticipant(b, member));
    return b.build();
  }

  Affiliation affiliation() {
    if (!isObject("an affiliation object")) {
      return null;
    }
    Affiliation.Builder b = Affiliation.builder();
    Members m = new Members("Affiliation");
    String name;
    while ((name = parser.nextName()) != null) {
      parser.nextToken();
      path.push(name);
      switch (name) {
        case "organisation":
          if (m.first(0, name)) {
            set(b::organisation, requiredString(m));
          }
          break;
        case "title":
          if (m.first(1, name)) {
            set(b::title, string(m));
          }
          break;
        case "period":
          if (m.first(2, name)) {
            set(b::period, dateRange(m));
          }
          break;
        default:
          m.unknown(name);
      }
      path.pop();
    }
    setExtensions(m, b::extensions);
    try {
      return b.build();
    } catch (ValidationException e) {
      return salvage(m, e, b::build, member -> fixAffiliation(b, member));
    }
  }

  private void fixAffiliation(Affiliation.Builder b, String member) {
    if (member.equals("organisation")) {
      b.organisation(standInId());
    } else if (member.equals("title")) {
      b.title(Optional.empty());
    }
  }

  private Affiliation dummyAffiliation() {
    return Affiliation.builder().organisation(standInId()).build();
  }

  Conference conference() {
    if (!isObject("a conference object")) {
      return null;
    }
    Conference.Builder b = Conference.builder();
    Members m = new Members("Conference");
    String name;
    while ((name = parser.nextName()) != null) {
      parser.nextToken();
      path.push(name);
      switch (name) {
        case "id":
          if (m.first(0, name)) {
            set(b::id, requiredString(m));
          }
          break;
        case "name":
          if (m.first(1, name)) {
            set(b::name, requiredString(m));
          }
          break;
        case "summary":
          if (m.first(2, name)) {
            set(b::summary, string(m));
          }
          break;
        case "hosts":
          if (m.first(3, name)) {
            set(b::hosts, strings(m));
          }
          break;
        case "place":
          if (m.first(4, name)) {
            set(b::place, optional(m, this::place));
          }
          break;
        case "dates":
          if (m.first(5, name)) {
            set(b::dates, dateRange(m));
          }
          break;
        case "themes":
          if (m.first(6, name)) {
            set(b::themes, strings(m));
          }
          break;
        case "url":
          if (m.first(7, name)) {
            set(b::url, string(m));
          }
          break;
        case "strands":
          if (m.first(8, name)) {
            set(b::strands, list(m, this::strand, this::dummyStrand));
          }
          break;
        case "sessions":
          if (m.first(9, name)) {
            set(b::sessions, list(m, this::session, this::dummySession));
          }
          break;
        case "participations":
          if (m.first(10, name)) {
            set(b::participations, list(m, this::participation, this::dummyParticipation));
          }
          break;
        default:
          m.unknown(name);
      }
      path.pop();
    }
    setExtensions(m, b::extensions);
    try {
      return b.build();
    } catch (ValidationException e) {
      return salvage(m, e, b::build, member -> fixConference(b, member));
    }
  }

  private void fixConference(Conference.Builder b, String member) {
    switch (member) {
      case "id":
        b.id(standInId());
        break;
      case "name":
        b.name("?");
        break;
      case "summary":
        b.summary(Optional.empty());
        break;
      case "themes":
        b.themes(List.of());
        break;
      case "url":
        b.url(Optional.empty());
        break;
      default:
    }
  }

  private Conference dummyConference() {
    Conference.Builder b = Conference.builder();
    List.of("id", "name").forEach(member -> fixConference(b, member));
    return b.build();
  }

  Strand strand() {
    if (!isObject("a strand object")) {
      return null;
    }
    Strand.Builder b = Strand.builder();
    Members m = new Members("Strand");
    String name;
    while ((name = parser.nextName()) != null) {
      parser.nextToken();
      path.push(name);
      switch (name) {
        case "id":
          if (m.first(0, name)) {
            set(b::id, requiredString(m));
          }
          break;
        case "title":
          if (m.first(1, name)) {
            set(b::title, requiredString(m));
          }
          break;
        case "summary":
          if (m.first(2, name)) {
            set(b::summary, string(m));
          }
          break;
        default:
          m.unknown(name);
      }
      path.pop();
    }
    setExtensions(m, b::extensions);
    try {
      return b.build();
    } catch (ValidationException e) {
      return salvage(m, e, b::build, member -> fixStrand(b, member));
    }
  }

  private void fixStrand(Strand.Builder b, String member) {
    switch (member) {
      case "id":
        b.id(standInId());
        break;
      case "title":
        b.title("?");
        break;
      case "summary":
        b.summary(Optional.empty());
        break;
      default:
    }
  }

  private Strand dummyStrand() {
    return Strand.builder().id(standInId()).title("?").build();
  }

  Session session() {
    if (!isObject("a session object")) {
      return null;
    }
    Session.Builder b = Session.builder();
    Members m = new Members("Session");
    String name;
    while ((name = parser.nextName()) != null) {
      parser.nextToken();
      path.push(name);
      switch (name) {
        case "id":
          if (m.first(0, name)) {
            set(b::id, requiredString(m));
          }
          break;
        case "title":
          if (m.first(1, name)) {
            set(b::title, requiredString(m));
          }
          break;
        case "kind":
          if (m.first(2, name)) {
            set(b::kind, required(m, () -> enumValue(m, Wire.SESSION_KIND)));
          }
          break;
        case "strand":
          if (m.first(3, name)) {
            set(b::strand, string(m));
          }
          break;
        case "date":
          if (m.first(4, name)) {
            set(b::date, partialDate(m));
          }
          break;
        case "summary":
          if (m.first(5, name)) {
            set(b::summary, string(m));
          }
          break;
        default:
          m.unknown(name);
      }
      path.pop();
    }
    setExtensions(m, b::extensions);
    try {
      return b.build();
    } catch (ValidationException e) {
      return salvage(m, e, b::build, member -> fixSession(b, member));
    }
  }

  private void fixSession(Session.Builder b, String member) {
    switch (member) {
      case "id":
        b.id(standInId());
        break;
      case "title":
        b.title("?");
        break;
      case "kind":
        b.kind(SessionKind.OTHER);
        break;
      case "summary":
        b.summary(Optional.empty());
        break;
      default:
    }
  }

  private Session dummySession() {
    return Session.builder().id(standInId()).title("?").kind(SessionKind.OTHER).build();
  }

  Participation participation() {
    if (!isObject("a participation object")) {
      return null;
    }
    Participation.Builder b = Participation.builder();
    Members m = new Members("Participation");
    String name;
    while ((name = parser.nextName()) != null) {
      parser.nextToken();
      path.push(name);
      switch (name) {
        case "participant":
          if (m.first(0, name)) {
            set(b::participant, requiredString(m));
          }
          break;
        case "role":
          if (m.first(1, name)) {
            set(b::role, required(m, () -> enumValue(m, Wire.ROLE)));
          }
          break;
        case "session":
          if (m.first(2, name)) {
            set(b::session, string(m));
          }
          break;
        case "representing":
          if (m.first(3, name)) {
            set(b::representing, string(m));
          }
          break;
        default:
          m.unknown(name);
      }
      path.pop();
    }
    setExtensions(m, b::extensions);
    try {
      return b.build();
    } catch (ValidationException e) {
      return salvage(m, e, b::build, member -> fixParticipation(b, member));
    }
  }

  private void fixParticipation(Participation.Builder b, String member) {
    if (member.equals("participant")) {
      b.participant(standInId());
    } else if (member.equals("role")) {
      b.role(Role.ATTENDEE);
    }
  }

  private Participation dummyParticipation() {
    return Participation.builder().participant(standInId()).role(Role.ATTENDEE).build();
  }

  Visit visit() {
    if (!isObject("a visit object")) {
      return null;
    }
    Visit.Builder b = Visit.builder();
    Members m = new Members("Visit");
    String name;
    while ((name = parser.nextName()) != null) {
      parser.nextToken();
      path.push(name);
      switch (name) {
        case "id":
          if (m.first(0, name)) {
            set(b::id, requiredString(m));
          }
          break;
        case "title":
          if (m.first(1, name)) {
            set(b::title, requiredString(m));
          }
          break;
        case "conference":
          if (m.first(2, name)) {
            set(b::conference, requiredString(m));
          }
          break;
        case "origin":
          if (m.first(3, name)) {
            set(b::origin, optional(m, this::place));
          }
          break;
        case "participants":
          if (m.first(4, name)) {
            set(b::participants, strings(m));
          }
          break;
        case "funders":
          if (m.first(5, name)) {
            set(b::funders, strings(m));
          }
          break;
        case "summary":
          if (m.first(6, name)) {
            set(b::summary, string(m));
          }
          break;
        default:
          m.unknown(name);
      }
      path.pop();
    }
    setExtensions(m, b::extensions);
    try {
      return b.build();
    } catch (ValidationException e) {
      return salvage(m, e, b::build, member -> fixVisit(b, member));
    }
  }

  private void fixVisit(Visit.Builder b, String member) {
    switch (member) {
      case "id":
        b.id(standInId());
        break;
      case "title":
        b.title("?");
        break;
      case "conference":
        b.conference(standInId());
        break;
      case "participants":
        b.participants(List.of());
        break;
      case "summary":
        b.summary(Optional.empty());
        break;
      default:
    }
  }

  private Visit dummyVisit() {
    Visit.Builder b = Visit.builder();
    List.of("id", "title", "conference").forEach(member -> fixVisit(b, member));
    return b.build();
  }

  Quote quote() {
    if (!isObject("a quote object")) {
      return null;
    }
    Quote.Builder b = Quote.builder();
    Members m = new Members("Quote");
    String name;
    while ((name = parser.nextName()) != null) {
      parser.nextToken();
      path.push(name);
      switch (name) {
        case "id":
          if (m.first(0, name)) {
            set(b::id, requiredString(m));
          }
          break;
        case "speaker":
          if (m.first(1, name)) {
            set(b::speaker, requiredString(m));
          }
          break;
        case "text":
          if (m.first(2, name)) {
            set(b::text, requiredString(m));
          }
          break;
        case "language":
          if (m.first(3, name)) {
            set(b::language, string(m));
          }
          break;
        case "said":
          if (m.first(4, name)) {
            set(b::said, partialDate(m));
          }
          break;
        case "conference":
          if (m.first(5, name)) {
            set(b::conference, string(m));
          }
          break;
        case "source":
          if (m.first(6, name)) {
            set(b::source, optional(m, this::source));
          }
          break;
        default:
          m.unknown(name);
      }
      path.pop();
    }
    setExtensions(m, b::extensions);
    try {
      return b.build();
    } catch (ValidationException e) {
      return salvage(m, e, b::build, member -> fixQuote(b, member));
    }
  }

  private void fixQuote(Quote.Builder b, String member) {
    switch (member) {
      case "id":
        b.id(standInId());
        break;
      case "speaker":
        b.speaker(standInId());
        break;
      case "text":
        b.text("?");
        break;
      case "language":
        b.language(Optional.empty());
        break;
      default:
    }
  }

  private Quote dummyQuote() {
    Quote.Builder b = Quote.builder();
    List.of("id", "speaker", "text").forEach(member -> fixQuote(b, member));
    return b.build();
  }

  Source source() {
    if (!isObject("a source object")) {
      return null;
    }
    Source.Builder b = Source.builder();
    Members m = new Members("Source");
    String name;
    while ((name = parser.nextName()) != null) {
      parser.nextToken();
      path.push(name);
      switch (name) {
        case "title":
          if (m.first(0, name)) {
            set(b::title, requiredString(m));
          }
          break;
        case "publisher":
          if (m.first(1, name)) {
            set(b::publisher, string(m));
          }
          break;
        case "url":
          if (m.first(2, name)) {
            set(b::url, string(m));
          }
          break;
        case "published":
          if (m.first(3, name)) {
            set(b::published, partialDate(m));
          }
          break;
        default:
          m.unknown(name);
      }
      path.pop();
    }
    setExtensions(m, b::extensions);
    try {
      return b.build();
    } catch (ValidationException e) {
      return salvage(m, e, b::build, member -> {
        switch (member) {
          case "title":
            b.title("?");
            break;
          case "publisher":
            b.publisher(Optional.empty());
            break;
          case "url":
            b.url(Optional.empty());
            break;
          default:
        }
      });
    }
  }

  Place place() {
    if (!isObject("a place object")) {
      return null;
    }
    Place.Builder b = Place.builder();
    Members m = new Members("Place");
    String name;
    while ((name = parser.nextName()) != null) {
      parser.nextToken();
      path.push(name);
      switch (name) {
        case "name":
          if (m.first(0, name)) {
            set(b::name, requiredString(m));
          }
          break;
        case "region":
          if (m.first(1, name)) {
            set(b::region, string(m));
          }
          break;
        case "country":
          if (m.first(2, name)) {
            set(b::country, requiredString(m));
          }
          break;
        case "coordinates":
          if (m.first(3, name)) {
            set(b::coordinates, optional(m, this::coordinates));
          }
          break;
        default:
          m.unknown(name);
      }
      path.pop();
    }
    setExtensions(m, b::extensions);
    try {
      return b.build();
    } catch (ValidationException e) {
      return salvage(m, e, b::build, member -> {
        switch (member) {
          case "name":
            b.name("?");
            break;
          case "region":
            b.region(Optional.empty());
            break;
          case "country":
            b.country("GB");
            break;
          default:
        }
      });
    }
  }

  Coordinates coordinates() {
    if (!isObject("a coordinates object")) {
      return null;
    }
    Coordinates.Builder b = Coordinates.builder();
    Members m = new Members("Coordinates");
    String name;
    while ((name = parser.nextName()) != null) {
      parser.nextToken();
      path.push(name);
      switch (name) {
        case "latitude":
          if (m.first(0, name)) {
            set(b::latitude, required(m, () -> number(m)));
          }
          break;
        case "longitude":
          if (m.first(1, name)) {
            set(b::longitude, required(m, () -> number(m)));
          }
          break;
        default:
          m.unknown(name);
      }
      path.pop();
    }
    setExtensions(m, b::extensions);
    try {
      return b.build();
    } catch (ValidationException e) {
      return salvage(m, e, b::build, member -> {
        if (member.equals("latitude")) {
          b.latitude(0);
        } else if (member.equals("longitude")) {
          b.longitude(0);
        }
      });
    }
  }

  /** A date range; null when absent or broken (its problems are recorded). */
  DateRange dateRange(Members parent) {
    if (isNull()) {
      return null;
    }
    if (!isObject("a date range object such as {\"start\": \"2018-11\"}")) {
      parent.broke(currentMember());
      return null;
    }
    Members m = new Members("DateRange");
    PartialDate start = null;
    PartialDate end = null;
    String name;
    while ((name = parser.nextName()) != null) {
      parser.nextToken();
      path.push(name);
      switch (name) {
        case "start":
          if (m.first(0, name)) {
            start = required(m, () -> partialDate(m));
          }
          break;
        case "end":
          if (m.first(1, name)) {
            end = partialDate(m);
          }
          break;
        default:
          m.unknown(name);
      }
      path.pop();
    }
    m.done();
    if ((m.seen & 1) == 0) {
      path.push("start");
      problemHere("is required: the first date of the range");
      path.pop();
    }
    if (start == null) {
      parent.broke(currentMember());
      return null;
    }
    try {
      return DateRange.of(start, Optional.ofNullable(end), m.extensions());
    } catch (ValidationException e) {
      List<Object> here = path.toList();
      for (Problem p : e.problems()) {
        found(concat(here, p.path()), p.message());
      }
      parent.broke(currentMember());
      return null;
    }
  }

  /** A date range alone, as the Jackson module reads it. */
  DateRange standaloneDateRange() {
    Members holder = new Members("DateRange");
    return isNull() ? null : dateRange(holder);
  }

  /** A partial date alone, as the Jackson module reads it. */
  PartialDate standalonePartialDate() {
    return partialDate(new Members("PartialDate"));
  }

  /** An enumerated value alone, as the Jackson module reads it. */
  <E extends Enum<E>> E standaloneEnum(Wire<E> wire) {
    return enumValue(new Members("value"), wire);
  }

  // ---- Values ---------------------------------------------------------------------------------

  private String currentMember() {
    List<Object> here = path.toList();
    for (int i = here.size() - 1; i >= 0; i--) {
      if (here.get(i) instanceof String) {
        return (String) here.get(i);
      }
    }
    return "";
  }

  private static <T> void set(Consumer<T> setter, T value) {
    if (value != null) {
      setter.accept(value);
    }
  }

  private void setExtensions(Members m, Consumer<Extensions> setter) {
    m.done();
    if (m.hasExtensions()) {
      setter.accept(m.extensions());
    }
  }

  /** A required member's value: null is reported as such; a bad value was reported already. */
  private <T> T required(Members m, Supplier<T> read) {
    if (isNull()) {
      problemHere("is required and must not be null");
      m.broke(currentMember());
      return null;
    }
    T value = read.get();
    if (value == null) {
      m.broke(currentMember());
    }
    return value;
  }

  private String requiredString(Members m) {
    return required(m, () -> string(m));
  }

  /** An optional object; null when absent or broken. */
  private <T> T optional(Members m, Supplier<T> read) {
    if (isNull()) {
      return null;
    }
    T value = read.get();
    if (value == null) {
      m.broke(currentMember());
    }
    return value;
  }

  /** A string, or null when null or of another type (reported). */
  private String string(Members m) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      return parser.getString();
    }
    if (token != JsonToken.VALUE_NULL) {
      problemHere("must be a string, not " + describe(token));
      m.broke(currentMember());
      skipValue();
    }
    return null;
  }

  private PartialDate partialDate(Members m) {
    String text = string(m);
    if (text == null) {
      return null;
    }
    try {
      return PartialDate.parse(text);
    } catch (DateTimeParseException e) {
      problemHere(e.getMessage());
      m.broke(currentMember());
      return null;
    }
  }

  private <E extends Enum<E>> E enumValue(Members m, Wire<E> wire) {
    String text = string(m);
    if (text == null) {
      return null;
    }
    E value = wire.value(text);
    if (value == null) {
      problemHere(wire.unknown(text));
      m.broke(currentMember());
    }
    return value;
  }

  private Double number(Members m) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      return parser.getDoubleValue();
    }
    problemHere("must be a number, not " + describe(token));
    m.broke(currentMember());
    skipValue();
    return null;
  }

  /** A list of strings; null elements and other types are reported at their index. */
  private List<String> strings(Members m) {
    if (!isArray(m)) {
      return null;
    }
    List<String> values = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
      path.push(i);
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_STRING) {
        values.add(parser.getString());
      } else {
        problemHere(token == JsonToken.VALUE_NULL
            ? "must not be null: a list holds no nulls"
            : "must be a string, not " + describe(token));
        skipValue();
        ok = false;
      }
      path.pop();
    }
    if (!ok) {
      m.broke(currentMember());
      return null;
    }
    return values;
  }

  private List<Integer> integers(Members m) {
    if (!isArray(m)) {
      return null;
    }
    List<Integer> values = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
      path.push(i);
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_NUMBER_INT
          && parser.getNumberType() == JsonParser.NumberType.INT) {
        values.add(parser.getIntValue());
      } else {
        problemHere(token == JsonToken.VALUE_NULL
            ? "must not be null: a list holds no nulls"
            : token == JsonToken.VALUE_NUMBER_INT
                ? Problem.quote(parser.getString()) + " is too large"
                : token == JsonToken.VALUE_NUMBER_FLOAT
                    ? Problem.quote(parser.getString())
                        + " is not an integer: write it without fraction or exponent"
                    : "must be an integer, not " + describe(token));
        skipValue();
        ok = false;
      }
      path.pop();
    }
    if (!ok) {
      m.broke(currentMember());
      return null;
    }
    return values;
  }

  private boolean isArray(Members m) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_ARRAY) {
      return true;
    }
    if (token != JsonToken.VALUE_NULL) {
      problemHere("must be an array, not " + describe(token));
      m.broke(currentMember());
      skipValue();
    }
    return false;
  }

  /**
   * A list of objects. Broken elements are replaced by stand-ins so that later indexes stay
   * aligned with the document; null and non-object elements are reported at their index.
   */
  private <T> List<T> list(Members m, Supplier<T> element, Supplier<T> dummy) {
    if (!isArray(m)) {
      return null;
    }
    List<T> values = new ArrayList<>();
    for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
      path.push(i);
      T value;
      if (isNull()) {
        problemHere("must not be null: a list holds no nulls");
        value = null;
      } else {
        value = element.get();
      }
      if (value == null) {
        value = dummy.get();
      }
      values.add(value);
      path.pop();
    }
    return values;
  }

  // ---- Unknown members and skipping -----------------------------------------------------------

  /**
   * Copies the current value as compact JSON text, keeping numbers' text, checking what the
   * format requires of every object (no repeated member, at most so many members) and of all text
   * (valid Unicode). Iterative, so that depth is bounded only by the parser's nesting limit.
   */
  private RawJson copyValue() {
    StringWriter out = new StringWriter();
    List<Frame> frames = new ArrayList<>();
    try (JsonGenerator g = factory.createGenerator(ObjectWriteContext.empty(), out)) {
      JsonToken token = parser.currentToken();
      while (true) {
        Frame top = frames.isEmpty() ? null : frames.get(frames.size() - 1);
        if (token == JsonToken.PROPERTY_NAME) {
          String name = parser.currentName();
          path.push(name);
          top.member(name);
          g.writeName(name);
          token = parser.nextToken();
          continue; // the member's value follows, with the name on the path
        }
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          if (token == JsonToken.END_OBJECT) {
            g.writeEndObject();
          } else {
            g.writeEndArray();
          }
          frames.remove(frames.size() - 1);
        } else {
          if (top != null && top.array) {
            path.push(top.index++);
          }
          if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            boolean array = token == JsonToken.START_ARRAY;
            if (array) {
              g.writeStartArray();
            } else {
              g.writeStartObject();
            }
            frames.add(new Frame(array));
            token = parser.nextToken();
            continue;
          }
          scalar(token, g);
        }
        if (frames.isEmpty()) {
          break;
        }
        path.pop(); // the name or index of the value just finished
        token = parser.nextToken();
      }
    }
    return new RawJson(out.toString());
  }

  /** An object or array being copied. */
  private final class Frame {
    final boolean array;
    int index;
    private Set<String> names;

    Frame(boolean array) {
      this.array = array;
    }

    void member(String name) {
      if (++index > maxObjectMembers) {
        throw new LimitExceeded("limit exceeded: an object has more than " + maxObjectMembers
            + " members (maxObjectMembers), at "
            + ProgrammeJson.location(parser.currentTokenLocation()));
      }
      if (names == null) {
        names = new HashSet<>();
      }
      if (!names.add(name)) {
        problemHere("repeats the member " + Problem.quote(name) + " of this object");
      }
      checkText(name, "member name");
    }
  }

  private void scalar(JsonToken token, JsonGenerator g) {
    switch (token) {
      case VALUE_STRING:
        String text = parser.getString();
        checkText(text, "text");
        g.writeString(text);
        break;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        g.writeNumber(parser.getString());
        break;
      case VALUE_TRUE:
        g.writeBoolean(true);
        break;
      case VALUE_FALSE:
        g.writeBoolean(false);
        break;
      default:
        g.writeNull();
    }
  }

  private void checkText(String text, String what) {
    int at = unpairedSurrogate(text);
    if (at >= 0) {
      problemHere("the " + what + " holds an unpaired surrogate at character " + at
          + ": text must be valid Unicode");
    }
  }

  /** The index of the first unpaired surrogate, or -1 if the text is valid Unicode. */
  static int unpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** Skips the current value, decoding every string so that malformed input is still found. */
  void skipValue() {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      parser.getString();
      return;
    }
    if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
      return;
    }
    int depth = 1;
    while (depth > 0) {
      token = parser.nextToken();
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        depth++;
      } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        depth--;
      } else if (token == JsonToken.VALUE_STRING) {
        parser.getString();
      } else if (token == null) {
        return;
      }
    }
  }

  static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the document";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.toString();
    }
  }
}
