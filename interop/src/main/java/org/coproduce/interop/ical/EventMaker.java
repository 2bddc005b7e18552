package org.coproduce.interop.ical;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.RelType;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RelatedTo;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.coproduce.interop.internal.ControlCharacters;
import org.coproduce.interop.internal.Names;
import org.coproduce.model.Conference;
import org.coproduce.model.DateRange;
import org.coproduce.model.LanguagePreference;
import org.coproduce.model.PartialDate;
import org.coproduce.model.Place;
import org.coproduce.model.Programme;
import org.coproduce.model.Session;
import org.coproduce.model.Strand;

/**
 * Makes the calendar: a {@code VEVENT} for each conference and each session whose dates are known
 * to the day, and a warning for each one left out.
 */
final class EventMaker {
  static final String PRODUCT = "-//Coproduce//Coproduce programme export//EN";

  private final Programme programme;
  private final DtStamp stamp;
  private final Calendar calendar = new Calendar();
  private final List<String> warnings;
  private final ControlCharacters controls;
  private final LanguagePreference reader;

  private EventMaker(Programme programme, LanguagePreference reader, Instant timestamp,
      List<String> warnings) {
    this.programme = programme;
    this.reader = reader;
    this.stamp = new DtStamp(timestamp);
    this.warnings = warnings;
    this.controls = new ControlCharacters(ControlCharacters.ICALENDAR, "iCalendar", warnings);
  }

  /**
   * Makes the calendar, with text in the reader's language where the programme has it, adding to
   * the warnings what it leaves out.
   */
  static Calendar calendar(Programme programme, LanguagePreference reader, Instant timestamp,
      List<String> warnings) {
    return new EventMaker(programme, reader, timestamp, warnings).make();
  }

  private Calendar make() {
    calendar.add(new ProdId(PRODUCT));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    String name = text("", "name", programme.name(reader).text());
    calendar.add(new Name(name));
    calendar.add(new XProperty("X-WR-CALNAME", name));
    List<Conference> conferences = programme.conferences();
    for (int i = 0; i < conferences.size(); i++) {
      conference("/conferences/" + i, conferences.get(i));
    }
    return calendar;
  }

  private void conference(String at, Conference conference) {
    String uid = uid(conference);
    Shared shared = shared(at, conference);
    Optional<DateRange> dates = conference.dates();
    if (dates.isEmpty()) {
      warnings.add(at + ": the conference has no dates: it is not in the calendar");
    } else if (!toTheDay(dates.get())) {
      warnings.add(at + ": the conference's dates " + dates.get()
          + " are not known to the day: it is not in the calendar");
    } else {
      VEvent event = event(uid, dates.get().firstDay(), dates.get().lastDay(),
          text(at, "name", conference.name(reader).text()));
      conference.summary(reader).ifPresent(summary ->
          event.add(new Description(text(at, "summary", summary.text()))));
      shared.addTo(event);
      List<String> themes = new ArrayList<>();
      for (int t = 0; t < conference.themes().size(); t++) {
        themes.add(text(at, "themes/" + t, conference.themes().get(t)));
      }
      if (!themes.isEmpty()) {
        event.add(new Categories(new TextList(themes)));
      }
      calendar.add(event);
    }
    List<Session> sessions = conference.sessions();
    for (int s = 0; s < sessions.size(); s++) {
      session(at + "/sessions/" + s, uid, shared, sessions.get(s));
    }
  }

  private void session(String at, String parent, Shared shared, Session session) {
    Optional<PartialDate> date = session.date();
    if (date.isEmpty()) {
      warnings.add(at + ": the session has no date: it is not in the calendar");
      return;
    }
    if (date.get().date().isEmpty()) {
      warnings.add(at + ": the session's date " + date.get()
          + " is not known to the day: it is not in the calendar");
      return;
    }
    LocalDate day = date.get().firstDay();
    VEvent event = event(parent + "/sessions/" + session.id(), day, day,
        text(at, "title", session.title(reader).text()));
    session.summary(reader).ifPresent(summary ->
        event.add(new Description(text(at, "summary", summary.text()))));
    shared.addTo(event);
    List<String> categories = new ArrayList<>();
    categories.add(Names.of(session.kind()));
    session.strand().map(shared.strandTitles::get).ifPresent(categories::add);
    event.add(new Categories(new TextList(categories)));
    event.add(new RelatedTo(new ParameterList(List.of(RelType.PARENT)), parent));
    calendar.add(event);
  }

  private VEvent event(String uid, LocalDate first, LocalDate last, String summary) {
    VEvent event = new VEvent(false); // without the DTSTAMP of now that ical4j would add
    event.add(new Uid(uid));
    event.add(stamp);
    event.add(new DtStart<>(first));
    // An all-day event ends (exclusively) on the day after its last day.
    event.add(new DtEnd<>(last.plusDays(1)));
    event.add(new Summary(summary));
    return event;
  }

  /**
   * What a conference's events and its sessions' share: where (LOCATION, GEO), the URL, and the
   * strands' titles (cleaned once, so that each change is warned of once).
   */
  private static final class Shared {
    private final List<Property> properties = new ArrayList<>();
    private final Map<String, String> strandTitles = new HashMap<>();

    void addTo(VEvent event) {
      properties.forEach(event::add);
    }
  }

  private Shared shared(String at, Conference conference) {
    Shared shared = new Shared();
    conference.place().ifPresent(place -> {
      shared.properties.add(new Location(text(at, "place", location(place))));
      place.coordinates().ifPresent(c -> shared.properties.add(
          new Geo(BigDecimal.valueOf(c.latitude()), BigDecimal.valueOf(c.longitude()))));
    });
    conference.url().ifPresent(url -> shared.properties.add(new Url(URI.create(url))));
    for (int s = 0; s < conference.strands().size(); s++) {
      Strand strand = conference.strands().get(s);
      shared.strandTitles.put(strand.id(),
          text(at + "/strands/" + s, "title", strand.title(reader).text()));
    }
    return shared;
  }

  /**
   * The text as iCalendar can hold it: its one line end is LF (written {@code \\n}), so CR LF
   * and CR become LF; other control characters are replaced, with a warning.
   */
  private String text(String at, String member, String text) {
    return controls.clean(at, member, text.replace("\r\n", "\n").replace('\r', '\n'));
  }

  /** The place in words: name, region and country code, such as "Cape Town, Western Cape, ZA". */
  private String location(Place place) {
    StringBuilder text = new StringBuilder(place.name(reader).text());
    place.region(reader).ifPresent(region -> text.append(", ").append(region.text()));
    return text.append(", ").append(place.country()).toString();
  }

  /** The UID of a conference's event; its sessions' UIDs follow it with the session's id. */
  private String uid(Conference conference) {
    return programme.id() + "/conferences/" + conference.id();
  }

  private static boolean toTheDay(DateRange dates) {
    return dates.start().date().isPresent()
        && dates.end().map(end -> end.date().isPresent()).orElse(true);
  }
}
