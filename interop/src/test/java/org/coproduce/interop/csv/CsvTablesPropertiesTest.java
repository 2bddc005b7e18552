package org.coproduce.interop.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.coproduce.interop.ExportOptions;
import org.coproduce.interop.internal.Names;
import org.coproduce.model.Conference;
import org.coproduce.model.DateRange;
import org.coproduce.model.Participant;
import org.coproduce.model.Programme;
import org.coproduce.model.Visit;
import org.coproduce.model.testing.ProgrammeGenerator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Over generated programmes (each test named by its seed, to replay with {@code new
 * ProgrammeGenerator(seed)}): the tables, read back by the test's own RFC 4180 reader, hold every
 * item and relation of the programme, in order, with keys that resolve.
 */
class CsvTablesPropertiesTest {
  @TestFactory
  Stream<DynamicTest> tablesHoldEveryItemAndRelation() {
    return LongStream.range(0, 50).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      Programme programme = new ProgrammeGenerator(seed).programme((int) (seed * 7 % 120));
      check(programme, new Tables(
          CsvTables.tables(programme, ExportOptions.defaults()).output(), true));
      check(programme, new Tables(CsvTables.tables(
          programme, ExportOptions.defaults().withSpreadsheetSafe(false)).output(), false));
    }));
  }

  private static void check(Programme p, Tables t) {
    String id = p.id();
    assertThat(t.column("programme", "id", "name", "summary"))
        .containsExactly(id + "|" + p.name() + "|" + text(p.summary()));
    assertThat(t.column("programme", "start", "end"))
        .containsExactly(text(p.period().map(DateRange::start)) + "|"
            + text(p.period().flatMap(DateRange::end)));
    assertThat(t.column("programme_leads", "organisation_id")).isEqualTo(p.leads());
    assertThat(t.column("programme_funders", "organisation_id")).isEqualTo(p.funders());
    assertThat(t.column("programme_themes", "theme")).isEqualTo(p.themes());
    assertThat(t.column("programme_hashtags", "hashtag")).isEqualTo(p.hashtags());
    assertThat(t.column("programme_sdgs", "sdg"))
        .isEqualTo(p.sdgs().stream().map(String::valueOf).toList());
    for (String relation : List.of("programme_leads", "programme_funders", "programme_themes",
        "programme_hashtags", "programme_sdgs")) {
      assertThat(t.column(relation, "programme_id")).allMatch(id::equals);
    }

    assertThat(t.column("organisations", "id", "name", "short_name", "sector", "parent_id"))
        .isEqualTo(map(p.organisations(), o -> o.id() + "|" + o.name() + "|"
            + text(o.shortName()) + "|" + Names.of(o.sector()) + "|" + text(o.parent())));
    assertThat(t.column("participants", "id", "name", "sector", "url"))
        .isEqualTo(map(p.participants(), x -> x.id() + "|" + x.name() + "|"
            + text(x.sector()) + "|" + text(x.url())));
    List<String> affiliations = new ArrayList<>();
    for (Participant x : p.participants()) {
      x.affiliations().forEach(a -> affiliations.add(x.id() + "|" + a.organisation() + "|"
          + text(a.title()) + "|" + text(a.period().map(DateRange::start))));
    }
    assertThat(t.column("affiliations", "participant_id", "organisation_id", "title", "start"))
        .isEqualTo(affiliations);

    assertThat(t.column("conferences", "id", "name", "country", "start", "end", "url"))
        .isEqualTo(map(p.conferences(), c -> c.id() + "|" + c.name() + "|"
            + text(c.place().map(pl -> pl.country())) + "|"
            + text(c.dates().map(DateRange::start)) + "|"
            + text(c.dates().flatMap(DateRange::end)) + "|" + text(c.url())));
    List<String> hosts = new ArrayList<>();
    List<String> themes = new ArrayList<>();
    List<String> strands = new ArrayList<>();
    List<String> sessions = new ArrayList<>();
    List<String> participations = new ArrayList<>();
    for (Conference c : p.conferences()) {
      c.hosts().forEach(h -> hosts.add(c.id() + "|" + h));
      c.themes().forEach(h -> themes.add(c.id() + "|" + h));
      c.strands().forEach(s -> strands.add(c.id() + "|" + s.id() + "|" + s.title() + "|"
          + text(s.summary())));
      c.sessions().forEach(s -> sessions.add(c.id() + "|" + s.id() + "|" + s.title() + "|"
          + Names.of(s.kind()) + "|" + text(s.strand()) + "|" + text(s.date()) + "|"
          + text(s.summary())));
      c.participations().forEach(x -> participations.add(c.id() + "|" + x.participant() + "|"
          + Names.of(x.role()) + "|" + text(x.session()) + "|" + text(x.representing())));
    }
    assertThat(t.column("conference_hosts", "conference_id", "organisation_id")).isEqualTo(hosts);
    assertThat(t.column("conference_themes", "conference_id", "theme")).isEqualTo(themes);
    assertThat(t.column("strands", "conference_id", "id", "title", "summary")).isEqualTo(strands);
    assertThat(t.column("sessions",
        "conference_id", "id", "title", "kind", "strand_id", "date", "summary"))
        .isEqualTo(sessions);
    assertThat(t.column("participations",
        "conference_id", "participant_id", "role", "session_id", "representing_id"))
        .isEqualTo(participations);

    assertThat(t.column("visits", "id", "title", "conference_id", "origin", "summary"))
        .isEqualTo(map(p.visits(), v -> v.id() + "|" + v.title() + "|" + v.conference() + "|"
            + text(v.origin().map(o -> o.name())) + "|" + text(v.summary())));
    List<String> travellers = new ArrayList<>();
    List<String> funders = new ArrayList<>();
    for (Visit v : p.visits()) {
      v.participants().forEach(x -> travellers.add(v.id() + "|" + x));
      v.funders().forEach(x -> funders.add(v.id() + "|" + x));
    }
    assertThat(t.column("visit_travellers", "visit_id", "participant_id")).isEqualTo(travellers);
    assertThat(t.column("visit_funders", "visit_id", "organisation_id")).isEqualTo(funders);
    assertThat(t.column("quotes", "id", "speaker_id", "text", "language", "said", "conference_id"))
        .isEqualTo(map(p.quotes(), q -> q.id() + "|" + q.speaker() + "|" + q.text() + "|"
            + text(q.language()) + "|" + text(q.said()) + "|" + text(q.conference())));

    keysResolve(t);
  }

  /** Every id a relation names is a key of the table it refers to, read from the tables alone. */
  private static void keysResolve(Tables t) {
    Set<String> organisations = new HashSet<>(t.column("organisations", "id"));
    Set<String> participants = new HashSet<>(t.column("participants", "id"));
    Set<String> conferences = new HashSet<>(t.column("conferences", "id"));
    Set<String> visits = new HashSet<>(t.column("visits", "id"));
    Set<String> strands = new HashSet<>(t.column("strands", "conference_id", "id"));
    Set<String> sessions = new HashSet<>(t.column("sessions", "conference_id", "id"));
    assertThat(organisations).hasSameSizeAs(t.rows("organisations"));
    assertThat(sessions).as("sessions are keyed by conference and id")
        .hasSameSizeAs(t.rows("sessions"));
    assertThat(strands).hasSameSizeAs(t.rows("strands"));
    assertThat(organisations).containsAll(t.column("programme_leads", "organisation_id"))
        .containsAll(t.column("programme_funders", "organisation_id"))
        .containsAll(t.column("affiliations", "organisation_id"))
        .containsAll(t.column("conference_hosts", "organisation_id"))
        .containsAll(t.column("visit_funders", "organisation_id"))
        .containsAll(nonEmpty(t.column("organisations", "parent_id")))
        .containsAll(nonEmpty(t.column("participations", "representing_id")));
    assertThat(participants).containsAll(t.column("affiliations", "participant_id"))
        .containsAll(t.column("participations", "participant_id"))
        .containsAll(t.column("visit_travellers", "participant_id"))
        .containsAll(t.column("quotes", "speaker_id"));
    assertThat(conferences).containsAll(t.column("strands", "conference_id"))
        .containsAll(t.column("sessions", "conference_id"))
        .containsAll(t.column("participations", "conference_id"))
        .containsAll(t.column("visits", "conference_id"))
        .containsAll(nonEmpty(t.column("quotes", "conference_id")));
    assertThat(visits).containsAll(t.column("visit_travellers", "visit_id"))
        .containsAll(t.column("visit_funders", "visit_id"));
    for (var row : t.rows("sessions")) {
      if (!row.get("strand_id").isEmpty()) {
        assertThat(strands).contains(row.get("conference_id") + "|" + row.get("strand_id"));
      }
    }
    for (var row : t.rows("participations")) {
      if (!row.get("session_id").isEmpty()) {
        assertThat(sessions).contains(row.get("conference_id") + "|" + row.get("session_id"));
      }
    }
  }

  private static List<String> nonEmpty(List<String> values) {
    return values.stream().filter(v -> !v.isEmpty()).toList();
  }

  private static <T> List<String> map(List<T> items, Function<T, String> row) {
    return items.stream().map(row).toList();
  }

  private static String text(Optional<?> value) {
    return value.map(v -> v instanceof Enum<?> e ? Names.of(e) : v.toString()).orElse("");
  }
}
