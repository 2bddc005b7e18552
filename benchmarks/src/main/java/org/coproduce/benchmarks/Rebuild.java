package org.coproduce.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.coproduce.model.Affiliation;
import org.coproduce.model.Conference;
import org.coproduce.model.Coordinates;
import org.coproduce.model.DateRange;
import org.coproduce.model.Organisation;
import org.coproduce.model.Output;
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
 * Builds a programme again, object by object, through the public builders, as a user building
 * from their own data would: every object's own checks and the programme-wide validation run
 * again; the strings and partial dates are shared, as a user's would already exist.
 */
final class Rebuild {
  private Rebuild() {}

  static Programme programme(Programme p) {
    return Programme.builder()
        .from(p)
        .period(p.period().map(Rebuild::range))
        .organisations(each(p.organisations(), Rebuild::organisation))
        .participants(each(p.participants(), Rebuild::participant))
        .conferences(each(p.conferences(), Rebuild::conference))
        .visits(each(p.visits(), Rebuild::visit))
        .quotes(each(p.quotes(), Rebuild::quote))
        .outputs(each(p.outputs(), o -> Output.builder().from(o).build()))
        .build();
  }

  private static Organisation organisation(Organisation o) {
    return Organisation.builder().from(o).place(o.place().map(Rebuild::place)).build();
  }

  private static Participant participant(Participant p) {
    return Participant.builder().from(p)
        .affiliations(each(p.affiliations(), Rebuild::affiliation))
        .build();
  }

  private static Affiliation affiliation(Affiliation a) {
    return Affiliation.builder().from(a).period(a.period().map(Rebuild::range)).build();
  }

  private static Conference conference(Conference c) {
    return Conference.builder().from(c)
        .place(c.place().map(Rebuild::place))
        .dates(c.dates().map(Rebuild::range))
        .strands(each(c.strands(), s -> Strand.builder().from(s).build()))
        .sessions(each(c.sessions(), s -> Session.builder().from(s).build()))
        .participations(each(c.participations(), x -> Participation.builder().from(x).build()))
        .build();
  }

  private static Visit visit(Visit v) {
    return Visit.builder().from(v).origin(v.origin().map(Rebuild::place)).build();
  }

  private static Quote quote(Quote q) {
    Optional<Source> source = q.source().map(s -> Source.builder().from(s).build());
    return Quote.builder().from(q).source(source).build();
  }

  private static Place place(Place p) {
    return Place.builder().from(p)
        .coordinates(p.coordinates().map(c -> Coordinates.builder().from(c).build()))
        .build();
  }

  private static DateRange range(DateRange r) {
    return DateRange.of(r.start(), r.end(), r.extensions());
  }

  private static <T> List<T> each(List<T> items, Function<T, T> copy) {
    List<T> out = new ArrayList<>(items.size());
    for (T item : items) {
      out.add(copy.apply(item));
    }
    return out;
  }
}
