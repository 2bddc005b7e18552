package org.coproduce.interop.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coproduce.interop.internal.TranslatedText;
import org.coproduce.model.Affiliation;
import org.coproduce.model.Conference;
import org.coproduce.model.Coordinates;
import org.coproduce.model.DateRange;
import org.coproduce.model.LanguagePreference;
import org.coproduce.model.Organisation;
import org.coproduce.model.Participant;
import org.coproduce.model.Participation;
import org.coproduce.model.Place;
import org.coproduce.model.Programme;
import org.coproduce.model.Quote;
import org.coproduce.model.Session;
import org.coproduce.model.Source;
import org.coproduce.model.Strand;
import org.coproduce.model.Visit;

/**
 * The programme as tidy tables: one per type, one per relation, in the order of {@link
 * CsvTables}' table of tables. Each row of a relation names both ends by id; ids of strands and
 * sessions, unique only within their conference, always come with the conference's id.
 */
final class ProgrammeTables {
  private final Programme programme;
  private final ShownText shown;
  private final LanguagePreference reader;

  private ProgrammeTables(Programme programme, LanguagePreference reader) {
    this.programme = programme;
    this.shown = new ShownText(reader);
    this.reader = reader;
  }

  /** The tables, with text in the reader's language where the programme has it. */
  static List<Table> of(Programme programme, LanguagePreference reader) {
    return new ProgrammeTables(programme, reader).tables();
  }

  private List<Table> tables() {
    String id = programme.id();
    Table main = new Table("programme", "id", "name", "summary", "language", "start", "end");
    main.add(id, shown.cell("programme", "", id, "name", programme.name(reader)),
        shown.cell("programme", "", id, "summary", programme.summary(reader)),
        programme.language(), start(programme.period()), end(programme.period()));
    Table leads = new Table("programme_leads", "programme_id", "organisation_id");
    programme.leads().forEach(lead -> leads.add(id, lead));
    Table funders = new Table("programme_funders", "programme_id", "organisation_id");
    programme.funders().forEach(funder -> funders.add(id, funder));
    Table themes = new Table("programme_themes", "programme_id", "theme");
    programme.themes().forEach(theme -> themes.add(id, theme));
    Table hashtags = new Table("programme_hashtags", "programme_id", "hashtag");
    programme.hashtags().forEach(hashtag -> hashtags.add(id, hashtag));
    Table sdgs = new Table("programme_sdgs", "programme_id", "sdg");
    programme.sdgs().forEach(sdg -> sdgs.add(id, sdg));
    List<Table> tables = new ArrayList<>(List.of(main, leads, funders, themes, hashtags, sdgs,
        organisations(), participants(), affiliations(), conferences(), conferenceHosts(),
        conferenceThemes(), strands(), sessions(), participations(), visits(),
        visitTravellers(), visitFunders(), quotes()));
    tables.addAll(OutputTables.of(programme, shown));
    // Last: it lists what the other tables did not show.
    tables.add(TranslationTable.of(TranslatedText.of(programme), shown));
    return tables;
  }

  private Table organisations() {
    Table table = new Table("organisations", "id", "name", "short_name", "sector", "parent_id",
        "place", "region", "country", "latitude", "longitude", "url");
    for (Organisation o : programme.organisations()) {
      Optional<Place> place = o.place();
      String t = "organisations";
      table.add(o.id(), shown.cell(t, "", o.id(), "name", o.name(reader)),
          shown.cell(t, "", o.id(), "short_name", o.shortName(reader)), o.sector(), o.parent(),
          placeName(t, "", o.id(), "place", place), placeRegion(t, "", o.id(), "region", place),
          place.map(Place::country), latitude(place), longitude(place), o.url());
    }
    return table;
  }

  private Table participants() {
    Table table = new Table("participants", "id", "name", "sector", "url");
    for (Participant p : programme.participants()) {
      table.add(p.id(), p.name(), p.sector(), p.url());
    }
    return table;
  }

  private Table affiliations() {
    Table table = new Table("affiliations",
        "participant_id", "organisation_id", "title", "start", "end");
    for (Participant p : programme.participants()) {
      for (Affiliation a : p.affiliations()) {
        table.add(p.id(), a.organisation(), a.title(), start(a.period()), end(a.period()));
      }
    }
    return table;
  }

  private Table conferences() {
    Table table = new Table("conferences", "id", "name", "summary", "place", "region",
        "country", "latitude", "longitude", "start", "end", "url");
    for (Conference c : programme.conferences()) {
      Optional<Place> place = c.place();
      String t = "conferences";
      table.add(c.id(), shown.cell(t, "", c.id(), "name", c.name(reader)),
          shown.cell(t, "", c.id(), "summary", c.summary(reader)),
          placeName(t, "", c.id(), "place", place), placeRegion(t, "", c.id(), "region", place),
          place.map(Place::country), latitude(place), longitude(place), start(c.dates()),
          end(c.dates()), c.url());
    }
    return table;
  }

  private Table conferenceHosts() {
    Table table = new Table("conference_hosts", "conference_id", "organisation_id");
    for (Conference c : programme.conferences()) {
      c.hosts().forEach(host -> table.add(c.id(), host));
    }
    return table;
  }

  private Table conferenceThemes() {
    Table table = new Table("conference_themes", "conference_id", "theme");
    for (Conference c : programme.conferences()) {
      c.themes().forEach(theme -> table.add(c.id(), theme));
    }
    return table;
  }

  private Table strands() {
    Table table = new Table("strands", "conference_id", "id", "title", "summary");
    for (Conference c : programme.conferences()) {
      for (Strand s : c.strands()) {
        table.add(c.id(), s.id(), shown.cell("strands", c.id(), s.id(), "title", s.title(reader)),
            shown.cell("strands", c.id(), s.id(), "summary", s.summary(reader)));
      }
    }
    return table;
  }

  private Table sessions() {
    Table table = new Table("sessions",
        "conference_id", "id", "title", "kind", "strand_id", "date", "summary");
    for (Conference c : programme.conferences()) {
      for (Session s : c.sessions()) {
        table.add(c.id(), s.id(), shown.cell("sessions", c.id(), s.id(), "title", s.title(reader)),
            s.kind(), s.strand(), s.date(),
            shown.cell("sessions", c.id(), s.id(), "summary", s.summary(reader)));
      }
    }
    return table;
  }

  private Table participations() {
    Table table = new Table("participations",
        "conference_id", "participant_id", "role", "session_id", "representing_id");
    for (Conference c : programme.conferences()) {
      for (Participation p : c.participations()) {
        table.add(c.id(), p.participant(), p.role(), p.session(), p.representing());
      }
    }
    return table;
  }

  private Table visits() {
    Table table = new Table("visits", "id", "title", "conference_id", "origin", "origin_region",
        "origin_country", "origin_latitude", "origin_longitude", "summary");
    for (Visit v : programme.visits()) {
      Optional<Place> origin = v.origin();
      String t = "visits";
      table.add(v.id(), shown.cell(t, "", v.id(), "title", v.title(reader)), v.conference(),
          placeName(t, "", v.id(), "origin", origin),
          placeRegion(t, "", v.id(), "origin_region", origin), origin.map(Place::country),
          latitude(origin), longitude(origin),
          shown.cell(t, "", v.id(), "summary", v.summary(reader)));
    }
    return table;
  }

  private Table visitTravellers() {
    Table table = new Table("visit_travellers", "visit_id", "participant_id");
    for (Visit v : programme.visits()) {
      v.participants().forEach(traveller -> table.add(v.id(), traveller));
    }
    return table;
  }

  private Table visitFunders() {
    Table table = new Table("visit_funders", "visit_id", "organisation_id");
    for (Visit v : programme.visits()) {
      v.funders().forEach(funder -> table.add(v.id(), funder));
    }
    return table;
  }

  private Table quotes() {
    Table table = new Table("quotes", "id", "speaker_id", "text", "language", "said",
        "conference_id", "source_title", "source_publisher", "source_url", "source_published");
    for (Quote q : programme.quotes()) {
      Optional<Source> source = q.source();
      table.add(q.id(), q.speaker(), shown.cell("quotes", "", q.id(), "text", q.text(reader)),
          q.language(), q.said(), q.conference(),
          source.map(Source::title), source.flatMap(Source::publisher),
          source.flatMap(Source::url), source.flatMap(Source::published));
    }
    return table;
  }

  private Optional<String> placeName(
      String table, String conferenceId, String id, String column, Optional<Place> place) {
    return place.map(p -> shown.cell(table, conferenceId, id, column, p.name(reader)));
  }

  private Optional<String> placeRegion(
      String table, String conferenceId, String id, String column, Optional<Place> place) {
    return place.flatMap(p -> shown.cell(table, conferenceId, id, column, p.region(reader)));
  }

  static Optional<?> start(Optional<DateRange> range) {
    return range.map(DateRange::start);
  }

  static Optional<?> end(Optional<DateRange> range) {
    return range.flatMap(DateRange::end);
  }

  private static Optional<Double> latitude(Optional<Place> place) {
    return place.flatMap(Place::coordinates).map(Coordinates::latitude);
  }

  private static Optional<Double> longitude(Optional<Place> place) {
    return place.flatMap(Place::coordinates).map(Coordinates::longitude);
  }
}
