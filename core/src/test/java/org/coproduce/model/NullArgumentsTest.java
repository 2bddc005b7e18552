package org.coproduce.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public method and constructor written by hand in this package refuses a {@code null}
 * argument with a {@link NullPointerException} whose message is the parameter's name. (The
 * generated builders report nulls as {@link ValidationException}s: see BuilderNullsTest.)
 */
class NullArgumentsTest {
  private static final Programme PROGRAMME = Programme.builder().id("p").name("P").build();
  private static final Conference CONFERENCE = Conference.builder().id("c").name("C").build();
  private static final PartialDate DATE = PartialDate.ofYear(2018);

  /** A valid argument of each parameter type the methods take. */
  private static final Map<Class<?>, Object> SAMPLES = Map.ofEntries(
      Map.entry(String.class, "x"),
      Map.entry(CharSequence.class, "2018"),
      Map.entry(Object.class, "x"),
      Map.entry(String[].class, new String[] {"x"}),
      Map.entry(Collection.class, List.of("x")),
      Map.entry(List.class, List.of("x")),
      Map.entry(Optional.class, Optional.empty()),
      Map.entry(Role.class, Role.values()[0]),
      Map.entry(PartialDate.class, DATE),
      Map.entry(DateRange.class, DateRange.of(DATE)),
      Map.entry(LocalDate.class, LocalDate.of(2018, 1, 1)),
      Map.entry(YearMonth.class, YearMonth.of(2018, 1)),
      Map.entry(Extensions.class, Extensions.empty()));

  /** The hand-written types, each with an instance to call its methods on. */
  private static final Map<Class<?>, Object> TYPES = Map.of(
      AbstractProgramme.class, PROGRAMME,
      ProgrammeQuestions.class, PROGRAMME,
      LanguagePreference.class, LanguagePreference.of("en"),
      AbstractConference.class, CONFERENCE,
      PartialDate.class, DATE,
      DateRange.class, DateRange.of(DATE),
      Problem.class, Problem.of(List.of(), "m"),
      Extensions.Builder.class, Extensions.builder(),
      ValidationException.class, new ValidationException("x"));

  /** One case per reference parameter of each public method or constructor. */
  static Stream<Arguments> nullableParameters() {
    List<Arguments> cases = new ArrayList<>();
    for (Class<?> type : TYPES.keySet()) {
      List<Executable> executables = new ArrayList<>(Arrays.asList(type.getDeclaredMethods()));
      executables.addAll(Arrays.asList(type.getDeclaredConstructors()));
      for (Executable e : executables) {
        boolean equals = e.getName().equals("equals");
        if (!Modifier.isPublic(e.getModifiers()) || e.isSynthetic() || equals) {
          continue;
        }
        Parameter[] parameters = e.getParameters();
        for (int i = 0; i < parameters.length; i++) {
          if (!parameters[i].getType().isPrimitive()) {
            String method = e instanceof Constructor<?> ? "new" : e.getName();
            cases.add(Arguments.of(type.getSimpleName() + "." + method + "("
                + parameters[i].getName() + ")", e, i));
          }
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullableParameters")
  void refusesNullNamingTheParameter(String name, Executable executable, int index) {
    Parameter[] parameters = executable.getParameters();
    Object[] arguments = new Object[parameters.length];
    for (int i = 0; i < parameters.length; i++) {
      Class<?> type = parameters[i].getType();
      arguments[i] = i == index ? null : sample(type, name);
    }
    Throwable thrown = invoke(executable, arguments);
    assertThat(thrown).as(name).isExactlyInstanceOf(NullPointerException.class)
        .hasMessage(parameters[index].getName());
  }

  @Test
  void coversTheMethodsThatTakeArguments() {
    // Guards the reflection above: the parameter names are compiled in, and the cases are many.
    assertThat(nullableParameters().map(a -> (String) a.get()[0]))
        .contains("ProgrammeQuestions.conferencesOf(participantId)", "PartialDate.parse(text)",
            "DateRange.of(extensions)", "Builder.put(value)", "Problem.of(path)")
        .hasSizeGreaterThan(40);
  }

  @Test
  void refusesANullElementOfAListOfIds() {
    assertThatThrownBy(() -> PROGRAMME.participantsInAll(Arrays.asList("c", null)))
        .isExactlyInstanceOf(NullPointerException.class).hasMessage("conferenceIds element");
    assertThatThrownBy(() -> new ValidationException("id", null))
        .isExactlyInstanceOf(NullPointerException.class).hasMessage("members element");
  }

  private static Object sample(Class<?> type, String name) {
    Object sample = SAMPLES.get(type);
    if (sample == null && type.isPrimitive()) {
      return type == boolean.class ? false : type == double.class ? 0.0 : 1;
    }
    assertThat(sample).as("a sample argument of type %s for %s", type, name).isNotNull();
    return sample;
  }

  private static Throwable invoke(Executable executable, Object[] arguments) {
    try {
      if (executable instanceof Constructor<?> constructor) {
        constructor.newInstance(arguments);
      } else {
        Method method = (Method) executable;
        Object receiver = Modifier.isStatic(method.getModifiers()) ? null
            : TYPES.get(method.getDeclaringClass());
        method.invoke(receiver, arguments);
      }
    } catch (InvocationTargetException e) {
      return e.getCause();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError(executable + " accepted null");
  }
}
