package org.coproduce.json;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.coproduce.model.Affiliation;
import org.coproduce.model.Conference;
import org.coproduce.model.Coordinates;
import org.coproduce.model.DateRange;
import org.coproduce.model.Extensions;
import org.coproduce.model.Organisation;
import org.coproduce.model.PartialDate;
import org.coproduce.model.Participant;
import org.coproduce.model.Participation;
import org.coproduce.model.Place;
import org.coproduce.model.Problem;
import org.coproduce.model.Programme;
import org.coproduce.model.Quote;
import org.coproduce.model.Session;
import org.coproduce.model.Source;
import org.coproduce.model.Strand;
import org.coproduce.model.Visit;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * Writes model objects in canonical form: members in the order of format 1.0's tables, absent
 * members and empty lists left out, text exactly as held, unknown members last in the order read.
 * Streams to the generator; builds no text in memory.
 */
final class DocumentWriter {
  static final String OWN_VERSION = "1." + DocumentReader.OWN_MINOR;
  private static final Pattern READABLE_VERSION = Pattern.compile("1\\.(0|[1-9][0-9]*)");

  // Member names, encoded once: writing them is a good part of writing a document.
  private static final SerializableString N_AFFILIATIONS = new SerializedString("affiliations");
  private static final SerializableString N_CONFERENCE = new SerializedString("conference");
  private static final SerializableString N_CONFERENCES = new SerializedString("conferences");
  private static final SerializableString N_COORDINATES = new SerializedString("coordinates");
  private static final SerializableString N_COUNTRY = new SerializedString("country");
  private static final SerializableString N_DATE = new SerializedString("date");
  private static final SerializableString N_DATES = new SerializedString("dates");
  private static final SerializableString N_END = new SerializedString("end");
  private static final SerializableString N_FORMAT_VERSION = new SerializedString("formatVersion");
  private static final SerializableString N_FUNDERS = new SerializedString("funders");
  private static final SerializableString N_HASHTAGS = new SerializedString("hashtags");
  private static final SerializableString N_HOSTS = new SerializedString("hosts");
  private static final SerializableString N_ID = new SerializedString("id");
  private static final SerializableString N_KIND = new SerializedString("kind");
  private static final SerializableString N_LANGUAGE = new SerializedString("language");
  private static final SerializableString N_LATITUDE = new SerializedString("latitude");
  private static final SerializableString N_LEADS = new SerializedString("leads");
  private static final SerializableString N_LONGITUDE = new SerializedString("longitude");
  private static final SerializableString N_NAME = new SerializedString("name");
  private static final SerializableString N_ORGANISATION = new SerializedString("organisation");
  private static final SerializableString N_ORGANISATIONS = new SerializedString("organisations");
  private static final SerializableString N_ORIGIN = new SerializedString("origin");
  private static final SerializableString N_PARENT = new SerializedString("parent");
  private static final SerializableString N_PARTICIPANT = new SerializedString("participant");
  private static final SerializableString N_PARTICIPANTS = new SerializedString("participants");
  private static final SerializableString N_PARTICIPATIONS = new SerializedString("participations");
  private static final SerializableString N_PERIOD = new SerializedString("period");
  private static final SerializableString N_PLACE = new SerializedString("place");
  private static final SerializableString N_PUBLISHED = new SerializedString("published");
  private static final SerializableString N_PUBLISHER = new SerializedString("publisher");
  private static final SerializableString N_QUOTES = new SerializedString("quotes");
  private static final SerializableString N_REGION = new SerializedString("region");
  private static final SerializableString N_REPRESENTING = new SerializedString("representing");
  private static final SerializableString N_ROLE = new SerializedString("role");
  private static final SerializableString N_SAID = new SerializedString("said");
  private static final SerializableString N_SDGS = new SerializedString("sdgs");
  private static final SerializableString N_SECTOR = new SerializedString("sector");
  private static final SerializableString N_SESSION = new SerializedString("session");
  private static final SerializableString N_SESSIONS = new SerializedString("sessions");
  private static final SerializableString N_SHORT_NAME = new SerializedString("shortName");
  private static final SerializableString N_SOURCE = new SerializedString("source");
  private static final SerializableString N_SPEAKER = new SerializedString("speaker");
  private static final SerializableString N_START = new SerializedString("start");
  private static final SerializableString N_STRAND = new SerializedString("strand");
  private static final SerializableString N_STRANDS = new SerializedString("strands");
  private static final SerializableString N_SUMMARY = new SerializedString("summary");
  private static final SerializableString N_TEXT = new SerializedString("text");
  private static final SerializableString N_THEMES = new SerializedString("themes");
  private static final SerializableString N_TITLE = new SerializedString("title");
  private static final SerializableString N_URL = new SerializedString("url");
  private static final SerializableString N_VISITS = new SerializedString("visits");

  private final JsonGenerator g;

  DocumentWriter(JsonGenerator g) {
    this.g = g;
  }

  void programme(Programme p) {
    String version = p.extensions().version().orElse(OWN_VERSION);
    if (!READABLE_VERSION.matcher(version).matches()) {
      // Extensions take any version; a document of it would be refused by every 1.x reader.
      throw new IllegalArgumentException("the format version " + Problem.quote(version)
          + " is not a version 1.x, so it cannot be written");
    }
    g.writeStartObject();
    writeString(N_FORMAT_VERSION, version);
    writeString(N_ID, p.id());
    writeString(N_NAME, p.name());
    text(N_SUMMARY, p.summary());
    if (p.period().isPresent()) {
      g.writeName(N_PERIOD);
      dateRange(p.period().get());
    }
    strings(N_LEADS, p.leads());
    strings(N_FUNDERS, p.funders());
    strings(N_THEMES, p.themes());
    strings(N_HASHTAGS, p.hashtags());
    if (!p.sdgs().isEmpty()) {
      g.writeName(N_SDGS);
      g.writeStartArray();
      for (int goal : p.sdgs()) {
        g.writeNumber(goal);
      }
      g.writeEndArray();
    }
    if (!p.organisations().isEmpty()) {
      g.writeName(N_ORGANISATIONS);
      g.writeStartArray();
      for (Organisation o : p.organisations()) {
        organisation(o);
      }
      g.writeEndArray();
    }
    if (!p.participants().isEmpty()) {
      g.writeName(N_PARTICIPANTS);
      g.writeStartArray();
      for (Participant o : p.participants()) {
        participant(o);
      }
      g.writeEndArray();
    }
    if (!p.conferences().isEmpty()) {
      g.writeName(N_CONFERENCES);
      g.writeStartArray();
      for (Conference o : p.conferences()) {
        conference(o);
      }
      g.writeEndArray();
    }
    if (!p.visits().isEmpty()) {
      g.writeName(N_VISITS);
      g.writeStartArray();
      for (Visit o : p.visits()) {
        visit(o);
      }
      g.writeEndArray();
    }
    if (!p.quotes().isEmpty()) {
      g.writeName(N_QUOTES);
      g.writeStartArray();
      for (Quote o : p.quotes()) {
        quote(o);
      }
      g.writeEndArray();
    }
    end(p.extensions(), "Programme");
  }

  void organisation(Organisation o) {
    g.writeStartObject();
    writeString(N_ID, o.id());
    writeString(N_NAME, o.name());
    text(N_SHORT_NAME, o.shortName());
    writeString(N_SECTOR, Wire.SECTOR.name(o.sector()));
    text(N_PARENT, o.parent());
    if (o.place().isPresent()) {
      g.writeName(N_PLACE);
      place(o.place().get());
    }
    text(N_URL, o.url());
    end(o.extensions(), "Organisation");
  }

  void participant(Participant o) {
    g.writeStartObject();
    writeString(N_ID, o.id());
    writeString(N_NAME, o.name());
    if (o.sector().isPresent()) {
      writeString(N_SECTOR, Wire.SECTOR.name(o.sector().get()));
    }
    if (!o.affiliations().isEmpty()) {
      g.writeName(N_AFFILIATIONS);
      g.writeStartArray();
      for (Affiliation a : o.affiliations()) {
        affiliation(a);
      }
      g.writeEndArray();
    }
    text(N_URL, o.url());
    end(o.extensions(), "Participant");
  }

  void affiliation(Affiliation o) {
    g.writeStartObject();
    writeString(N_ORGANISATION, o.organisation());
    text(N_TITLE, o.title());
    if (o.period().isPresent()) {
      g.writeName(N_PERIOD);
      dateRange(o.period().get());
    }
    end(o.extensions(), "Affiliation");
  }

  void conference(Conference o) {
    g.writeStartObject();
    writeString(N_ID, o.id());
    writeString(N_NAME, o.name());
    text(N_SUMMARY, o.summary());
    strings(N_HOSTS, o.hosts());
    if (o.place().isPresent()) {
      g.writeName(N_PLACE);
      place(o.place().get());
    }
    if (o.dates().isPresent()) {
      g.writeName(N_DATES);
      dateRange(o.dates().get());
    }
    strings(N_THEMES, o.themes());
    text(N_URL, o.url());
    if (!o.strands().isEmpty()) {
      g.writeName(N_STRANDS);
      g.writeStartArray();
      for (Strand s : o.strands()) {
        strand(s);
      }
      g.writeEndArray();
    }
    if (!o.sessions().isEmpty()) {
      g.writeName(N_SESSIONS);
      g.writeStartArray();
      for (Session s : o.sessions()) {
        session(s);
      }
      g.writeEndArray();
    }
    if (!o.participations().isEmpty()) {
      g.writeName(N_PARTICIPATIONS);
      g.writeStartArray();
      for (Participation s : o.participations()) {
        participation(s);
      }
      g.writeEndArray();
    }
    end(o.extensions(), "Conference");
  }

  void strand(Strand o) {
    g.writeStartObject();
    writeString(N_ID, o.id());
    writeString(N_TITLE, o.title());
    text(N_SUMMARY, o.summary());
    end(o.extensions(), "Strand");
  }

  void session(Session o) {
    g.writeStartObject();
    writeString(N_ID, o.id());
    writeString(N_TITLE, o.title());
    writeString(N_KIND, Wire.SESSION_KIND.name(o.kind()));
    text(N_STRAND, o.strand());
    date(N_DATE, o.date());
    text(N_SUMMARY, o.summary());
    end(o.extensions(), "Session");
  }

  void participation(Participation o) {
    g.writeStartObject();
    writeString(N_PARTICIPANT, o.participant());
    writeString(N_ROLE, Wire.ROLE.name(o.role()));
    text(N_SESSION, o.session());
    text(N_REPRESENTING, o.representing());
    end(o.extensions(), "Participation");
  }

  void visit(Visit o) {
    g.writeStartObject();
    writeString(N_ID, o.id());
    writeString(N_TITLE, o.title());
    writeString(N_CONFERENCE, o.conference());
    if (o.origin().isPresent()) {
      g.writeName(N_ORIGIN);
      place(o.origin().get());
    }
    strings(N_PARTICIPANTS, o.participants());
    strings(N_FUNDERS, o.funders());
    text(N_SUMMARY, o.summary());
    end(o.extensions(), "Visit");
  }

  void quote(Quote o) {
    g.writeStartObject();
    writeString(N_ID, o.id());
    writeString(N_SPEAKER, o.speaker());
    writeString(N_TEXT, o.text());
    text(N_LANGUAGE, o.language());
    date(N_SAID, o.said());
    text(N_CONFERENCE, o.conference());
    if (o.source().isPresent()) {
      g.writeName(N_SOURCE);
      source(o.source().get());
    }
    end(o.extensions(), "Quote");
  }

  void source(Source o) {
    g.writeStartObject();
    writeString(N_TITLE, o.title());
    text(N_PUBLISHER, o.publisher());
    text(N_URL, o.url());
    date(N_PUBLISHED, o.published());
    end(o.extensions(), "Source");
  }

  void place(Place o) {
    g.writeStartObject();
    writeString(N_NAME, o.name());
    text(N_REGION, o.region());
    writeString(N_COUNTRY, o.country());
    if (o.coordinates().isPresent()) {
      g.writeName(N_COORDINATES);
      coordinates(o.coordinates().get());
    }
    end(o.extensions(), "Place");
  }

  void coordinates(Coordinates o) {
    g.writeStartObject();
    writeNumber(N_LATITUDE, o.latitude());
    writeNumber(N_LONGITUDE, o.longitude());
    end(o.extensions(), "Coordinates");
  }

  void dateRange(DateRange o) {
    g.writeStartObject();
    writeString(N_START, o.start().toString());
    date(N_END, o.end());
    end(o.extensions(), "DateRange");
  }

  private void writeString(SerializableString name, String value) {
    g.writeName(name);
    g.writeString(value);
  }

  private void writeNumber(SerializableString name, double value) {
    g.writeName(name);
    g.writeNumber(value);
  }

  void string(String value) {
    g.writeString(value);
  }

  private void text(SerializableString name, Optional<String> value) {
    if (value.isPresent()) {
      writeString(name, value.get());
    }
  }

  private void date(SerializableString name, Optional<PartialDate> value) {
    if (value.isPresent()) {
      writeString(name, value.get().toString());
    }
  }

  private void strings(SerializableString name, List<String> values) {
    if (!values.isEmpty()) {
      g.writeName(name);
      g.writeStartArray();
      for (String value : values) {
        g.writeString(value);
      }
      g.writeEndArray();
    }
  }

  /** Writes the unknown members after the known ones, then closes the object. */
  private void end(Extensions extensions, String type) {
    for (Map.Entry<String, Object> member : extensions.members().entrySet()) {
      if (Arrays.asList(Shapes.members(type)).contains(member.getKey())) {
        throw new IllegalArgumentException("the extension member " + Problem.quote(member.getKey())
            + " has the name of a member of " + type + ": writing it would repeat that member");
      }
      if (!(member.getValue() instanceof RawJson)) {
        throw new IllegalArgumentException("the extension member " + Problem.quote(member.getKey())
            + " holds a value that was not read from JSON, so it cannot be written as JSON");
      }
      if (DocumentReader.unpairedSurrogate(member.getKey()) >= 0) {
        throw new IllegalArgumentException("the extension member " + Problem.quote(member.getKey())
            + " has a name that holds an unpaired surrogate: text must be valid Unicode");
      }
      g.writeName(member.getKey());
      g.writeRawValue(((RawJson) member.getValue()).json());
    }
    g.writeEndObject();
  }
}
