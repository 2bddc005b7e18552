package org.coproduce.interop.csv;

import java.util.List;
import org.coproduce.model.Output;
import org.coproduce.model.Programme;

/**
 * The programme's outputs (format 1.1): one table of outputs and one per relation they name
 * (authors, organisations, conferences, visits).
 */
final class OutputTables {
  private OutputTables() {}

  static List<Table> of(Programme programme, ShownText shown) {
    Table outputs = new Table("outputs",
        "id", "title", "kind", "published", "url", "language", "summary");
    Table authors = new Table("output_authors", "output_id", "participant_id");
    Table organisations = new Table("output_organisations", "output_id", "organisation_id");
    Table conferences = new Table("output_conferences", "output_id", "conference_id");
    Table visits = new Table("output_visits", "output_id", "visit_id");
    for (Output o : programme.outputs()) {
      String id = o.id();
      outputs.add(id, shown.cell("outputs", "", id, "title", o.title(shown.reader())), o.kind(),
          o.published(), o.url(), o.language(),
          shown.cell("outputs", "", id, "summary", o.summary(shown.reader())));
      o.authors().forEach(author -> authors.add(id, author));
      o.organisations().forEach(organisation -> organisations.add(id, organisation));
      o.conferences().forEach(conference -> conferences.add(id, conference));
      o.visits().forEach(visit -> visits.add(id, visit));
    }
    return List.of(outputs, authors, organisations, conferences, visits);
  }
}
