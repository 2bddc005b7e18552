package org.coproduce.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.coproduce.model.Problems.at;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.coproduce.model.Mutations.Named;
import org.coproduce.model.testing.ProgrammeGenerator;
import org.junit.jupiter.api.Test;

/**
 * Properties over many generated programmes. Each failure names its seed: rerun with {@code new
 * ProgrammeGenerator(seed)} to see the programme.
 */
class ProgrammePropertiesTest {
  private static final int SEEDS = 200;

  /** Small sizes, 0 included, so that every corner (no conference, no quote...) comes up. */
  private static int sizeFor(long seed) {
    return (int) (seed % 40);
  }

  @Test
  void everyGeneratedProgrammeBuildsAndRebuildsEqual() {
    for (long seed = 0; seed < SEEDS; seed++) {
      long s = seed;
      assertThatCode(() -> {
        Programme p = new ProgrammeGenerator(s).programme(sizeFor(s));
        assertThat(Programme.builder().from(p).build()).isEqualTo(p);
        assertThat(new ProgrammeGenerator(s).programme(sizeFor(s))).isEqualTo(p);
      }).as("seed %d", seed).doesNotThrowAnyException();
    }
  }

  @Test
  void largeGeneratedProgrammesBuild() {
    for (long seed : new long[] {1, 2}) {
      Programme p = new ProgrammeGenerator(seed).programme(20_000);
      assertThat(p.participants()).as("seed %d", seed).hasSize(20_000);
    }
    Programme large = new ProgrammeGenerator(3).programme(100_000);
    assertThat(large.participants()).as("seed 3").hasSize(100_000);
    assertThat(large.conferencesByDate()).hasSameSizeAs(large.conferences());
  }

  @Test
  void breakingAnyOneRuleIsReportedByTheCopyThatBreaksIt() {
    Map<String, Integer> applied = new HashMap<>();
    for (long seed = 0; seed < SEEDS; seed++) {
      Programme p = new ProgrammeGenerator(seed).programme(1 + sizeFor(seed));
      for (int m = 0; m < Mutations.ALL.size(); m++) {
        Named mutation = Mutations.ALL.get(m);
        Draft draft = new Draft(p);
        List<Problem> expected = new ArrayList<>();
        if (!mutation.mutation().apply(draft, new SplittableRandom(seed * 1_000 + m), expected)) {
          continue;
        }
        applied.merge(mutation.name(), 1, Integer::sum);
        assertThat(Problems.of(draft::buildWithCopies))
            .as("seed %d, %s", seed, mutation)
            .containsExactlyElementsOf(expected);
      }
    }
    // Each way of breaking a rule found a place often enough to mean something.
    for (Named mutation : Mutations.ALL) {
      assertThat(applied.getOrDefault(mutation.name(), 0)).as(mutation.name()).isGreaterThan(50);
    }
  }

  @Test
  void severalBrokenRulesAreReportedAtOnceInDocumentOrder() {
    for (long seed = 0; seed < SEEDS; seed++) {
      Programme p = new ProgrammeGenerator(seed).programme(1 + sizeFor(seed));
      SplittableRandom random = new SplittableRandom(seed);
      List<Named> chosen = new ArrayList<>(Mutations.ALL);
      shuffle(chosen, random);
      chosen = chosen.subList(0, 2 + random.nextInt(8));
      Draft draft = new Draft(p);
      List<Problem> expected = new ArrayList<>();
      List<Named> applied = new ArrayList<>();
      for (Named mutation : chosen) {
        if (mutation.mutation().apply(draft, random, expected)) {
          applied.add(mutation);
        }
      }
      if (applied.isEmpty()) {
        continue;
      }
      expected.sort(DOCUMENT_ORDER);
      assertThat(Problems.of(draft::build))
          .as("seed %d, %s", seed, applied)
          .containsExactlyElementsOf(expected);
    }
  }

  @Test
  void withCopiesOfPartsAreValidatedAgain() {
    int checked = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      Programme p = new ProgrammeGenerator(seed).programme(1 + sizeFor(seed));
      SplittableRandom random = new SplittableRandom(seed);
      String why = "seed " + seed;

      Organisation org = Mutations.pick(p.organisations(), random);
      assertThat(Problems.of(() -> org.withId("Org")))
          .as(why).containsExactly(at("\"Org\" is not an id: lowercase ASCII letters and digits"
              + " in words joined by single hyphens", "id"));
      assertThat(Problems.of(() -> org.withName("\u000b")))
          .as(why).containsExactly(at("must not be blank", "name"));
      assertThat(Problems.of(() -> org.withUrl("ftp://example.org")))
          .as(why).containsExactly(
              at("\"ftp://example.org\" is not an absolute http or https URL with a host", "url"));
      org.place().ifPresent(place -> {
        assertThat(Problems.of(() -> place.withCountry("UK"))).as(why).containsExactly(at(
            "\"UK\" is not an officially assigned ISO 3166-1 alpha-2 country code in upper case",
            "country"));
        place.coordinates().ifPresent(c -> assertThat(Problems.of(() -> c.withLatitude(-90.5)))
            .as(why).containsExactly(at("-90.5 is not a latitude from -90 to 90", "latitude")));
      });
      checked++;

      for (Conference conference : p.conferences()) {
        assertThat(Problems.of(() -> conference.withName("")))
            .as(why).containsExactly(at("must not be blank", "name"));
        List<String> themes = new ArrayList<>(conference.themes());
        themes.add("again");
        themes.add("again");
        assertThat(Problems.of(() -> conference.withThemes(themes)))
            .as(why).containsExactly(at("repeats \"again\"", "themes", themes.size() - 1));
        for (Session session : conference.sessions()) {
          assertThat(Problems.of(() -> session.withTitle(" ")))
              .as(why).containsExactly(at("must not be blank", "title"));
        }
        for (Strand strand : conference.strands()) {
          assertThat(Problems.of(() -> strand.withId("a--b"))).as(why).containsExactly(
              at("\"a--b\" is not an id: lowercase ASCII letters and digits in words joined by"
                  + " single hyphens", "id"));
        }
      }
      for (Visit visit : p.visits()) {
        if (!visit.participants().isEmpty()) {
          List<String> twice = new ArrayList<>(visit.participants());
          twice.add(twice.get(0));
          assertThat(Problems.of(() -> visit.withParticipants(twice))).as(why).containsExactly(
              at("repeats " + Problem.quote(twice.get(0)), "participants", twice.size() - 1));
        }
      }
      for (Quote quote : p.quotes()) {
        assertThat(Problems.of(() -> quote.withLanguage("en_GB"))).as(why).containsExactly(
            at("\"en_GB\" is not a well-formed BCP 47 language tag", "language"));
        assertThat(Problems.of(() -> quote.withText("a\ud800"))).as(why).containsExactly(
            at("holds an unpaired surrogate at character 1: text must be valid Unicode", "text"));
        quote.source().ifPresent(source -> assertThat(Problems.of(() -> source.withUrl("x")))
            .as(why).containsExactly(
                at("\"x\" is not an absolute http or https URL with a host", "url")));
      }
      for (Participant person : p.participants()) {
        for (Affiliation affiliation : person.affiliations()) {
          assertThat(Problems.of(() -> affiliation.withTitle("\udc00"))).as(why).containsExactly(
              at("holds an unpaired surrogate at character 0: text must be valid Unicode",
                  "title"));
        }
      }
      // A copy that breaks nothing is accepted, and equals the same programme built afresh.
      Programme renamed = p.withName("Renamed \ud83d\ude00");
      assertThat(renamed).as(why).isEqualTo(Programme.builder().from(p).name("Renamed \ud83d\ude00")
          .build());
    }
    assertThat(checked).isEqualTo(SEEDS);
  }

  @Test
  void questionsAgreeWithAPlainReadingOfTheProgramme() {
    for (long seed = 0; seed < SEEDS; seed++) {
      Programme p = new ProgrammeGenerator(seed).programme(sizeFor(seed) * 3);
      String why = "seed " + seed;
      Map<String, Map<String, Set<Role>>> allRoles = new HashMap<>();
      for (Participant person : p.participants()) {
        allRoles.put(person.id(), roles(p, person.id()));
      }
      for (Participant person : p.participants()) {
        String id = person.id();
        Map<String, Set<Role>> roles = allRoles.get(id);
        assertThat(p.rolesOf(id)).as(why).isEqualTo(roles);
        assertThat(p.rolesOf(id).keySet()).as(why).containsExactlyElementsOf(roles.keySet());
        assertThat(p.conferencesOf(id)).extracting(Conference::id).as(why)
            .containsExactlyElementsOf(roles.keySet());
        assertThat(p.sectorOf(id)).as(why).isEqualTo(java.util.Optional.ofNullable(sectorOf(p, id)));
        assertThat(p.quotesBy(id)).as(why)
            .containsExactlyElementsOf(p.quotes().stream().filter(q -> q.speaker().equals(id))
                .toList());
      }
      for (Organisation org : p.organisations()) {
        assertThat(p.subOrganisations(org.id())).as(why).containsExactlyElementsOf(
            p.organisations().stream().filter(o -> o.parent().equals(java.util.Optional.of(org.id())))
                .toList());
        assertThat(p.affiliatesOf(org.id())).as(why).containsExactlyElementsOf(
            p.participants().stream().filter(x -> x.affiliations().stream()
                .anyMatch(a -> a.organisation().equals(org.id()))).toList());
      }
      for (Conference conference : p.conferences()) {
        String c = conference.id();
        assertThat(p.sectorMix(c)).as(why).isEqualTo(mix(p, conference, null));
        assertThat(p.quotesAbout(c)).as(why).containsExactlyElementsOf(p.quotes().stream()
            .filter(q -> q.conference().equals(java.util.Optional.of(c))).toList());
        List<Visit> visits = p.visits().stream().filter(v -> v.conference().equals(c)).toList();
        assertThat(p.visitsTo(c)).as(why).containsExactlyElementsOf(visits);
        Set<String> travellers = new LinkedHashSet<>();
        visits.forEach(v -> travellers.addAll(v.participants()));
        assertThat(p.travellersTo(c)).extracting(Participant::id).as(why)
            .containsExactlyElementsOf(travellers);
        for (Strand strand : conference.strands()) {
          assertThat(p.sessionsOf(c, strand.id())).as(why).containsExactlyElementsOf(
              conference.sessions().stream()
                  .filter(s -> s.strand().equals(java.util.Optional.of(strand.id()))).toList());
        }
        for (Session session : conference.sessions()) {
          assertThat(p.sectorMix(c, session.id())).as(why).isEqualTo(mix(p, conference, session.id()));
          for (Role role : Role.values()) {
            Set<String> expected = new LinkedHashSet<>();
            for (Participation x : conference.participations()) {
              if (x.role() == role && x.session().equals(java.util.Optional.of(session.id()))) {
                expected.add(x.participant());
              }
            }
            assertThat(p.participantsOf(c, session.id(), role)).extracting(Participant::id)
                .as(why).containsExactlyElementsOf(expected);
          }
        }
        for (Conference other : p.conferences()) {
          List<String> both = p.participants().stream().map(Participant::id)
              .filter(id -> allRoles.get(id).containsKey(c)
                  && allRoles.get(id).containsKey(other.id()))
              .toList();
          assertThat(p.participantsInAll(c, other.id())).extracting(Participant::id).as(why)
              .containsExactlyElementsOf(both);
        }
      }
      List<Conference> byDate = new ArrayList<>(p.conferences());
      byDate.sort(Comparator.comparing((Conference x) -> x.dates().map(DateRange::firstDay)
              .orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(x -> x.dates().map(DateRange::lastDay).orElse(null),
              Comparator.nullsLast(Comparator.naturalOrder())));
      assertThat(p.conferencesByDate()).as(why).containsExactlyElementsOf(byDate);
    }
  }

  // ---- Plain readings -------------------------------------------------------------------------

  private static Map<String, Set<Role>> roles(Programme p, String participant) {
    Map<String, Set<Role>> out = new LinkedHashMap<>();
    for (Conference conference : p.conferences()) {
      for (Participation x : conference.participations()) {
        if (x.participant().equals(participant)) {
          out.computeIfAbsent(conference.id(), k -> EnumSet.noneOf(Role.class)).add(x.role());
        }
      }
    }
    return out;
  }

  private static Sector sectorOf(Programme p, String participant) {
    Participant person = p.participant(participant).orElseThrow();
    if (person.sector().isPresent()) {
      return person.sector().get();
    }
    return person.affiliations().isEmpty() ? null
        : p.organisation(person.affiliations().get(0).organisation()).orElseThrow().sector();
  }

  /** Each participant once, in the sector their first participation (in the session) gives. */
  private static Map<Sector, Integer> mix(Programme p, Conference conference, String session) {
    Map<String, Sector> sectors = new LinkedHashMap<>();
    for (Participation x : conference.participations()) {
      if (session != null && !x.session().equals(java.util.Optional.of(session))) {
        continue;
      }
      Participant person = p.participant(x.participant()).orElseThrow();
      Sector sector = person.sector().orElse(null);
      if (sector == null && x.representing().isPresent()) {
        sector = p.organisation(x.representing().get()).orElseThrow().sector();
      }
      if (sector == null) {
        sector = sectorOf(p, person.id());
      }
      if (sector != null) {
        sectors.putIfAbsent(person.id(), sector);
      }
    }
    Map<Sector, Integer> counts = new EnumMap<>(Sector.class);
    sectors.values().forEach(s -> counts.merge(s, 1, Integer::sum));
    return counts;
  }

  // ---- Document order -------------------------------------------------------------------------

  /** The members of each type in the order of FORMAT.md, keyed by the list that holds the type. */
  static final Map<String, List<String>> MEMBERS = Map.ofEntries(
      Map.entry("", List.of("language", "id", "name", "summary", "period", "leads", "funders",
          "themes", "hashtags", "sdgs", "organisations", "participants", "conferences", "visits",
          "quotes", "outputs", "translations")),
      Map.entry("organisations", List.of("id", "name", "shortName", "sector", "parent", "place",
          "url", "translations")),
      Map.entry("participants", List.of("id", "name", "sector", "affiliations", "url")),
      Map.entry("affiliations", List.of("organisation", "title", "period")),
      Map.entry("conferences", List.of("id", "name", "summary", "hosts", "place", "dates",
          "themes", "url", "strands", "sessions", "participations", "translations")),
      Map.entry("strands", List.of("id", "title", "summary", "translations")),
      Map.entry("sessions", List.of("id", "title", "kind", "strand", "date", "summary",
          "translations")),
      Map.entry("participations", List.of("participant", "role", "session", "representing")),
      Map.entry("visits", List.of("id", "title", "conference", "origin", "participants",
          "funders", "summary", "translations")),
      Map.entry("quotes", List.of("id", "speaker", "text", "language", "said", "conference",
          "source", "translations")),
      Map.entry("outputs", List.of("id", "title", "kind", "authors", "organisations",
          "published", "url", "language", "conferences", "visits", "summary", "translations")));

  /** Orders problems as their places come in a document written in FORMAT's member order. */
  static final Comparator<Problem> DOCUMENT_ORDER = (a, b) -> {
    List<Object> x = a.path();
    List<Object> y = b.path();
    String list = "";
    for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
      Object u = x.get(i);
      Object v = y.get(i);
      if (!u.equals(v)) {
        if (u instanceof Integer && v instanceof Integer) {
          return Integer.compare((Integer) u, (Integer) v);
        }
        List<String> order = MEMBERS.get(list);
        return Integer.compare(order.indexOf(u), order.indexOf(v));
      }
      if (u instanceof String) {
        list = (String) u;
      }
    }
    // A problem of an element comes before the problems of its members.
    return Integer.compare(x.size(), y.size());
  };

  private static <T> void shuffle(List<T> list, SplittableRandom random) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T swapped = list.get(i);
      list.set(i, list.get(j));
      list.set(j, swapped);
    }
  }
}
