package org.coproduce.json;

import java.time.DateTimeException;
import java.util.List;
import java.util.Optional;
import org.coproduce.model.Affiliation;
import org.coproduce.model.Conference;
import org.coproduce.model.ConferenceTranslation;
import org.coproduce.model.Coordinates;
import org.coproduce.model.DateRange;
import org.coproduce.model.Extensions;
import org.coproduce.model.Organisation;
import org.coproduce.model.OrganisationTranslation;
import org.coproduce.model.Output;
import org.coproduce.model.OutputKind;
import org.coproduce.model.OutputTranslation;
import org.coproduce.model.PartialDate;
import org.coproduce.model.Participant;
import org.coproduce.model.Participation;
import org.coproduce.model.Place;
import org.coproduce.model.PlaceTranslation;
import org.coproduce.model.Problem;
import org.coproduce.model.Programme;
import org.coproduce.model.ProgrammeTranslation;
import org.coproduce.model.Quote;
import org.coproduce.model.QuoteTranslation;
import org.coproduce.model.Role;
import org.coproduce.model.Sector;
import org.coproduce.model.Session;
import org.coproduce.model.SessionKind;
import org.coproduce.model.SessionTranslation;
import org.coproduce.model.Source;
import org.coproduce.model.Strand;
import org.coproduce.model.StrandTranslation;
import org.coproduce.model.ValidationException;
import org.coproduce.model.Visit;
import org.coproduce.model.VisitTranslation;
import org.jspecify.annotations.Nullable;

/**
 * The format's types, each declared once: every member with its wire name, kind, whether it is
 * required, its position (the order of the declaration, which is that of the format's tables),
 * its getter and setter, and its stand-in. Tests hold this against the JSON Schemas, the format's
 * documentation and the model's accessors.
 */
final class Declaration {
  private static final String TEXT_STAND_IN = "?";

  static final Shape<DateRange, RangeBuilder> DATE_RANGE = Shape.declare(DateRange.class,
          "a date range object such as {\"start\": \"2018-11\"}", RangeBuilder::new,
          RangeBuilder::build, RangeBuilder::extensions, DateRange::extensions)
      .date("start", true, "is required: the first date of the range", DateRange::start,
          RangeBuilder::start)
      .date("end", false, null, o -> o.end().orElse(null), RangeBuilder::end)
      .whole()
      .done();

  static final Shape<Coordinates, Coordinates.Builder> COORDINATES = Shape.declare(Coordinates.class,
          "a coordinates object", Coordinates::builder, Coordinates.Builder::build,
          Coordinates.Builder::extensions, Coordinates::extensions)
      .number("latitude", Coordinates::latitude, Coordinates.Builder::latitude)
      .number("longitude", Coordinates::longitude, Coordinates.Builder::longitude)
      .done();

  // ---- Translation objects (1.1): each member optional translated text; a translation that
  // breaks a rule is left out once reported, so that no problem follows from its stand-in.

  static final Shape<PlaceTranslation, PlaceTranslation.Builder> PLACE_TRANSLATION =
      Shape.declare(PlaceTranslation.class, "a translation object", PlaceTranslation::builder,
          PlaceTranslation.Builder::build, PlaceTranslation.Builder::extensions,
          PlaceTranslation::extensions)
      .optional("name", Kind.TEXT, o -> o.name().orElse(null), PlaceTranslation.Builder::name)
      .optional("region", Kind.TEXT, o -> o.region().orElse(null), PlaceTranslation.Builder::region)
      .whole()
      .done();

  static final Shape<OrganisationTranslation, OrganisationTranslation.Builder>
      ORGANISATION_TRANSLATION = Shape.declare(OrganisationTranslation.class,
          "a translation object", OrganisationTranslation::builder,
          OrganisationTranslation.Builder::build, OrganisationTranslation.Builder::extensions,
          OrganisationTranslation::extensions)
      .optional("name", Kind.TEXT, o -> o.name().orElse(null),
          OrganisationTranslation.Builder::name)
      .optional("shortName", Kind.TEXT, o -> o.shortName().orElse(null),
          OrganisationTranslation.Builder::shortName)
      .whole()
      .done();

  static final Shape<StrandTranslation, StrandTranslation.Builder> STRAND_TRANSLATION =
      Shape.declare(StrandTranslation.class, "a translation object", StrandTranslation::builder,
          StrandTranslation.Builder::build, StrandTranslation.Builder::extensions,
          StrandTranslation::extensions)
      .optional("title", Kind.TEXT, o -> o.title().orElse(null), StrandTranslation.Builder::title)
      .optional("summary", Kind.TEXT, o -> o.summary().orElse(null),
          StrandTranslation.Builder::summary)
      .whole()
      .done();

  static final Shape<SessionTranslation, SessionTranslation.Builder> SESSION_TRANSLATION =
      Shape.declare(SessionTranslation.class, "a translation object", SessionTranslation::builder,
          SessionTranslation.Builder::build, SessionTranslation.Builder::extensions,
          SessionTranslation::extensions)
      .optional("title", Kind.TEXT, o -> o.title().orElse(null), SessionTranslation.Builder::title)
      .optional("summary", Kind.TEXT, o -> o.summary().orElse(null),
          SessionTranslation.Builder::summary)
      .whole()
      .done();

  static final Shape<ConferenceTranslation, ConferenceTranslation.Builder>
      CONFERENCE_TRANSLATION = Shape.declare(ConferenceTranslation.class, "a translation object",
          ConferenceTranslation::builder, ConferenceTranslation.Builder::build,
          ConferenceTranslation.Builder::extensions, ConferenceTranslation::extensions)
      .optional("name", Kind.TEXT, o -> o.name().orElse(null),
          ConferenceTranslation.Builder::name)
      .optional("summary", Kind.TEXT, o -> o.summary().orElse(null),
          ConferenceTranslation.Builder::summary)
      .whole()
      .done();

  static final Shape<VisitTranslation, VisitTranslation.Builder> VISIT_TRANSLATION =
      Shape.declare(VisitTranslation.class, "a translation object", VisitTranslation::builder,
          VisitTranslation.Builder::build, VisitTranslation.Builder::extensions,
          VisitTranslation::extensions)
      .optional("title", Kind.TEXT, o -> o.title().orElse(null), VisitTranslation.Builder::title)
      .optional("summary", Kind.TEXT, o -> o.summary().orElse(null),
          VisitTranslation.Builder::summary)
      .whole()
      .done();

  static final Shape<QuoteTranslation, QuoteTranslation.Builder> QUOTE_TRANSLATION =
      Shape.declare(QuoteTranslation.class, "a translation object", QuoteTranslation::builder,
          QuoteTranslation.Builder::build, QuoteTranslation.Builder::extensions,
          QuoteTranslation::extensions)
      .optional("text", Kind.TEXT, o -> o.text().orElse(null), QuoteTranslation.Builder::text)
      .whole()
      .done();

  static final Shape<OutputTranslation, OutputTranslation.Builder> OUTPUT_TRANSLATION =
      Shape.declare(OutputTranslation.class, "a translation object", OutputTranslation::builder,
          OutputTranslation.Builder::build, OutputTranslation.Builder::extensions,
          OutputTranslation::extensions)
      .optional("title", Kind.TEXT, o -> o.title().orElse(null), OutputTranslation.Builder::title)
      .optional("summary", Kind.TEXT, o -> o.summary().orElse(null),
          OutputTranslation.Builder::summary)
      .whole()
      .done();

  static final Shape<ProgrammeTranslation, ProgrammeTranslation.Builder>
      PROGRAMME_TRANSLATION = Shape.declare(ProgrammeTranslation.class, "a translation object",
          ProgrammeTranslation::builder, ProgrammeTranslation.Builder::build,
          ProgrammeTranslation.Builder::extensions, ProgrammeTranslation::extensions)
      .optional("name", Kind.TEXT, o -> o.name().orElse(null), ProgrammeTranslation.Builder::name)
      .optional("summary", Kind.TEXT, o -> o.summary().orElse(null),
          ProgrammeTranslation.Builder::summary)
      .whole()
      .done();

  static final Shape<Place, Place.Builder> PLACE = Shape.declare(Place.class, "a place object",
          Place::builder, Place.Builder::build, Place.Builder::extensions, Place::extensions)
      .required("name", Kind.TEXT, TEXT_STAND_IN, Place::name, Place.Builder::name)
      .optional("region", Kind.TEXT, o -> o.region().orElse(null), Place.Builder::region)
      .required("country", Kind.COUNTRY, "GB", Place::country, Place.Builder::country)
      .object("coordinates", COORDINATES, o -> o.coordinates().orElse(null),
          Place.Builder::coordinates)
      .translations(PLACE_TRANSLATION, Place::translations, Place.Builder::translations)
      .done();

  static final Shape<Source, Source.Builder> SOURCE = Shape.declare(Source.class, "a source object",
          Source::builder, Source.Builder::build, Source.Builder::extensions, Source::extensions)
      .required("title", Kind.TEXT, TEXT_STAND_IN, Source::title, Source.Builder::title)
      .optional("publisher", Kind.TEXT, o -> o.publisher().orElse(null), Source.Builder::publisher)
      .optional("url", Kind.URL, o -> o.url().orElse(null), Source.Builder::url)
      .date("published", false, null, o -> o.published().orElse(null), Source.Builder::published)
      .done();

  static final Shape<Affiliation, Affiliation.Builder> AFFILIATION = Shape.declare(Affiliation.class,
          "an affiliation object", Affiliation::builder, Affiliation.Builder::build,
          Affiliation.Builder::extensions, Affiliation::extensions)
      .reference("organisation", true, "Organisation", Affiliation::organisation,
          Affiliation.Builder::organisation)
      .optional("title", Kind.TEXT, o -> o.title().orElse(null), Affiliation.Builder::title)
      .object("period", DATE_RANGE, o -> o.period().orElse(null), Affiliation.Builder::period)
      .done();

  static final Shape<Organisation, Organisation.Builder> ORGANISATION = Shape.declare(Organisation.class, "an organisation object", Organisation::builder,
          Organisation.Builder::build, Organisation.Builder::extensions, Organisation::extensions)
      .id("id", Organisation::id, Organisation.Builder::id)
      .required("name", Kind.TEXT, TEXT_STAND_IN, Organisation::name, Organisation.Builder::name)
      .optional("shortName", Kind.TEXT, o -> o.shortName().orElse(null),
          Organisation.Builder::shortName)
      .choice("sector", true, Wire.SECTOR, Sector.PUBLIC, Organisation::sector,
          Organisation.Builder::sector)
      .reference("parent", false, "Organisation", o -> o.parent().orElse(null),
          Organisation.Builder::parent)
      .object("place", PLACE, o -> o.place().orElse(null), Organisation.Builder::place)
      .optional("url", Kind.URL, o -> o.url().orElse(null), Organisation.Builder::url)
      .translations(ORGANISATION_TRANSLATION, Organisation::translations,
          Organisation.Builder::translations)
      .done();

  static final Shape<Participant, Participant.Builder> PARTICIPANT = Shape.declare(Participant.class,
          "a participant object", Participant::builder, Participant.Builder::build,
          Participant.Builder::extensions, Participant::extensions)
      .id("id", Participant::id, Participant.Builder::id)
      .required("name", Kind.TEXT, TEXT_STAND_IN, Participant::name, Participant.Builder::name)
      .choice("sector", false, Wire.SECTOR, null, o -> o.sector().orElse(null),
          Participant.Builder::sector)
      .objects("affiliations", AFFILIATION, Participant::affiliations,
          Participant.Builder::affiliations)
      .optional("url", Kind.URL, o -> o.url().orElse(null), Participant.Builder::url)
      .done();

  static final Shape<Strand, Strand.Builder> STRAND = Shape.declare(Strand.class, "a strand object",
          Strand::builder, Strand.Builder::build, Strand.Builder::extensions, Strand::extensions)
      .id("id", Strand::id, Strand.Builder::id)
      .required("title", Kind.TEXT, TEXT_STAND_IN, Strand::title, Strand.Builder::title)
      .optional("summary", Kind.TEXT, o -> o.summary().orElse(null), Strand.Builder::summary)
      .translations(STRAND_TRANSLATION, Strand::translations, Strand.Builder::translations)
      .done();

  static final Shape<Session, Session.Builder> SESSION = Shape.declare(Session.class,
          "a session object", Session::builder, Session.Builder::build,
          Session.Builder::extensions, Session::extensions)
      .id("id", Session::id, Session.Builder::id)
      .required("title", Kind.TEXT, TEXT_STAND_IN, Session::title, Session.Builder::title)
      .choice("kind", true, Wire.SESSION_KIND, SessionKind.OTHER, Session::kind,
          Session.Builder::kind)
      .reference("strand", false, "Strand", o -> o.strand().orElse(null), Session.Builder::strand)
      .date("date", false, null, o -> o.date().orElse(null), Session.Builder::date)
      .optional("summary", Kind.TEXT, o -> o.summary().orElse(null), Session.Builder::summary)
      .optional("language", Kind.LANGUAGE, o -> o.language().orElse(null),
          Session.Builder::language).since(1)
      .translations(SESSION_TRANSLATION, Session::translations,
          Session.Builder::translations)
      .done();

  static final Shape<Participation, Participation.Builder> PARTICIPATION = Shape.declare(Participation.class, "a participation object", Participation::builder,
          Participation.Builder::build, Participation.Builder::extensions,
          Participation::extensions)
      .reference("participant", true, "Participant", Participation::participant,
          Participation.Builder::participant)
      .choice("role", true, Wire.ROLE, Role.ATTENDEE, Participation::role,
          Participation.Builder::role)
      .reference("session", false, "Session", o -> o.session().orElse(null),
          Participation.Builder::session)
      .reference("representing", false, "Organisation", o -> o.representing().orElse(null),
          Participation.Builder::representing)
      .done();

  static final Shape<Conference, Conference.Builder> CONFERENCE = Shape.declare(Conference.class,
          "a conference object", Conference::builder, Conference.Builder::build,
          Conference.Builder::extensions, Conference::extensions)
      .id("id", Conference::id, Conference.Builder::id)
      .required("name", Kind.TEXT, TEXT_STAND_IN, Conference::name, Conference.Builder::name)
      .optional("summary", Kind.TEXT, o -> o.summary().orElse(null), Conference.Builder::summary)
      .references("hosts", "Organisation", Conference::hosts, Conference.Builder::hosts)
      .object("place", PLACE, o -> o.place().orElse(null), Conference.Builder::place)
      .object("dates", DATE_RANGE, o -> o.dates().orElse(null), Conference.Builder::dates)
      .strings("themes", Kind.TEXT, Conference::themes, Conference.Builder::themes)
      .optional("url", Kind.URL, o -> o.url().orElse(null), Conference.Builder::url)
      .objects("strands", STRAND, Conference::strands, Conference.Builder::strands)
      .objects("sessions", SESSION, Conference::sessions, Conference.Builder::sessions)
      .objects("participations", PARTICIPATION, Conference::participations,
          Conference.Builder::participations)
      .translations(CONFERENCE_TRANSLATION, Conference::translations,
          Conference.Builder::translations)
      .done();

  static final Shape<Visit, Visit.Builder> VISIT = Shape.declare(Visit.class, "a visit object",
          Visit::builder, Visit.Builder::build, Visit.Builder::extensions, Visit::extensions)
      .id("id", Visit::id, Visit.Builder::id)
      .required("title", Kind.TEXT, TEXT_STAND_IN, Visit::title, Visit.Builder::title)
      .reference("conference", true, "Conference", Visit::conference, Visit.Builder::conference)
      .object("origin", PLACE, o -> o.origin().orElse(null), Visit.Builder::origin)
      .references("participants", "Participant", Visit::participants,
          Visit.Builder::participants)
      .references("funders", "Organisation", Visit::funders, Visit.Builder::funders)
      .optional("summary", Kind.TEXT, o -> o.summary().orElse(null), Visit.Builder::summary)
      .translations(VISIT_TRANSLATION, Visit::translations, Visit.Builder::translations)
      .done();

  static final Shape<Quote, Quote.Builder> QUOTE = Shape.declare(Quote.class, "a quote object",
          Quote::builder, Quote.Builder::build, Quote.Builder::extensions, Quote::extensions)
      .id("id", Quote::id, Quote.Builder::id)
      .reference("speaker", true, "Participant", Quote::speaker, Quote.Builder::speaker)
      .required("text", Kind.TEXT, TEXT_STAND_IN, Quote::text, Quote.Builder::text)
      .optional("language", Kind.LANGUAGE, o -> o.language().orElse(null), Quote.Builder::language)
      .date("said", false, null, o -> o.said().orElse(null), Quote.Builder::said)
      .reference("conference", false, "Conference", o -> o.conference().orElse(null),
          Quote.Builder::conference)
      .object("source", SOURCE, o -> o.source().orElse(null), Quote.Builder::source)
      .translations(QUOTE_TRANSLATION, Quote::translations, Quote.Builder::translations)
      .done();

  static final Shape<Output, Output.Builder> OUTPUT = Shape.declare(Output.class,
          "an output object", Output::builder, Output.Builder::build, Output.Builder::extensions,
          Output::extensions)
      .id("id", Output::id, Output.Builder::id)
      .required("title", Kind.TEXT, TEXT_STAND_IN, Output::title, Output.Builder::title)
      .choice("kind", true, Wire.OUTPUT_KIND, OutputKind.OTHER, Output::kind,
          Output.Builder::kind)
      .references("authors", "Participant", Output::authors, Output.Builder::authors)
      .references("organisations", "Organisation", Output::organisations,
          Output.Builder::organisations)
      .date("published", false, null, o -> o.published().orElse(null), Output.Builder::published)
      .optional("url", Kind.URL, o -> o.url().orElse(null), Output.Builder::url)
      .optional("language", Kind.LANGUAGE, o -> o.language().orElse(null), Output.Builder::language)
      .references("conferences", "Conference", Output::conferences, Output.Builder::conferences)
      .references("visits", "Visit", Output::visits, Output.Builder::visits)
      .optional("summary", Kind.TEXT, o -> o.summary().orElse(null), Output.Builder::summary)
      .translations(OUTPUT_TRANSLATION, Output::translations, Output.Builder::translations)
      .done();

  static final Shape<Programme, Programme.Builder> PROGRAMME = Shape.declare(Programme.class,
          "a programme object", Programme::builder, Programme.Builder::build,
          Programme.Builder::extensions, Programme::extensions)
      .version("formatVersion", "is required: the format version, \"1.0\"",
          p -> p.extensions().version().orElse(null))
      .optional("language", Kind.LANGUAGE, o -> o.language().orElse(null),
          Programme.Builder::language)
      .since(1)
      .id("id", Programme::id, Programme.Builder::id)
      .required("name", Kind.TEXT, TEXT_STAND_IN, Programme::name, Programme.Builder::name)
      .optional("summary", Kind.TEXT, o -> o.summary().orElse(null), Programme.Builder::summary)
      .object("period", DATE_RANGE, o -> o.period().orElse(null), Programme.Builder::period)
      .references("leads", "Organisation", Programme::leads, Programme.Builder::leads)
      .references("funders", "Organisation", Programme::funders, Programme.Builder::funders)
      .strings("themes", Kind.TEXT, Programme::themes, Programme.Builder::themes)
      .strings("hashtags", Kind.HASHTAG, Programme::hashtags, Programme.Builder::hashtags)
      .integers("sdgs", Programme::sdgs, Programme.Builder::sdgs)
      .objects("organisations", ORGANISATION, Programme::organisations,
          Programme.Builder::organisations)
      .objects("participants", PARTICIPANT, Programme::participants,
          Programme.Builder::participants)
      .objects("conferences", CONFERENCE, Programme::conferences, Programme.Builder::conferences)
      .objects("visits", VISIT, Programme::visits, Programme.Builder::visits)
      .objects("quotes", QUOTE, Programme::quotes, Programme.Builder::quotes)
      .objects("outputs", OUTPUT, Programme::outputs, Programme.Builder::outputs).since(1)
      .translations(PROGRAMME_TRANSLATION, Programme::translations,
          Programme.Builder::translations)
      .done();

  /** Every declared type, the root first. */
  static final List<Shape<?, ?>> SHAPES = List.of(PROGRAMME, ORGANISATION, PARTICIPANT,
      AFFILIATION, CONFERENCE, STRAND, SESSION, PARTICIPATION, VISIT, QUOTE, SOURCE, OUTPUT, PLACE,
      COORDINATES, DATE_RANGE);

  /** The translation objects of the types that have {@code translations}. */
  static final List<Shape<?, ?>> TRANSLATION_SHAPES = List.of(PROGRAMME_TRANSLATION,
      ORGANISATION_TRANSLATION, CONFERENCE_TRANSLATION, STRAND_TRANSLATION, SESSION_TRANSLATION,
      VISIT_TRANSLATION, QUOTE_TRANSLATION, OUTPUT_TRANSLATION, PLACE_TRANSLATION);

  private Declaration() {}

  /** A date range under construction: {@link DateRange} has a factory, not a builder. */
  static final class RangeBuilder {
    private @Nullable PartialDate start;
    private @Nullable PartialDate end;
    private Extensions extensions = Extensions.empty();

    void start(PartialDate value) {
      start = value;
    }

    void end(PartialDate value) {
      end = value;
    }

    void extensions(Extensions value) {
      extensions = value;
    }

    DateRange build() {
      if (start == null) {
        throw new ValidationException("start");
      }
      try {
        return DateRange.of(start, Optional.ofNullable(end), extensions);
      } catch (DateTimeException e) { // the end lies before the start: a problem at "end"
        throw new ValidationException(List.of(Problem.of(List.of("end"), e.getMessage())));
      }
    }
  }
}
