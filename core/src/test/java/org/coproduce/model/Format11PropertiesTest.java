package org.coproduce.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.coproduce.model.Problems.at;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.coproduce.model.testing.ProgrammeGenerator;
import org.junit.jupiter.api.Test;

/**
 * Properties of format 1.1's content (languages, translations, outputs) over many generated
 * programmes. Each failure names its seed: rerun with {@code new
 * ProgrammeGenerator(seed).withFormat11()} to see the programme.
 */
class Format11PropertiesTest {
  private static final int SEEDS = 200;

  private static Programme generate(long seed) {
    return new ProgrammeGenerator(seed).withFormat11().programme((int) (seed % 40) * 2);
  }

  @Test
  void everyGeneratedProgrammeBuildsAndRebuildsEqual() {
    for (long seed = 0; seed < SEEDS; seed++) {
      long s = seed;
      assertThatCode(() -> {
        Programme p = generate(s);
        assertThat(Programme.builder().from(p).build()).isEqualTo(p);
        assertThat(generate(s)).isEqualTo(p);
      }).as("seed %d", seed).doesNotThrowAnyException();
    }
  }

  @Test
  void outputQuestionsAgreeWithAPlainReadingOfTheProgramme() {
    for (long seed = 0; seed < SEEDS; seed++) {
      Programme p = generate(seed);
      String why = "seed " + seed;
      for (Participant person : p.participants()) {
        assertThat(p.outputsBy(person.id())).as(why).containsExactlyElementsOf(
            p.outputs().stream().filter(o -> o.authors().contains(person.id())).toList());
      }
      for (Conference conference : p.conferences()) {
        assertThat(p.outputsAbout(conference.id())).as(why).containsExactlyElementsOf(
            p.outputs().stream().filter(o -> o.conferences().contains(conference.id())).toList());
      }
      for (Visit visit : p.visits()) {
        assertThat(p.outputsAboutVisit(visit.id())).as(why).containsExactlyElementsOf(
            p.outputs().stream().filter(o -> o.visits().contains(visit.id())).toList());
      }
    }
  }

  /** One text member of one object: its original, its language, its translations. */
  private record Text(String path, String original, Optional<String> language,
      Map<String, Optional<String>> translated, Function<LanguagePreference, LocalizedText> read) {}

  private static <T> Map<String, Optional<String>> each(Map<String, T> translations,
      Function<T, Optional<String>> member) {
    Map<String, Optional<String>> out = new java.util.LinkedHashMap<>();
    translations.forEach((tag, t) -> out.put(tag, member.apply(t)));
    return out;
  }

  /** Every required text member that 1.1 translates, of every object of the programme. */
  private static List<Text> texts(Programme p) {
    List<Text> out = new ArrayList<>();
    Optional<String> root = p.language();
    out.add(new Text("name", p.name(), root, each(p.translations(), ProgrammeTranslation::name),
        p::name));
    for (Organisation o : p.organisations()) {
      out.add(new Text(o.id(), o.name(), root, each(o.translations(),
          OrganisationTranslation::name), o::name));
      o.place().ifPresent(place -> out.add(place(place, root)));
    }
    for (Conference c : p.conferences()) {
      out.add(new Text(c.id(), c.name(), root, each(c.translations(),
          ConferenceTranslation::name), c::name));
      c.place().ifPresent(place -> out.add(place(place, root)));
      for (Strand s : c.strands()) {
        out.add(new Text(s.id(), s.title(), root, each(s.translations(), StrandTranslation::title),
            s::title));
      }
      for (Session s : c.sessions()) {
        out.add(new Text(s.id(), s.title(), root, each(s.translations(),
            SessionTranslation::title), s::title));
      }
    }
    for (Visit v : p.visits()) {
      out.add(new Text(v.id(), v.title(), root, each(v.translations(), VisitTranslation::title),
          v::title));
    }
    for (Quote q : p.quotes()) {
      out.add(new Text(q.id(), q.text(), q.language().or(() -> root),
          each(q.translations(), QuoteTranslation::text), q::text));
    }
    for (Output o : p.outputs()) {
      out.add(new Text(o.id(), o.title(), o.language().or(() -> root),
          each(o.translations(), OutputTranslation::title), o::title));
    }
    return out;
  }

  private static Text place(Place place, Optional<String> root) {
    return new Text(place.name(), place.name(), root, each(place.translations(),
        PlaceTranslation::name), place::name);
  }

  @Test
  void aReaderGetsTheTranslationTheyAskForElseTheOriginal() {
    int translationsRead = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      Programme p = generate(seed);
      for (Text text : texts(p)) {
        String why = "seed " + seed + ", " + text.path();
        LocalizedText original = LocalizedText.original(text.original(), text.language());
        // "zz" is a language no generated programme has.
        assertThat(text.read().apply(p.preferring("zz"))).as(why).isEqualTo(original);
        assertThat(text.read().apply(p.preferring())).as(why).isEqualTo(original);
        text.language().ifPresent(language -> assertThat(
            text.read().apply(p.preferring(language.toUpperCase(Locale.ROOT), "zz")))
            .as(why).isEqualTo(original));
        for (Map.Entry<String, Optional<String>> entry : text.translated().entrySet()) {
          String tag = entry.getKey();
          LocalizedText asked = text.read().apply(p.preferring(tag));
          if (entry.getValue().isEmpty()) {
            // This translation lacks the member: the answer comes from elsewhere.
            assertThat(asked.language()).as(why + " in " + tag).isNotEqualTo(Optional.of(tag));
            continue;
          }
          LocalizedText expected = LocalizedText.translation(entry.getValue().get(), tag);
          assertThat(asked).as(why + " in " + tag).isEqualTo(expected);
          assertThat(text.read().apply(p.preferring("zz", tag.toLowerCase(Locale.ROOT))))
              .as(why + " in " + tag).isEqualTo(expected);
          translationsRead++;
        }
      }
    }
    assertThat(translationsRead).isGreaterThan(1_000);
  }

  @Test
  void aTranslationIntoTheProgrammesLanguageIsReportedWhereItIs() {
    int checked = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      Programme p = generate(seed);
      if (p.language().isEmpty() || p.conferences().isEmpty()) {
        continue;
      }
      String language = p.language().get();
      int c = (int) (seed % p.conferences().size());
      Conference conference = p.conferences().get(c);
      Map<String, ConferenceTranslation> translations = new java.util.LinkedHashMap<>();
      translations.put(language, ConferenceTranslation.builder().name("n").build());
      // Keep only the tags that differ from the new one ignoring case: no repeat to report.
      conference.translations().forEach((tag, t) -> {
        if (!tag.equalsIgnoreCase(language)) {
          translations.put(tag, t);
        }
      });
      List<Conference> conferences = new ArrayList<>(p.conferences());
      conferences.set(c, conference.withTranslations(translations));
      assertThat(Problems.of(() -> p.withConferences(conferences)))
          .as("seed %d", seed)
          .containsExactly(at(original(language), "conferences", c, "translations", language));
      checked++;
    }
    assertThat(checked).isGreaterThan(SEEDS / 3);
  }

  private static <T> Map<String, T> plus(Map<String, T> translations, String tag, T translation) {
    Map<String, T> out = new java.util.LinkedHashMap<>(translations);
    out.put(tag, translation);
    return out;
  }

  private static Place placeIn(Place place, String tag, List<Problem> expected, Object... path) {
    List<Object> at = new ArrayList<>(List.of(path));
    at.add("translations");
    at.add(tag);
    expected.add(Problem.of(at, original(tag)));
    return place.withTranslations(plus(place.translations(), tag,
        PlaceTranslation.builder().name("n").build()));
  }

  private static String original(String tag) {
    return Problem.quote(tag)
        + " is the language of the original text, which is not a translation";
  }

  /** Adds a translation into the programme's language to about half of the objects. */
  @Test
  void translationsIntoTheProgrammesLanguageAreReportedAtOnceInDocumentOrder() {
    int reported = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      Programme p = generate(seed);
      if (p.language().isEmpty()) {
        continue;
      }
      String tag = p.language().get();
      java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
      List<Problem> expected = new ArrayList<>();
      List<Organisation> organisations = new ArrayList<>(p.organisations());
      for (int i = 0; i < organisations.size(); i++) {
        Organisation o = organisations.get(i);
        if (o.place().isPresent() && random.nextBoolean()) {
          o = o.withPlace(placeIn(o.place().get(), tag, expected, "organisations", i, "place"));
        }
        if (random.nextBoolean()) {
          expected.add(at(original(tag), "organisations", i, "translations", tag));
          o = o.withTranslations(plus(o.translations(), tag,
              OrganisationTranslation.builder().name("n").build()));
        }
        organisations.set(i, o);
      }
      List<Conference> conferences = new ArrayList<>(p.conferences());
      for (int c = 0; c < conferences.size(); c++) {
        Conference conference = conferences.get(c);
        if (conference.place().isPresent() && random.nextBoolean()) {
          conference = conference.withPlace(
              placeIn(conference.place().get(), tag, expected, "conferences", c, "place"));
        }
        List<Strand> strands = new ArrayList<>(conference.strands());
        for (int s = 0; s < strands.size(); s++) {
          if (random.nextBoolean()) {
            expected.add(at(original(tag), "conferences", c, "strands", s,
                "translations", tag));
            strands.set(s, strands.get(s).withTranslations(plus(strands.get(s).translations(),
                tag, StrandTranslation.builder().title("t").build())));
          }
        }
        List<Session> sessions = new ArrayList<>(conference.sessions());
        for (int s = 0; s < sessions.size(); s++) {
          if (random.nextBoolean()) {
            expected.add(at(original(tag), "conferences", c, "sessions", s,
                "translations", tag));
            sessions.set(s, sessions.get(s).withTranslations(plus(sessions.get(s).translations(),
                tag, SessionTranslation.builder().title("t").build())));
          }
        }
        conference = conference.withStrands(strands).withSessions(sessions);
        if (random.nextBoolean()) {
          expected.add(at(original(tag), "conferences", c, "translations", tag));
          conference = conference.withTranslations(plus(conference.translations(), tag,
              ConferenceTranslation.builder().name("n").build()));
        }
        conferences.set(c, conference);
      }
      List<Visit> visits = new ArrayList<>(p.visits());
      for (int v = 0; v < visits.size(); v++) {
        Visit visit = visits.get(v);
        if (visit.origin().isPresent() && random.nextBoolean()) {
          visit = visit.withOrigin(placeIn(visit.origin().get(), tag, expected, "visits", v,
              "origin"));
        }
        if (random.nextBoolean()) {
          expected.add(at(original(tag), "visits", v, "translations", tag));
          visit = visit.withTranslations(plus(visit.translations(), tag,
              VisitTranslation.builder().title("t").build()));
        }
        visits.set(v, visit);
      }
      List<Quote> quotes = new ArrayList<>(p.quotes());
      for (int q = 0; q < quotes.size(); q++) {
        // A quote in its own language may well be translated into the programme's.
        Quote quote = quotes.get(q);
        if (quote.language().isEmpty() && random.nextBoolean()) {
          expected.add(at(original(tag), "quotes", q, "translations", tag));
          quotes.set(q, quote.withTranslations(plus(quote.translations(), tag,
              QuoteTranslation.builder().text("t").build())));
        }
      }
      List<Output> outputs = new ArrayList<>(p.outputs());
      for (int o = 0; o < outputs.size(); o++) {
        Output output = outputs.get(o);
        if (output.language().isEmpty() && random.nextBoolean()) {
          expected.add(at(original(tag), "outputs", o, "translations", tag));
          outputs.set(o, output.withTranslations(plus(output.translations(), tag,
              OutputTranslation.builder().title("t").build())));
        }
      }
      if (expected.isEmpty()) {
        continue;
      }
      expected.sort(ProgrammePropertiesTest.DOCUMENT_ORDER);
      Programme.Builder broken = Programme.builder().from(p).organisations(organisations)
          .conferences(conferences).visits(visits).quotes(quotes).outputs(outputs);
      assertThat(Problems.of(broken::build)).as("seed %d", seed)
          .containsExactlyElementsOf(expected);
      reported += expected.size();
    }
    assertThat(reported).isGreaterThan(1_000);
  }
}
