package org.coproduce.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.model.Problems.at;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Missing required members and nulls handed to builders and {@code with*} copies are reported as
 * {@link ValidationException}s at the member, never as a bare {@link NullPointerException}.
 */
class BuilderNullsTest {

  static Stream<Arguments> requiredMembers() {
    return Stream.of(
        Arguments.of((Supplier<Object>) () -> Programme.builder().build(), List.of("id", "name")),
        Arguments.of((Supplier<Object>) () -> Organisation.builder().build(),
            List.of("id", "name", "sector")),
        Arguments.of((Supplier<Object>) () -> Participant.builder().build(), List.of("id", "name")),
        Arguments.of((Supplier<Object>) () -> Affiliation.builder().build(),
            List.of("organisation")),
        Arguments.of((Supplier<Object>) () -> Conference.builder().build(), List.of("id", "name")),
        Arguments.of((Supplier<Object>) () -> Strand.builder().build(), List.of("id", "title")),
        Arguments.of((Supplier<Object>) () -> Session.builder().build(),
            List.of("id", "title", "kind")),
        Arguments.of((Supplier<Object>) () -> Participation.builder().build(),
            List.of("participant", "role")),
        Arguments.of((Supplier<Object>) () -> Visit.builder().build(),
            List.of("id", "title", "conference")),
        Arguments.of((Supplier<Object>) () -> Quote.builder().build(),
            List.of("id", "speaker", "text")),
        Arguments.of((Supplier<Object>) () -> Source.builder().build(), List.of("title")),
        Arguments.of((Supplier<Object>) () -> Place.builder().build(), List.of("name", "country")),
        Arguments.of((Supplier<Object>) () -> Coordinates.builder().build(),
            List.of("latitude", "longitude")));
  }

  @ParameterizedTest
  @MethodSource("requiredMembers")
  void reportsEveryMissingRequiredMemberAtOnce(Supplier<Object> build, List<String> members) {
    List<Problem> expected = new ArrayList<>();
    for (String member : members) {
      expected.add(at("is required and must not be null", member));
    }
    assertThat(Problems.of(build::get)).containsExactlyElementsOf(expected);
  }

  @Test
  void reportsOnlyTheMembersStillMissing() {
    assertThat(Problems.of(() -> Session.builder().title("t").build()))
        .containsExactly(
            at("is required and must not be null", "id"),
            at("is required and must not be null", "kind"));
  }

  private static final List<Class<?>> TYPES = List.of(Programme.class, Organisation.class,
      Participant.class, Affiliation.class, Conference.class, Strand.class, Session.class,
      Participation.class, Visit.class, Quote.class, Source.class, Place.class, Coordinates.class,
      Output.class, ProgrammeTranslation.class, OrganisationTranslation.class,
      ConferenceTranslation.class, StrandTranslation.class, SessionTranslation.class,
      VisitTranslation.class, QuoteTranslation.class, PlaceTranslation.class,
      OutputTranslation.class);

  /** A null value, or a null list element, goes to the member it was meant for. */
  @Test
  void everyBuilderMethodGivenANullValueReportsItsMember() throws Exception {
    int checked = 0;
    for (Class<?> type : TYPES) {
      for (Method method : type.getMethod("builder").getReturnType().getMethods()) {
        if (!takesOneValue(method)) {
          continue;
        }
        Object builder = type.getMethod("builder").invoke(null);
        String member = memberOf(method.getName());
        assertThat(problemsOfCall(method, builder))
            .as("%s.Builder.%s(null)", type.getSimpleName(), method.getName())
            .containsExactly(at(method.getName().startsWith("add")
                ? "must not hold null" : "is required and must not be null", member));
        checked++;
      }
    }
    // Every type has at least one such method; most have several.
    assertThat(checked).isGreaterThan(80);
  }

  @Test
  void everyWithMethodGivenANullValueReportsItsMember() throws Exception {
    int checked = 0;
    for (Class<?> type : TYPES) {
      Object instance = sample(type);
      for (Method method : type.getMethods()) {
        if (!method.getName().startsWith("with") || !takesOneValue(method)) {
          continue;
        }
        String member = memberOf(method.getName());
        assertThat(problemsOfCall(method, instance))
            .as("%s.%s(null)", type.getSimpleName(), method.getName())
            .containsExactly(at("is required and must not be null", member));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(50);
  }

  @Test
  void nullElementsOfListsAreReportedAtTheList() {
    assertThat(Problems.of(() -> Fixtures.conference("c").addHosts("a", null)))
        .containsExactly(at("must not hold null", "hosts"));
    assertThat(Problems.of(() -> Fixtures.conference("c").hosts(Arrays.asList("a", null))))
        .containsExactly(at("must not hold null", "hosts"));
    assertThat(Problems.of(() -> Fixtures.programme().addAllSdgs(Arrays.asList(1, null))))
        .containsExactly(at("must not hold null", "sdgs"));
    assertThat(Problems.of(() -> Fixtures.visit("v", "c").addAllParticipants(Arrays.asList(
            (String) null))))
        .containsExactly(at("must not hold null", "participants"));
  }

  @Test
  void nullElementsOfListsInWithCopiesAreReportedForTheObject() {
    Conference conference = Fixtures.conference("c").build();
    assertThat(Problems.of(() -> conference.withHosts("a", null)))
        .containsExactly(at("a list element is null: lists must not hold null"));
    assertThat(Problems.of(() -> conference.withThemes(Arrays.asList("t", null))))
        .containsExactly(at("a list element is null: lists must not hold null"));
  }

  @Test
  void nullKeysAndValuesOfTranslationsAreReportedAtTheMap() {
    SessionTranslation catalan = SessionTranslation.builder().title("Taller").build();
    assertThat(Problems.of(() -> Fixtures.quote("q", "p").putTranslation(null,
            QuoteTranslation.builder().text("t").build())))
        .containsExactly(at("must not hold a null key", "translations"));
    assertThat(Problems.of(() -> Session.builder().putTranslation("ca", null)))
        .containsExactly(at("must not be null", "translations", "ca"));
    Map<String, SessionTranslation> withNullValue = new LinkedHashMap<>();
    withNullValue.put("ca", null);
    assertThat(Problems.of(() -> Session.builder().putAllTranslations(withNullValue)))
        .containsExactly(at("must not be null", "translations", "ca"));
    Map<String, SessionTranslation> withNullKey = new LinkedHashMap<>();
    withNullKey.put(null, catalan);
    assertThat(Problems.of(() -> Session.builder().translations(withNullKey)))
        .containsExactly(at("must not hold a null key", "translations"));
    Session session = Fixtures.session("w");
    assertThat(Problems.of(() -> session.withTranslations(withNullKey)))
        .containsExactly(at("a map key is null: maps must not hold null"));
    assertThat(Problems.of(() -> session.withTranslations(withNullValue)))
        .containsExactly(at("the value for key \"ca\" is null"));
  }

  @Test
  void copyingFromNullIsReportedForTheObject() {
    assertThat(Problems.of(() -> Organisation.builder().from(null)))
        .containsExactly(at("the object to copy from must not be null"));
  }

  @Test
  void anEmptyOptionalClearsAnOptionalMember() {
    Conference conference = Fixtures.conference("c").summary("s").url("https://example.org")
        .build();
    assertThat(conference.withSummary(Optional.empty()).summary()).isEmpty();
    assertThat(Fixtures.conference("c").summary("s").summary(Optional.empty()).build().summary())
        .isEmpty();
  }

  // ---- Helpers --------------------------------------------------------------------------------

  /**
   * Whether the method takes one nullable value of a member or of one list element. Methods taking
   * an Iterable, a Map or a Map.Entry, an Optional or an array are left out: the generated code
   * dereferences those before any check (see the report of issue 2).
   */
  private static boolean takesOneValue(Method method) {
    if (method.getParameterCount() != 1 || method.getDeclaringClass() == Object.class) {
      return false;
    }
    Class<?> parameter = method.getParameterTypes()[0];
    return !parameter.isPrimitive() && !parameter.isArray()
        && !Iterable.class.isAssignableFrom(parameter) && parameter != Optional.class
        && !Map.class.isAssignableFrom(parameter) && parameter != Map.Entry.class
        && !method.getName().equals("from") && !method.getName().equals("equals");
  }

  /** The member a builder or with method sets: {@code addHost} and {@code withHosts} set hosts. */
  private static String memberOf(String method) {
    if (method.startsWith("with")) {
      String rest = method.substring(4);
      return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }
    if (method.startsWith("add")) {
      String rest = method.substring(3);
      return Character.toLowerCase(rest.charAt(0)) + rest.substring(1) + "s";
    }
    return method;
  }

  private static List<Problem> problemsOfCall(Method method, Object target) throws Exception {
    try {
      method.invoke(target, new Object[] {null});
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof ValidationException) {
        return ((ValidationException) e.getCause()).problems();
      }
      throw new AssertionError(method + " threw " + e.getCause(), e.getCause());
    }
    throw new AssertionError(method + " accepted null");
  }

  private static Object sample(Class<?> type) {
    switch (type.getSimpleName()) {
      case "Programme": return Fixtures.programme().build();
      case "Organisation": return Fixtures.org("o");
      case "Participant": return Fixtures.person("p");
      case "Affiliation": return Affiliation.builder().organisation("o").build();
      case "Conference": return Fixtures.conference("c").build();
      case "Strand": return Fixtures.strand("s");
      case "Session": return Fixtures.session("w");
      case "Participation": return Fixtures.participation("p", Role.SPEAKER);
      case "Visit": return Fixtures.visit("v", "c").build();
      case "Quote": return Fixtures.quote("q", "p").build();
      case "Source": return Source.builder().title("t").build();
      case "Place": return Fixtures.place("Cape Town", "ZA");
      case "Coordinates": return Coordinates.builder().latitude(0).longitude(0).build();
      case "Output": return Fixtures.output("o").build();
      case "ProgrammeTranslation": return ProgrammeTranslation.builder().name("n").build();
      case "OrganisationTranslation": return OrganisationTranslation.builder().name("n").build();
      case "ConferenceTranslation": return ConferenceTranslation.builder().name("n").build();
      case "StrandTranslation": return StrandTranslation.builder().title("t").build();
      case "SessionTranslation": return SessionTranslation.builder().title("t").build();
      case "VisitTranslation": return VisitTranslation.builder().title("t").build();
      case "QuoteTranslation": return QuoteTranslation.builder().text("t").build();
      case "PlaceTranslation": return PlaceTranslation.builder().name("n").build();
      case "OutputTranslation": return OutputTranslation.builder().title("t").build();
      default: throw new IllegalArgumentException(type.getName());
    }
  }
}
