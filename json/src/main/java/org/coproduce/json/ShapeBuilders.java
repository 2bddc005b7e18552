package org.coproduce.json;

import java.util.List;
import java.util.Map;
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
import org.coproduce.model.Visit;
import org.coproduce.model.VisitTranslation;
import org.jspecify.annotations.Nullable;

/**
 * Builds each declared type from the values read: one method per type, calling the model's
 * builder directly so that the JIT can inline each call. Generated from the {@link
 * Declaration} by the tests' {@code BuilderSource}; {@code GeneratedSourcesTest} fails,
 * saying what to do, when this file is not what the declaration generates. Do not edit it
 * by hand.
 */
@SuppressWarnings("unchecked")
final class ShapeBuilders {
  // One builder of each type for a reader, cleared for each object: a builder and the
  // lists and maps it holds are made once, not for every object (nor every small read).
  private Programme.@Nullable Builder programme;
  private Organisation.@Nullable Builder organisation;
  private Participant.@Nullable Builder participant;
  private Affiliation.@Nullable Builder affiliation;
  private Conference.@Nullable Builder conference;
  private Strand.@Nullable Builder strand;
  private Session.@Nullable Builder session;
  private Participation.@Nullable Builder participation;
  private Visit.@Nullable Builder visit;
  private Quote.@Nullable Builder quote;
  private Source.@Nullable Builder source;
  private Output.@Nullable Builder output;
  private Place.@Nullable Builder place;
  private Coordinates.@Nullable Builder coordinates;
  private ProgrammeTranslation.@Nullable Builder programmeTranslation;
  private OrganisationTranslation.@Nullable Builder organisationTranslation;
  private ConferenceTranslation.@Nullable Builder conferenceTranslation;
  private StrandTranslation.@Nullable Builder strandTranslation;
  private SessionTranslation.@Nullable Builder sessionTranslation;
  private VisitTranslation.@Nullable Builder visitTranslation;
  private QuoteTranslation.@Nullable Builder quoteTranslation;
  private OutputTranslation.@Nullable Builder outputTranslation;
  private PlaceTranslation.@Nullable Builder placeTranslation;

  /**
   * Builds an object of a declared type from the values of its members, by position (null
   * where absent; the root's format version is not set), and its extensions, if any.
   */
  Object build(Shape<?, ?> shape, ObjectRead<?, ?> v, @Nullable Extensions e) {
    if (shape == Declaration.PROGRAMME) { return programme(v, e); }
    if (shape == Declaration.ORGANISATION) { return organisation(v, e); }
    if (shape == Declaration.PARTICIPANT) { return participant(v, e); }
    if (shape == Declaration.AFFILIATION) { return affiliation(v, e); }
    if (shape == Declaration.CONFERENCE) { return conference(v, e); }
    if (shape == Declaration.STRAND) { return strand(v, e); }
    if (shape == Declaration.SESSION) { return session(v, e); }
    if (shape == Declaration.PARTICIPATION) { return participation(v, e); }
    if (shape == Declaration.VISIT) { return visit(v, e); }
    if (shape == Declaration.QUOTE) { return quote(v, e); }
    if (shape == Declaration.SOURCE) { return source(v, e); }
    if (shape == Declaration.OUTPUT) { return output(v, e); }
    if (shape == Declaration.PLACE) { return place(v, e); }
    if (shape == Declaration.COORDINATES) { return coordinates(v, e); }
    if (shape == Declaration.DATE_RANGE) { return dateRange(v, e); }
    if (shape == Declaration.PROGRAMME_TRANSLATION) { return programmeTranslation(v, e); }
    if (shape == Declaration.ORGANISATION_TRANSLATION) { return organisationTranslation(v, e); }
    if (shape == Declaration.CONFERENCE_TRANSLATION) { return conferenceTranslation(v, e); }
    if (shape == Declaration.STRAND_TRANSLATION) { return strandTranslation(v, e); }
    if (shape == Declaration.SESSION_TRANSLATION) { return sessionTranslation(v, e); }
    if (shape == Declaration.VISIT_TRANSLATION) { return visitTranslation(v, e); }
    if (shape == Declaration.QUOTE_TRANSLATION) { return quoteTranslation(v, e); }
    if (shape == Declaration.OUTPUT_TRANSLATION) { return outputTranslation(v, e); }
    if (shape == Declaration.PLACE_TRANSLATION) { return placeTranslation(v, e); }
    throw new IllegalArgumentException("not a declared type: " + shape);
  }

  /** Empties every builder, so that none holds the values of the last object it built. */
  void clear() {
    if (programme != null) { programme.clear(); }
    if (organisation != null) { organisation.clear(); }
    if (participant != null) { participant.clear(); }
    if (affiliation != null) { affiliation.clear(); }
    if (conference != null) { conference.clear(); }
    if (strand != null) { strand.clear(); }
    if (session != null) { session.clear(); }
    if (participation != null) { participation.clear(); }
    if (visit != null) { visit.clear(); }
    if (quote != null) { quote.clear(); }
    if (source != null) { source.clear(); }
    if (output != null) { output.clear(); }
    if (place != null) { place.clear(); }
    if (coordinates != null) { coordinates.clear(); }
    if (programmeTranslation != null) { programmeTranslation.clear(); }
    if (organisationTranslation != null) { organisationTranslation.clear(); }
    if (conferenceTranslation != null) { conferenceTranslation.clear(); }
    if (strandTranslation != null) { strandTranslation.clear(); }
    if (sessionTranslation != null) { sessionTranslation.clear(); }
    if (visitTranslation != null) { visitTranslation.clear(); }
    if (quoteTranslation != null) { quoteTranslation.clear(); }
    if (outputTranslation != null) { outputTranslation.clear(); }
    if (placeTranslation != null) { placeTranslation.clear(); }
  }

  private Programme programme(ObjectRead<?, ?> v, @Nullable Extensions e) {
    Programme.Builder b = programme;
    b = b != null ? b.clear() : (programme = Programme.builder());
    Object x;
    if ((x = v.get(1)) != null) { b.language((String) x); }
    if ((x = v.get(2)) != null) { b.id((String) x); }
    if ((x = v.get(3)) != null) { b.name((String) x); }
    if ((x = v.get(4)) != null) { b.summary((String) x); }
    if ((x = v.get(5)) != null) { b.period((DateRange) x); }
    if ((x = v.get(6)) != null) { b.leads((List<String>) x); }
    if ((x = v.get(7)) != null) { b.funders((List<String>) x); }
    if ((x = v.get(8)) != null) { b.themes((List<String>) x); }
    if ((x = v.get(9)) != null) { b.hashtags((List<String>) x); }
    if ((x = v.get(10)) != null) { b.sdgs((List<Integer>) x); }
    if ((x = v.get(11)) != null) { b.organisations((List<Organisation>) x); }
    if ((x = v.get(12)) != null) { b.participants((List<Participant>) x); }
    if ((x = v.get(13)) != null) { b.conferences((List<Conference>) x); }
    if ((x = v.get(14)) != null) { b.visits((List<Visit>) x); }
    if ((x = v.get(15)) != null) { b.quotes((List<Quote>) x); }
    if ((x = v.get(16)) != null) { b.outputs((List<Output>) x); }
    if ((x = v.get(17)) != null) { b.translations((Map<String, ProgrammeTranslation>) x); }
    if (e != null) { b.extensions(e); }
    return b.build();
  }

  private Organisation organisation(ObjectRead<?, ?> v, @Nullable Extensions e) {
    Organisation.Builder b = organisation;
    b = b != null ? b.clear() : (organisation = Organisation.builder());
    Object x;
    if ((x = v.get(0)) != null) { b.id((String) x); }
    if ((x = v.get(1)) != null) { b.name((String) x); }
    if ((x = v.get(2)) != null) { b.shortName((String) x); }
    if ((x = v.get(3)) != null) { b.sector((Sector) x); }
    if ((x = v.get(4)) != null) { b.parent((String) x); }
    if ((x = v.get(5)) != null) { b.place((Place) x); }
    if ((x = v.get(6)) != null) { b.url((String) x); }
    if ((x = v.get(7)) != null) { b.translations((Map<String, OrganisationTranslation>) x); }
    if (e != null) { b.extensions(e); }
    return b.build();
  }

  private Participant participant(ObjectRead<?, ?> v, @Nullable Extensions e) {
    Participant.Builder b = participant;
    b = b != null ? b.clear() : (participant = Participant.builder());
    Object x;
    if ((x = v.get(0)) != null) { b.id((String) x); }
    if ((x = v.get(1)) != null) { b.name((String) x); }
    if ((x = v.get(2)) != null) { b.sector((Sector) x); }
    if ((x = v.get(3)) != null) { b.affiliations((List<Affiliation>) x); }
    if ((x = v.get(4)) != null) { b.url((String) x); }
    if (e != null) { b.extensions(e); }
    return b.build();
  }

  private Affiliation affiliation(ObjectRead<?, ?> v, @Nullable Extensions e) {
    Affiliation.Builder b = affiliation;
    b = b != null ? b.clear() : (affiliation = Affiliation.builder());
    Object x;
    if ((x = v.get(0)) != null) { b.organisation((String) x); }
    if ((x = v.get(1)) != null) { b.title((String) x); }
    if ((x = v.get(2)) != null) { b.period((DateRange) x); }
    if (e != null) { b.extensions(e); }
    return b.build();
  }

  private Conference conference(ObjectRead<?, ?> v, @Nullable Extensions e) {
    Conference.Builder b = conference;
    b = b != null ? b.clear() : (conference = Conference.builder());
    Object x;
    if ((x = v.get(0)) != null) { b.id((String) x); }
    if ((x = v.get(1)) != null) { b.name((String) x); }
    if ((x = v.get(2)) != null) { b.summary((String) x); }
    if ((x = v.get(3)) != null) { b.hosts((List<String>) x); }
    if ((x = v.get(4)) != null) { b.place((Place) x); }
    if ((x = v.get(5)) != null) { b.dates((DateRange) x); }
    if ((x = v.get(6)) != null) { b.themes((List<String>) x); }
    if ((x = v.get(7)) != null) { b.url((String) x); }
    if ((x = v.get(8)) != null) { b.strands((List<Strand>) x); }
    if ((x = v.get(9)) != null) { b.sessions((List<Session>) x); }
    if ((x = v.get(10)) != null) { b.participations((List<Participation>) x); }
    if ((x = v.get(11)) != null) { b.translations((Map<String, ConferenceTranslation>) x); }
    if (e != null) { b.extensions(e); }
    return b.build();
  }

  private Strand strand(ObjectRead<?, ?> v, @Nullable Extensions e) {
    Strand.Builder b = strand;
    b = b != null ? b.clear() : (strand = Strand.builder());
    Object x;
    if ((x = v.get(0)) != null) { b.id((String) x); }
    if ((x = v.get(1)) != null) { b.title((String) x); }
    if ((x = v.get(2)) != null) { b.summary((String) x); }
    if ((x = v.get(3)) != null) { b.translations((Map<String, StrandTranslation>) x); }
    if (e != null) { b.extensions(e); }
    return b.build();
  }

  private Session session(ObjectRead<?, ?> v, @Nullable Extensions e) {
    Session.Builder b = session;
    b = b != null ? b.clear() : (session = Session.builder());
    Object x;
    if ((x = v.get(0)) != null) { b.id((String) x); }
    if ((x = v.get(1)) != null) { b.title((String) x); }
    if ((x = v.get(2)) != null) { b.kind((SessionKind) x); }
    if ((x = v.get(3)) != null) { b.strand((String) x); }
    if ((x = v.get(4)) != null) { b.date((PartialDate) x); }
    if ((x = v.get(5)) != null) { b.summary((String) x); }
    if ((x = v.get(6)) != null) { b.language((String) x); }
    if ((x = v.get(7)) != null) { b.translations((Map<String, SessionTranslation>) x); }
    if (e != null) { b.extensions(e); }
    return b.build();
  }

  private Participation participation(ObjectRead<?, ?> v, @Nullable Extensions e) {
    Participation.Builder b = participation;
    b = b != null ? b.clear() : (participation = Participation.builder());
    Object x;
    if ((x = v.get(0)) != null) { b.participant((String) x); }
    if ((x = v.get(1)) != null) { b.role((Role) x); }
    if ((x = v.get(2)) != null) { b.session((String) x); }
    if ((x = v.get(3)) != null) { b.representing((String) x); }
    if (e != null) { b.extensions(e); }
    return b.build();
  }

  private Visit visit(ObjectRead<?, ?> v, @Nullable Extensions e) {
    Visit.Builder b = visit;
    b = b != null ? b.clear() : (visit = Visit.builder());
    Object x;
    if ((x = v.get(0)) != null) { b.id((String) x); }
    if ((x = v.get(1)) != null) { b.title((String) x); }
    if ((x = v.get(2)) != null) { b.conference((String) x); }
    if ((x = v.get(3)) != null) { b.origin((Place) x); }
    if ((x = v.get(4)) != null) { b.participants((List<String>) x); }
    if ((x = v.get(5)) != null) { b.funders((List<String>) x); }
    if ((x = v.get(6)) != null) { b.summary((String) x); }
    if ((x = v.get(7)) != null) { b.translations((Map<String, VisitTranslation>) x); }
    if (e != null) { b.extensions(e); }
    return b.build();
  }

  private Quote quote(ObjectRead<?, ?> v, @Nullable Extensions e) {
    Quote.Builder b = quote;
    b = b != null ? b.clear() : (quote = Quote.builder());
    Object x;
    if ((x = v.get(0)) != null) { b.id((String) x); }
    if ((x = v.get(1)) != null) { b.speaker((String) x); }
    if ((x = v.get(2)) != null) { b.text((String) x); }
    if ((x = v.get(3)) != null) { b.language((String) x); }
    if ((x = v.get(4)) != null) { b.said((PartialDate) x); }
    if ((x = v.get(5)) != null) { b.conference((String) x); }
    if ((x = v.get(6)) != null) { b.source((Source) x); }
    if ((x = v.get(7)) != null) { b.translations((Map<String, QuoteTranslation>) x); }
    if (e != null) { b.extensions(e); }
    return b.build();
  }

  private Source source(ObjectRead<?, ?> v, @Nullable Extensions e) {
    Source.Builder b = source;
    b = b != null ? b.clear() : (source = Source.builder());
    Object x;
    if ((x = v.get(0)) != null) { b.title((String) x); }
    if ((x = v.get(1)) != null) { b.publisher((String) x); }
    if ((x = v.get(2)) != null) { b.url((String) x); }
    if ((x = v.get(3)) != null) { b.published((PartialDate) x); }
    if (e != null) { b.extensions(e); }
    return b.build();
  }

  private Output output(ObjectRead<?, ?> v, @Nullable Extensions e) {
    Output.Builder b = output;
    b = b != null ? b.clear() : (output = Output.builder());
    Object x;
    if ((x = v.get(0)) != null) { b.id((String) x); }
    if ((x = v.get(1)) != null) { b.title((String) x); }
    if ((x = v.get(2)) != null) { b.kind((OutputKind) x); }
    if ((x = v.get(3)) != null) { b.authors((List<String>) x); }
    if ((x = v.get(4)) != null) { b.organisations((List<String>) x); }
    if ((x = v.get(5)) != null) { b.published((PartialDate) x); }
    if ((x = v.get(6)) != null) { b.url((String) x); }
    if ((x = v.get(7)) != null) { b.language((String) x); }
    if ((x = v.get(8)) != null) { b.conferences((List<String>) x); }
    if ((x = v.get(9)) != null) { b.visits((List<String>) x); }
    if ((x = v.get(10)) != null) { b.summary((String) x); }
    if ((x = v.get(11)) != null) { b.translations((Map<String, OutputTranslation>) x); }
    if (e != null) { b.extensions(e); }
    return b.build();
  }

  private Place place(ObjectRead<?, ?> v, @Nullable Extensions e) {
    Place.Builder b = place;
    b = b != null ? b.clear() : (place = Place.builder());
    Object x;
    if ((x = v.get(0)) != null) { b.name((String) x); }
    if ((x = v.get(1)) != null) { b.region((String) x); }
    if ((x = v.get(2)) != null) { b.country((String) x); }
    if ((x = v.get(3)) != null) { b.coordinates((Coordinates) x); }
    if ((x = v.get(4)) != null) { b.translations((Map<String, PlaceTranslation>) x); }
    if (e != null) { b.extensions(e); }
    return b.build();
  }

  private Coordinates coordinates(ObjectRead<?, ?> v, @Nullable Extensions e) {
    Coordinates.Builder b = coordinates;
    b = b != null ? b.clear() : (coordinates = Coordinates.builder());
    Object x;
    if ((x = v.get(0)) != null) { b.latitude((Double) x); }
    if ((x = v.get(1)) != null) { b.longitude((Double) x); }
    if (e != null) { b.extensions(e); }
    return b.build();
  }

  private DateRange dateRange(ObjectRead<?, ?> v, @Nullable Extensions e) {
    Declaration.RangeBuilder b = new Declaration.RangeBuilder();
    Object x;
    if ((x = v.get(0)) != null) { b.start((PartialDate) x); }
    if ((x = v.get(1)) != null) { b.end((PartialDate) x); }
    if (e != null) { b.extensions(e); }
    return b.build();
  }

  private ProgrammeTranslation programmeTranslation(ObjectRead<?, ?> v, @Nullable Extensions e) {
    ProgrammeTranslation.Builder b = programmeTranslation;
    b = b != null ? b.clear() : (programmeTranslation = ProgrammeTranslation.builder());
    Object x;
    if ((x = v.get(0)) != null) { b.name((String) x); }
    if ((x = v.get(1)) != null) { b.summary((String) x); }
    if (e != null) { b.extensions(e); }
    return b.build();
  }

  private OrganisationTranslation organisationTranslation(
      ObjectRead<?, ?> v, @Nullable Extensions e) {
    OrganisationTranslation.Builder b = organisationTranslation;
    b = b != null ? b.clear() : (organisationTranslation = OrganisationTranslation.builder());
    Object x;
    if ((x = v.get(0)) != null) { b.name((String) x); }
    if ((x = v.get(1)) != null) { b.shortName((String) x); }
    if (e != null) { b.extensions(e); }
    return b.build();
  }

  private ConferenceTranslation conferenceTranslation(ObjectRead<?, ?> v, @Nullable Extensions e) {
    ConferenceTranslation.Builder b = conferenceTranslation;
    b = b != null ? b.clear() : (conferenceTranslation = ConferenceTranslation.builder());
    Object x;
    if ((x = v.get(0)) != null) { b.name((String) x); }
    if ((x = v.get(1)) != null) { b.summary((String) x); }
    if (e != null) { b.extensions(e); }
    return b.build();
  }

  private StrandTranslation strandTranslation(ObjectRead<?, ?> v, @Nullable Extensions e) {
    StrandTranslation.Builder b = strandTranslation;
    b = b != null ? b.clear() : (strandTranslation = StrandTranslation.builder());
    Object x;
    if ((x = v.get(0)) != null) { b.title((String) x); }
    if ((x = v.get(1)) != null) { b.summary((String) x); }
    if (e != null) { b.extensions(e); }
    return b.build();
  }

  private SessionTranslation sessionTranslation(ObjectRead<?, ?> v, @Nullable Extensions e) {
    SessionTranslation.Builder b = sessionTranslation;
    b = b != null ? b.clear() : (sessionTranslation = SessionTranslation.builder());
    Object x;
    if ((x = v.get(0)) != null) { b.title((String) x); }
    if ((x = v.get(1)) != null) { b.summary((String) x); }
    if (e != null) { b.extensions(e); }
    return b.build();
  }

  private VisitTranslation visitTranslation(ObjectRead<?, ?> v, @Nullable Extensions e) {
    VisitTranslation.Builder b = visitTranslation;
    b = b != null ? b.clear() : (visitTranslation = VisitTranslation.builder());
    Object x;
    if ((x = v.get(0)) != null) { b.title((String) x); }
    if ((x = v.get(1)) != null) { b.summary((String) x); }
    if (e != null) { b.extensions(e); }
    return b.build();
  }

  private QuoteTranslation quoteTranslation(ObjectRead<?, ?> v, @Nullable Extensions e) {
    QuoteTranslation.Builder b = quoteTranslation;
    b = b != null ? b.clear() : (quoteTranslation = QuoteTranslation.builder());
    Object x;
    if ((x = v.get(0)) != null) { b.text((String) x); }
    if (e != null) { b.extensions(e); }
    return b.build();
  }

  private OutputTranslation outputTranslation(ObjectRead<?, ?> v, @Nullable Extensions e) {
    OutputTranslation.Builder b = outputTranslation;
    b = b != null ? b.clear() : (outputTranslation = OutputTranslation.builder());
    Object x;
    if ((x = v.get(0)) != null) { b.title((String) x); }
    if ((x = v.get(1)) != null) { b.summary((String) x); }
    if (e != null) { b.extensions(e); }
    return b.build();
  }

  private PlaceTranslation placeTranslation(ObjectRead<?, ?> v, @Nullable Extensions e) {
    PlaceTranslation.Builder b = placeTranslation;
    b = b != null ? b.clear() : (placeTranslation = PlaceTranslation.builder());
    Object x;
    if ((x = v.get(0)) != null) { b.name((String) x); }
    if ((x = v.get(1)) != null) { b.region((String) x); }
    if (e != null) { b.extensions(e); }
    return b.build();
  }
}
