package org.coproduce.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coproduce.model.Affiliation;
import org.coproduce.model.Conference;
import org.coproduce.model.Organisation;
import org.coproduce.model.Output;
import org.coproduce.model.Participant;
import org.coproduce.model.Participation;
import org.coproduce.model.Place;
import org.coproduce.model.Programme;
import org.coproduce.model.Quote;
import org.coproduce.model.Session;
import org.coproduce.model.Strand;
import org.coproduce.model.Visit;

/**
 * The control for the growth of validation: a walk over a programme that reads every id and
 * reference the programme-wide validation resolves, in the same order, and the tags of every map
 * of translations, and does nothing with them but sum their hashes (which each string holds
 * once computed). It looks nothing up, so its growth from one size to the next is what the larger
 * heap alone adds to any pass over the same objects.
 */
final class Walk {
  private Walk() {}

  static int programme(Programme p) {
    int h = strings(p.leads()) + strings(p.funders());
    for (Organisation o : p.organisations()) {
      h += o.id().hashCode() + optional(o.parent()) + place(o.place()) + tags(o.translations());
    }
    for (Participant person : p.participants()) {
      h += person.id().hashCode();
      for (Affiliation a : person.affiliations()) {
        h += a.organisation().hashCode();
      }
    }
    for (Conference c : p.conferences()) {
      h += c.id().hashCode() + strings(c.hosts()) + place(c.place()) + tags(c.translations());
      for (Strand s : c.strands()) {
        h += s.id().hashCode() + tags(s.translations());
      }
      for (Session s : c.sessions()) {
        h += s.id().hashCode() + optional(s.strand()) + tags(s.translations());
      }
      for (Participation x : c.participations()) {
        h += x.participant().hashCode() + optional(x.session()) + optional(x.representing());
      }
    }
    for (Visit v : p.visits()) {
      h += v.id().hashCode() + v.conference().hashCode() + place(v.origin())
          + strings(v.participants()) + strings(v.funders()) + tags(v.translations());
    }
    for (Quote q : p.quotes()) {
      h += q.id().hashCode() + q.speaker().hashCode() + optional(q.conference())
          + tags(q.translations());
    }
    for (Output o : p.outputs()) {
      h += o.id().hashCode() + strings(o.authors()) + strings(o.organisations())
          + strings(o.conferences()) + strings(o.visits()) + tags(o.translations());
    }
    return h + tags(p.translations());
  }

  private static int place(Optional<Place> place) {
    return place.isPresent() ? tags(place.get().translations()) : 0;
  }

  private static int strings(List<String> strings) {
    int h = 0;
    for (int i = 0; i < strings.size(); i++) {
      h += strings.get(i).hashCode();
    }
    return h;
  }

  private static int optional(Optional<String> string) {
    return string.isPresent() ? string.get().hashCode() : 0;
  }

  private static int tags(Map<String, ?> translations) {
    int h = 0;
    for (String tag : translations.keySet()) {
      h += tag.hashCode();
    }
    return h;
  }
}
