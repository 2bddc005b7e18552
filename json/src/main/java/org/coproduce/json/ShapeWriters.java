package org.coproduce.json;

import org.coproduce.model.Affiliation;
import org.coproduce.model.Conference;
import org.coproduce.model.ConferenceTranslation;
import org.coproduce.model.Coordinates;
import org.coproduce.model.DateRange;
import org.coproduce.model.Organisation;
import org.coproduce.model.OrganisationTranslation;
import org.coproduce.model.Output;
import org.coproduce.model.OutputTranslation;
import org.coproduce.model.Participant;
import org.coproduce.model.Participation;
import org.coproduce.model.Place;
import org.coproduce.model.PlaceTranslation;
import org.coproduce.model.Programme;
import org.coproduce.model.ProgrammeTranslation;
import org.coproduce.model.Quote;
import org.coproduce.model.QuoteTranslation;
import org.coproduce.model.Session;
import org.coproduce.model.SessionTranslation;
import org.coproduce.model.Source;
import org.coproduce.model.Strand;
import org.coproduce.model.StrandTranslation;
import org.coproduce.model.Visit;
import org.coproduce.model.VisitTranslation;

/**
 * Writes each declared type: one method per type, calling the model's accessors directly so
 * that the JIT can inline each one. Generated from the {@link Declaration} by the tests'
 * {@code WriterSource}; {@code GeneratedSourcesTest} fails, saying what to do, when this
 * file is not what the declaration generates. Do not edit it by hand.
 */
final class ShapeWriters {
  private static final Encoded[] PROGRAMME = names(Declaration.PROGRAMME);
  private static final Encoded[] ORGANISATION = names(Declaration.ORGANISATION);
  private static final Encoded[] PARTICIPANT = names(Declaration.PARTICIPANT);
  private static final Encoded[] AFFILIATION = names(Declaration.AFFILIATION);
  private static final Encoded[] CONFERENCE = names(Declaration.CONFERENCE);
  private static final Encoded[] STRAND = names(Declaration.STRAND);
  private static final Encoded[] SESSION = names(Declaration.SESSION);
  private static final Encoded[] PARTICIPATION = names(Declaration.PARTICIPATION);
  private static final Encoded[] VISIT = names(Declaration.VISIT);
  private static final Encoded[] QUOTE = names(Declaration.QUOTE);
  private static final Encoded[] SOURCE = names(Declaration.SOURCE);
  private static final Encoded[] OUTPUT = names(Declaration.OUTPUT);
  private static final Encoded[] PLACE = names(Declaration.PLACE);
  private static final Encoded[] COORDINATES = names(Declaration.COORDINATES);
  private static final Encoded[] DATE_RANGE = names(Declaration.DATE_RANGE);
  private static final Encoded[] PROGRAMME_TRANSLATION = names(Declaration.PROGRAMME_TRANSLATION);
  private static final Encoded[] ORGANISATION_TRANSLATION =
      names(Declaration.ORGANISATION_TRANSLATION);
  private static final Encoded[] CONFERENCE_TRANSLATION = names(Declaration.CONFERENCE_TRANSLATION);
  private static final Encoded[] STRAND_TRANSLATION = names(Declaration.STRAND_TRANSLATION);
  private static final Encoded[] SESSION_TRANSLATION = names(Declaration.SESSION_TRANSLATION);
  private static final Encoded[] VISIT_TRANSLATION = names(Declaration.VISIT_TRANSLATION);
  private static final Encoded[] QUOTE_TRANSLATION = names(Declaration.QUOTE_TRANSLATION);
  private static final Encoded[] OUTPUT_TRANSLATION = names(Declaration.OUTPUT_TRANSLATION);
  private static final Encoded[] PLACE_TRANSLATION = names(Declaration.PLACE_TRANSLATION);

  private ShapeWriters() {}

  /** Writes an object of a type that {@code Declaration.SHAPES} lists. */
  static void write(DocumentWriter w, Shape<?, ?> shape, Object o) {
    if (shape == Declaration.PROGRAMME) {
      programme(w, (Programme) o);
    } else if (shape == Declaration.ORGANISATION) {
      organisation(w, (Organisation) o);
    } else if (shape == Declaration.PARTICIPANT) {
      participant(w, (Participant) o);
    } else if (shape == Declaration.AFFILIATION) {
      affiliation(w, (Affiliation) o);
    } else if (shape == Declaration.CONFERENCE) {
      conference(w, (Conference) o);
    } else if (shape == Declaration.STRAND) {
      strand(w, (Strand) o);
    } else if (shape == Declaration.SESSION) {
      session(w, (Session) o);
    } else if (shape == Declaration.PARTICIPATION) {
      participation(w, (Participation) o);
    } else if (shape == Declaration.VISIT) {
      visit(w, (Visit) o);
    } else if (shape == Declaration.QUOTE) {
      quote(w, (Quote) o);
    } else if (shape == Declaration.SOURCE) {
      source(w, (Source) o);
    } else if (shape == Declaration.OUTPUT) {
      output(w, (Output) o);
    } else if (shape == Declaration.PLACE) {
      place(w, (Place) o);
    } else if (shape == Declaration.COORDINATES) {
      coordinates(w, (Coordinates) o);
    } else if (shape == Declaration.DATE_RANGE) {
      dateRange(w, (DateRange) o);
    } else {
      throw new IllegalArgumentException("not a declared type: " + shape);
    }
  }

  static void programme(DocumentWriter w, Programme o) {
    w.start();
    w.version(PROGRAMME[0], o);
    w.string(PROGRAMME[1], o.language());
    w.id(PROGRAMME[2], o.id());
    w.string(PROGRAMME[3], o.name());
    w.string(PROGRAMME[4], o.summary());
    w.object(PROGRAMME[5], o.period(), ShapeWriters::dateRange);
    w.ids(PROGRAMME[6], o.leads());
    w.ids(PROGRAMME[7], o.funders());
    w.strings(PROGRAMME[8], o.themes());
    w.strings(PROGRAMME[9], o.hashtags());
    w.integers(PROGRAMME[10], o.sdgs());
    w.objects(PROGRAMME[11], o.organisations(), ShapeWriters::organisation,
        ShapeWriters::organisationAhead);
    w.objects(PROGRAMME[12], o.participants(), ShapeWriters::participant,
        ShapeWriters::participantAhead);
    w.objects(PROGRAMME[13], o.conferences(), ShapeWriters::conference,
        ShapeWriters::conferenceAhead);
    w.objects(PROGRAMME[14], o.visits(), ShapeWriters::visit, ShapeWriters::visitAhead);
    w.objects(PROGRAMME[15], o.quotes(), ShapeWriters::quote, ShapeWriters::quoteAhead);
    w.objects(PROGRAMME[16], o.outputs(), ShapeWriters::output, ShapeWriters::outputAhead);
    w.translations(PROGRAMME[17], o.translations(), ShapeWriters::programmeTranslation);
    w.end(o.extensions(), Declaration.PROGRAMME);
  }

  static void organisation(DocumentWriter w, Organisation o) {
    w.start();
    w.id(ORGANISATION[0], o.id());
    w.string(ORGANISATION[1], o.name());
    w.string(ORGANISATION[2], o.shortName());
    w.choice(ORGANISATION[3], Wire.SECTOR, o.sector());
    w.id(ORGANISATION[4], o.parent());
    w.object(ORGANISATION[5], o.place(), ShapeWriters::place);
    w.string(ORGANISATION[6], o.url());
    w.translations(ORGANISATION[7], o.translations(), ShapeWriters::organisationTranslation);
    w.end(o.extensions(), Declaration.ORGANISATION);
  }

  /** Reads ahead the strings it holds: see {@code DocumentWriter.objects}. */
  static int organisationAhead(Organisation o) {
    return o.id().length() + o.name().length();
  }

  static void participant(DocumentWriter w, Participant o) {
    w.start();
    w.id(PARTICIPANT[0], o.id());
    w.string(PARTICIPANT[1], o.name());
    w.choice(PARTICIPANT[2], Wire.SECTOR, o.sector());
    w.objects(PARTICIPANT[3], o.affiliations(), ShapeWriters::affiliation,
        ShapeWriters::affiliationAhead);
    w.string(PARTICIPANT[4], o.url());
    w.end(o.extensions(), Declaration.PARTICIPANT);
  }

  /** Reads ahead the strings it holds: see {@code DocumentWriter.objects}. */
  static int participantAhead(Participant o) {
    return o.id().length()
        + o.name().length()
        + DocumentWriter.ahead(o.affiliations(), ShapeWriters::affiliationAhead);
  }

  static void affiliation(DocumentWriter w, Affiliation o) {
    w.start();
    w.id(AFFILIATION[0], o.organisation());
    w.string(AFFILIATION[1], o.title());
    w.object(AFFILIATION[2], o.period(), ShapeWriters::dateRange);
    w.end(o.extensions(), Declaration.AFFILIATION);
  }

  /** Reads ahead the strings it holds: see {@code DocumentWriter.objects}. */
  static int affiliationAhead(Affiliation o) {
    return o.organisation().length();
  }

  static void conference(DocumentWriter w, Conference o) {
    w.start();
    w.id(CONFERENCE[0], o.id());
    w.string(CONFERENCE[1], o.name());
    w.string(CONFERENCE[2], o.summary());
    w.ids(CONFERENCE[3], o.hosts());
    w.object(CONFERENCE[4], o.place(), ShapeWriters::place);
    w.object(CONFERENCE[5], o.dates(), ShapeWriters::dateRange);
    w.strings(CONFERENCE[6], o.themes());
    w.string(CONFERENCE[7], o.url());
    w.objects(CONFERENCE[8], o.strands(), ShapeWriters::strand, ShapeWriters::strandAhead);
    w.objects(CONFERENCE[9], o.sessions(), ShapeWriters::session, ShapeWriters::sessionAhead);
    w.objects(CONFERENCE[10], o.participations(), ShapeWriters::participation,
        ShapeWriters::participationAhead);
    w.translations(CONFERENCE[11], o.translations(), ShapeWriters::conferenceTranslation);
    w.end(o.extensions(), Declaration.CONFERENCE);
  }

  /** Reads ahead the strings it holds: see {@code DocumentWriter.objects}. */
  static int conferenceAhead(Conference o) {
    return o.id().length() + o.name().length() + DocumentWriter.lengths(o.hosts());
  }

  static void strand(DocumentWriter w, Strand o) {
    w.start();
    w.id(STRAND[0], o.id());
    w.string(STRAND[1], o.title());
    w.string(STRAND[2], o.summary());
    w.translations(STRAND[3], o.translations(), ShapeWriters::strandTranslation);
    w.end(o.extensions(), Declaration.STRAND);
  }

  /** Reads ahead the strings it holds: see {@code DocumentWriter.objects}. */
  static int strandAhead(Strand o) {
    return o.id().length() + o.title().length();
  }

  static void session(DocumentWriter w, Session o) {
    w.start();
    w.id(SESSION[0], o.id());
    w.string(SESSION[1], o.title());
    w.choice(SESSION[2], Wire.SESSION_KIND, o.kind());
    w.id(SESSION[3], o.strand());
    w.date(SESSION[4], o.date());
    w.string(SESSION[5], o.summary());
    w.string(SESSION[6], o.language());
    w.translations(SESSION[7], o.translations(), ShapeWriters::sessionTranslation);
    w.end(o.extensions(), Declaration.SESSION);
  }

  /** Reads ahead the strings it holds: see {@code DocumentWriter.objects}. */
  static int sessionAhead(Session o) {
    return o.id().length() + o.title().length();
  }

  static void participation(DocumentWriter w, Participation o) {
    w.start();
    w.id(PARTICIPATION[0], o.participant());
    w.choice(PARTICIPATION[1], Wire.ROLE, o.role());
    w.id(PARTICIPATION[2], o.session());
    w.id(PARTICIPATION[3], o.representing());
    w.end(o.extensions(), Declaration.PARTICIPATION);
  }

  /** Reads ahead the strings it holds: see {@code DocumentWriter.objects}. */
  static int participationAhead(Participation o) {
    return o.participant().length();
  }

  static void visit(DocumentWriter w, Visit o) {
    w.start();
    w.id(VISIT[0], o.id());
    w.string(VISIT[1], o.title());
    w.id(VISIT[2], o.conference());
    w.object(VISIT[3], o.origin(), ShapeWriters::place);
    w.ids(VISIT[4], o.participants());
    w.ids(VISIT[5], o.funders());
    w.string(VISIT[6], o.summary());
    w.translations(VISIT[7], o.translations(), ShapeWriters::visitTranslation);
    w.end(o.extensions(), Declaration.VISIT);
  }

  /** Reads ahead the strings it holds: see {@code DocumentWriter.objects}. */
  static int visitAhead(Visit o) {
    return o.id().length()
        + o.title().length()
        + o.conference().length()
        + DocumentWriter.lengths(o.participants())
        + DocumentWriter.lengths(o.funders());
  }

  static void quote(DocumentWriter w, Quote o) {
    w.start();
    w.id(QUOTE[0], o.id());
    w.id(QUOTE[1], o.speaker());
    w.string(QUOTE[2], o.text());
    w.string(QUOTE[3], o.language());
    w.date(QUOTE[4], o.said());
    w.id(QUOTE[5], o.conference());
    w.object(QUOTE[6], o.source(), ShapeWriters::source);
    w.translations(QUOTE[7], o.translations(), ShapeWriters::quoteTranslation);
    w.end(o.extensions(), Declaration.QUOTE);
  }

  /** Reads ahead the strings it holds: see {@code DocumentWriter.objects}. */
  static int quoteAhead(Quote o) {
    return o.id().length() + o.speaker().length() + o.text().length();
  }

  static void source(DocumentWriter w, Source o) {
    w.start();
    w.string(SOURCE[0], o.title());
    w.string(SOURCE[1], o.publisher());
    w.string(SOURCE[2], o.url());
    w.date(SOURCE[3], o.published());
    w.end(o.extensions(), Declaration.SOURCE);
  }

  static void output(DocumentWriter w, Output o) {
    w.start();
    w.id(OUTPUT[0], o.id());
    w.string(OUTPUT[1], o.title());
    w.choice(OUTPUT[2], Wire.OUTPUT_KIND, o.kind());
    w.ids(OUTPUT[3], o.authors());
    w.ids(OUTPUT[4], o.organisations());
    w.date(OUTPUT[5], o.published());
    w.string(OUTPUT[6], o.url());
    w.string(OUTPUT[7], o.language());
    w.ids(OUTPUT[8], o.conferences());
    w.ids(OUTPUT[9], o.visits());
    w.string(OUTPUT[10], o.summary());
    w.translations(OUTPUT[11], o.translations(), ShapeWriters::outputTranslation);
    w.end(o.extensions(), Declaration.OUTPUT);
  }

  /** Reads ahead the strings it holds: see {@code DocumentWriter.objects}. */
  static int outputAhead(Output o) {
    return o.id().length()
        + o.title().length()
        + DocumentWriter.lengths(o.authors())
        + DocumentWriter.lengths(o.organisations())
        + DocumentWriter.lengths(o.conferences())
        + DocumentWriter.lengths(o.visits());
  }

  static void place(DocumentWriter w, Place o) {
    w.start();
    w.string(PLACE[0], o.name());
    w.string(PLACE[1], o.region());
    w.string(PLACE[2], o.country());
    w.object(PLACE[3], o.coordinates(), ShapeWriters::coordinates);
    w.translations(PLACE[4], o.translations(), ShapeWriters::placeTranslation);
    w.end(o.extensions(), Declaration.PLACE);
  }

  static void coordinates(DocumentWriter w, Coordinates o) {
    w.start();
    w.number(COORDINATES[0], o.latitude());
    w.number(COORDINATES[1], o.longitude());
    w.end(o.extensions(), Declaration.COORDINATES);
  }

  static void dateRange(DocumentWriter w, DateRange o) {
    w.start();
    w.date(DATE_RANGE[0], o.start());
    w.date(DATE_RANGE[1], o.end());
    w.end(o.extensions(), Declaration.DATE_RANGE);
  }

  static void programmeTranslation(DocumentWriter w, ProgrammeTranslation o) {
    w.start();
    w.string(PROGRAMME_TRANSLATION[0], o.name());
    w.string(PROGRAMME_TRANSLATION[1], o.summary());
    w.end(o.extensions(), Declaration.PROGRAMME_TRANSLATION);
  }

  static void organisationTranslation(DocumentWriter w, OrganisationTranslation o) {
    w.start();
    w.string(ORGANISATION_TRANSLATION[0], o.name());
    w.string(ORGANISATION_TRANSLATION[1], o.shortName());
    w.end(o.extensions(), Declaration.ORGANISATION_TRANSLATION);
  }

  static void conferenceTranslation(DocumentWriter w, ConferenceTranslation o) {
    w.start();
    w.string(CONFERENCE_TRANSLATION[0], o.name());
    w.string(CONFERENCE_TRANSLATION[1], o.summary());
    w.end(o.extensions(), Declaration.CONFERENCE_TRANSLATION);
  }

  static void strandTranslation(DocumentWriter w, StrandTranslation o) {
    w.start();
    w.string(STRAND_TRANSLATION[0], o.title());
    w.string(STRAND_TRANSLATION[1], o.summary());
    w.end(o.extensions(), Declaration.STRAND_TRANSLATION);
  }

  static void sessionTranslation(DocumentWriter w, SessionTranslation o) {
    w.start();
    w.string(SESSION_TRANSLATION[0], o.title());
    w.string(SESSION_TRANSLATION[1], o.summary());
    w.end(o.extensions(), Declaration.SESSION_TRANSLATION);
  }

  static void visitTranslation(DocumentWriter w, VisitTranslation o) {
    w.start();
    w.string(VISIT_TRANSLATION[0], o.title());
    w.string(VISIT_TRANSLATION[1], o.summary());
    w.end(o.extensions(), Declaration.VISIT_TRANSLATION);
  }

  static void quoteTranslation(DocumentWriter w, QuoteTranslation o) {
    w.start();
    w.string(QUOTE_TRANSLATION[0], o.text());
    w.end(o.extensions(), Declaration.QUOTE_TRANSLATION);
  }

  static void outputTranslation(DocumentWriter w, OutputTranslation o) {
    w.start();
    w.string(OUTPUT_TRANSLATION[0], o.title());
    w.string(OUTPUT_TRANSLATION[1], o.summary());
    w.end(o.extensions(), Declaration.OUTPUT_TRANSLATION);
  }

  static void placeTranslation(DocumentWriter w, PlaceTranslation o) {
    w.start();
    w.string(PLACE_TRANSLATION[0], o.name());
    w.string(PLACE_TRANSLATION[1], o.region());
    w.end(o.extensions(), Declaration.PLACE_TRANSLATION);
  }

  private static Encoded[] names(Shape<?, ?> shape) {
    Encoded[] names = new Encoded[shape.size()];
    for (int i = 0; i < names.length; i++) {
      names[i] = shape.member(i).encoded;
    }
    return names;
  }
}
