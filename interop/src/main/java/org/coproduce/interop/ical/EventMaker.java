package org.coproduce.interop.ical;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.RelType;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RelatedTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.coproduce.interop.internal.Names;
import org.coproduce.model.Conference;
import org.coproduce.model.DateRange;
import org.coproduce.model.PartialDate;
import org.coproduce.model.Place;
import org.coproduce.model.Programme;
import org.coproduce.model.Session;

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

  private EventMaker(Programme programme, Instant timestamp, List<String> warnings) {
    this.programme = programme;
    this.stamp = new DtStamp(timestamp);
    this.warnings = warnings;
  }

  /** Makes the calendar, adding to the warnings what it leaves out. */
  static Calendar calendar(Programme programme, Instant timestamp, List<String> warnings) {
    return new EventMaker(programme, timestamp, warnings).make();
  }

  private Calendar make() {
    calendar.add(new ProdId(PRODUCT));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(new Name(programme.name()));
    calendar.add(new XProperty("X-WR-CALNAME", programme.name()));
    List<Conference> conferences = programme.conferences();
    for (int i = 0; i < conferences.size(); i++) {
      conference("/conferences/" + i, conferences.get(i));
    }
    return calendar;
  }

  private void conference(String at, Conference conference) {
    String uid = uid(conference);
    Optional<DateRange> dates = conference.dates();
    if (dates.isEmpty()) {
      warnings.add(at + ": the conference has no dates: it is not in the calendar");
    } else if (!toTheDay(dates.get())) {
      warnings.add(at + ": the conference's dates " + dates.get()
          + " are not known to the day: it is not in the calendar");
    } else {
      VEvent event = event(uid, dates.get().firstDay(), dates.get().lastDay(), conference.name());
      conference.summary().ifPresent(text -> event.add(new Description(text)));
      where(event, conference);
      if (!conference.themes().isEmpty()) {
        event.add(new Categories(new TextList(conference.themes())));
      }
      calendar.add(event);
    }
    List<Session> sessions = conference.sessions();
    for (int s = 0; s < sessions.size(); s++) {
      session(at + "/sessions/" + s, conference, uid, sessions.get(s));
    }
  }

  private void session(String at, Conference conference, String parent, Session session) {
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
    VEvent event = event(parent + "/sessions/" + session.id(), day, day, session.title());
    session.summary().ifPresent(text -> event.add(new Description(text)));
    where(event, conference);
    List<String> categories = new ArrayList<>();
    categories.add(Names.of(session.kind()));
    session.strand().flatMap(conference::strand).ifPresent(s -> categories.add(s.title()));
    event.add(new Categories(new TextList(categories)));
    event.add(new RelatedTo(new ParameterList(List.of(RelType.PARENT)), parent));
    calendar.add(event);
  }

  private VEvent event(String uid, LocalDate first, LocalDate last, String summary) {
    // An all-day event ends (exclusively) on the day after its last day.
    VEvent event = new VEvent(first, last.plusDays(1), summary);
    event.add(new Uid(uid));
    event.add(stamp);
    return event;
  }

  private static void where(VEvent event, Conference conference) {
    conference.place().ifPresent(place -> {
      event.add(new Location(location(place)));
      place.coordinates().ifPresent(c -> event.add(
          new Geo(BigDecimal.valueOf(c.latitude()), BigDecimal.valueOf(c.longitude()))));
    });
    conference.url().ifPresent(url -> event.add(new Url(URI.create(url))));
  }

  /** The place in words: name, region and country code, such as "Cape Town, Western Cape, ZA". */
  static String location(Place place) {
    StringBuilder text = new StringBuilder(place.name());
    place.region().ifPresent(region -> text.append(", ").append(region));
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
