package org.coproduce.json.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.coproduce.json.ProgrammeJson;
import org.coproduce.model.Affiliation;
import org.coproduce.model.Conference;
import org.coproduce.model.Coordinates;
import org.coproduce.model.Extensions;
import org.coproduce.model.Organisation;
import org.coproduce.model.Participant;
import org.coproduce.model.Participation;
import org.coproduce.model.Place;
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
import org.coproduce.model.testing.ProgrammeGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The writer never emits invalid UTF-8 nor text that is not valid Unicode: the model refuses an
 * unpaired surrogate in every string it holds, and the writer refuses what the model cannot
 * check (extension values not read from JSON, extension names, a format version).
 */
class WriterSafetyTest {
  private static final ProgrammeJson JSON = ProgrammeJson.create();
  private static final String[] UNPAIRED = {"\ud800", "\udfff", "a\ud83db", "\ude00\ud83d"};

  /** A string member of a type, a valid value for it, and how to build an object around it. */
  record Member(String name, String valid, Function<String, Object> build) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final String EMOJI = "ok \ud83d\ude00"; // a surrogate pair is valid text

  /** Every string member of every type, each set in an otherwise valid object. */
  static List<Member> members() {
    return List.of(
        new Member("Programme.id", "p", s -> programme(b -> b.id(s))),
        new Member("Programme.name", EMOJI, s -> programme(b -> b.name(s))),
        new Member("Programme.summary", EMOJI, s -> programme(b -> b.summary(s))),
        new Member("Programme.themes", EMOJI, s -> programme(b -> b.addThemes(s))),
        new Member("Programme.hashtags", "Tag", s -> programme(b -> b.addHashtags(s))),
        new Member("Programme.leads", "o", s -> programme(b -> b.addLeads(s))),
        new Member("Programme.funders", "o", s -> programme(b -> b.addFunders(s))),
        new Member("Organisation.id", "o", s -> organisation(b -> b.id(s))),
        new Member("Organisation.name", EMOJI, s -> organisation(b -> b.name(s))),
        new Member("Organisation.shortName", EMOJI, s -> organisation(b -> b.shortName(s))),
        new Member("Organisation.parent", "o", s -> programme(b -> b.organisations(List.of(
            organisation(o -> {}), organisation(o -> o.id("o2").parent(s)))))),
        new Member("Organisation.url", "x",
            s -> organisation(b -> b.url("https://example.org/" + s))),
        new Member("Participant.id", "a", s -> participant(b -> b.id(s))),
        new Member("Participant.name", EMOJI, s -> participant(b -> b.name(s))),
        new Member("Participant.url", "x",
            s -> participant(b -> b.url("http://example.org/?q=" + s))),
        new Member("Affiliation.organisation", "o", s -> programme(b -> b.participants(List.of(
            participant(p -> p.addAffiliations(Affiliation.builder().organisation(s).build())))))),
        new Member("Affiliation.title", EMOJI,
            s -> Affiliation.builder().organisation("o").title(s).build()),
        new Member("Conference.id", "c", s -> conference(b -> b.id(s))),
        new Member("Conference.name", EMOJI, s -> conference(b -> b.name(s))),
        new Member("Conference.summary", EMOJI, s -> conference(b -> b.summary(s))),
        new Member("Conference.hosts", "o", s -> programme(b -> b.conferences(List.of(
            conference(c -> c.addHosts(s)))))),
        new Member("Conference.themes", EMOJI, s -> conference(b -> b.addThemes(s))),
        new Member("Conference.url", "x",
            s -> conference(b -> b.url("https://" + s + ".example.org"))),
        new Member("Strand.id", "s", s -> Strand.builder().id(s).title("T").build()),
        new Member("Strand.title", EMOJI, s -> Strand.builder().id("s").title(s).build()),
        new Member("Strand.summary", EMOJI,
            s -> Strand.builder().id("s").title("T").summary(s).build()),
        new Member("Session.id", "x", s -> session(b -> b.id(s))),
        new Member("Session.title", EMOJI, s -> session(b -> b.title(s))),
        new Member("Session.summary", EMOJI, s -> session(b -> b.summary(s))),
        new Member("Session.strand", "s", s -> programme(b -> b.conferences(List.of(conference(
            c -> c.addStrands(Strand.builder().id("s").title("S").build())
                .addSessions(session(x -> x.strand(s)))))))),
        new Member("Participation.participant", "a", s -> programme(b -> b.conferences(List.of(
            conference(c -> c.addParticipations(participation(p -> p.participant(s)))))))),
        new Member("Participation.session", "x", s -> programme(b -> b.conferences(List.of(
            conference(c -> c.addSessions(session(x -> {}))
                .addParticipations(participation(p -> p.session(s)))))))),
        new Member("Participation.representing", "o", s -> programme(b -> b.conferences(List.of(
            conference(c -> c.addParticipations(participation(p -> p.representing(s)))))))),
        new Member("Visit.id", "v", s -> visit(b -> b.id(s))),
        new Member("Visit.title", EMOJI, s -> visit(b -> b.title(s))),
        new Member("Visit.conference", "c", s -> programme(b -> b.visits(List.of(
            visit(v -> v.conference(s)))))),
        new Member("Visit.participants", "a", s -> programme(b -> b.visits(List.of(
            visit(v -> v.addParticipants(s)))))),
        new Member("Visit.funders", "o", s -> programme(b -> b.visits(List.of(
            visit(v -> v.addFunders(s)))))),
        new Member("Visit.summary", EMOJI, s -> visit(b -> b.summary(s))),
        new Member("Quote.id", "q", s -> quote(b -> b.id(s))),
        new Member("Quote.speaker", "a",
            s -> programme(b -> b.quotes(List.of(quote(q -> q.speaker(s)))))),
        new Member("Quote.text", EMOJI, s -> quote(b -> b.text(s))),
        new Member("Quote.language", "GB", s -> quote(b -> b.language("en-" + s))),
        new Member("Quote.conference", "c", s -> programme(b -> b.quotes(List.of(
            quote(q -> q.conference(s)))))),
        new Member("Source.title", EMOJI, s -> Source.builder().title(s).build()),
        new Member("Source.publisher", EMOJI,
            s -> Source.builder().title("T").publisher(s).build()),
        new Member("Source.url", "x",
            s -> Source.builder().title("T").url("https://example.org/" + s).build()),
        new Member("Place.name", EMOJI, s -> Place.builder().name(s).country("GB").build()),
        new Member("Place.region", EMOJI,
            s -> Place.builder().name("P").region(s).country("GB").build()),
        new Member("Place.country", "B", s -> Place.builder().name("P").country("G" + s).build()));
  }

  static Stream<Arguments> unpairedInEveryMember() {
    return members().stream().flatMap(member -> Stream.of(UNPAIRED)
        .map(text -> Arguments.of(member, escape(text))));
  }

  @ParameterizedTest(name = "{0} = \"{1}\"")
  @MethodSource("unpairedInEveryMember")
  void theModelRefusesUnpairedSurrogatesInEveryString(Member member, String shown) {
    assertThatThrownBy(() -> member.build().apply(unescape(shown)))
        .isInstanceOf(ValidationException.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("members")
  void theSameObjectsAreValidWithValidText(Member member) {
    // So that the refusals above are for the text and nothing else.
    assertThat(member.build().apply(unescape(member.valid()))).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7})
  void writesValidUtf8ThatIsTheWrittenText(int seed) throws CharacterCodingException {
    Programme p = new ProgrammeGenerator(seed).programme(40);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JSON.write(p, bytes);
    String decoded = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
    assertThat(decoded).as("seed %d", seed).isEqualTo(JSON.write(p));
    assertThat(JSON.read(bytes.toByteArray())).as("seed %d", seed).isEqualTo(p);
  }

  @Test
  void refusesToWriteExtensionValuesNotReadFromJson() {
    Extensions foreign = Extensions.builder().put("x-a", "plain text").build();
    Programme base = JSON.read(Hostile.HEAD + "}");
    List<Programme> programmes = List.of(
        base.withExtensions(foreign),
        base.withOrganisations(organisation(o -> o.place(Place.builder().name("P").country("GB")
            .coordinates(Coordinates.builder().latitude(1).longitude(2).extensions(foreign)
                .build()).build()))),
        base.withOrganisations(organisation(o -> o.extensions(foreign))));
    for (Programme p : programmes) {
      refusesEveryWrite(p, "x-a");
    }
  }

  @Test
  void refusesToWriteExtensionNamesThatAreNotValidUnicode() {
    Programme p = JSON.read(Hostile.HEAD + ",\"x-a\":1}");
    Object value = p.extensions().members().get("x-a");
    for (String bad : UNPAIRED) {
      refusesEveryWrite(p.withExtensions(Extensions.builder().put("x-" + bad, value).build()),
          "unpaired surrogate");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.0", "0.9", "1", "1.x", "latest", "1.\ud800", ""})
  void refusesToWriteAFormatVersionItCannotRead(String version) {
    Programme p = JSON.read(Hostile.HEAD + "}");
    refusesEveryWrite(p.withExtensions(Extensions.builder().version(version).build()),
        "format version");
  }

  @Test
  void writesTheNewerVersionItRead() {
    Programme p = JSON.read(Hostile.HEAD.replace("1.0", "1.7") + ",\"x-new\":[1]}");
    String written = JSON.write(p);
    assertThat(written).startsWith("{\"formatVersion\":\"1.7\"");
    assertThat(JSON.read(written)).isEqualTo(p);
  }

  private static void refusesEveryWrite(Programme p, String message) {
    assertThatThrownBy(() -> JSON.write(p))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    assertThatThrownBy(() -> JSON.write(p, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    assertThatThrownBy(() -> JSON.write(p, new StringWriter()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
  }

  // ---- Valid objects to spoil -------------------------------------------------------------------

  private static Programme programme(Consumer<Programme.Builder> change) {
    Programme.Builder b = Programme.builder().id("p").name("P")
        .addOrganisations(organisation(o -> {}))
        .addParticipants(participant(p -> {}))
        .addConferences(conference(c -> c.addStrands(Strand.builder().id("s").title("S").build())
            .addSessions(session(s -> {}))));
    change.accept(b);
    return b.build();
  }

  private static Organisation organisation(Consumer<Organisation.Builder> change) {
    Organisation.Builder b = Organisation.builder().id("o").name("O").sector(Sector.PUBLIC);
    change.accept(b);
    return b.build();
  }

  private static Participant participant(Consumer<Participant.Builder> change) {
    Participant.Builder b = Participant.builder().id("a").name("A");
    change.accept(b);
    return b.build();
  }

  private static Conference conference(Consumer<Conference.Builder> change) {
    Conference.Builder b = Conference.builder().id("c").name("C");
    change.accept(b);
    return b.build();
  }

  private static Session session(Consumer<Session.Builder> change) {
    Session.Builder b = Session.builder().id("x").title("X").kind(SessionKind.WORKSHOP);
    change.accept(b);
    return b.build();
  }

  private static Participation participation(Consumer<Participation.Builder> change) {
    Participation.Builder b = Participation.builder().participant("a").role(Role.SPEAKER);
    change.accept(b);
    return b.build();
  }

  private static Visit visit(Consumer<Visit.Builder> change) {
    Visit.Builder b = Visit.builder().id("v").title("V").conference("c");
    change.accept(b);
    return b.build();
  }

  private static Quote quote(Consumer<Quote.Builder> change) {
    Quote.Builder b = Quote.builder().id("q").speaker("a").text("T");
    change.accept(b);
    return b.build();
  }

  /** Shows surrogates as \\uXXXX, so that test names print. */
  private static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      out.append(Character.isSurrogate(c) ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
    }
    return out.toString();
  }

  private static String unescape(String shown) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < shown.length(); i++) {
      if (shown.startsWith("\\u", i)) {
        out.append((char) Integer.parseInt(shown.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        out.append(shown.charAt(i));
      }
    }
    return out.toString();
  }
}
