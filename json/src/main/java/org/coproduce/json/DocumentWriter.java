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

/**
 * Writes model objects in canonical form: members in the order of format 1.0's tables, absent
 * members and empty lists left out, text exactly as held, unknown members last in the order read.
 * Streams to the generator; builds no text in memory.
 */
final class DocumentWriter {
  static final String OWN_VERSION = "1." + DocumentReader.OWN_MINOR;
  private static final Pattern READABLE_VERSION = Pattern.compile("1\\.(0|[1-9][0-9]*)");

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
    g.writeStringProperty("formatVersion", version);
    g.writeStringProperty("id", p.id());
    g.writeStringProperty("name", p.name());
    text("summary", p.summary());
    if (p.period().isPresent()) {
      g.writeName("period");
      dateRange(p.period().get());
    }
    strings("leads", p.leads());
    strings("funders", p.funders());
    strings("themes", p.themes());
    strings("hashtags", p.hashtags());
    if (!p.sdgs().isEmpty()) {
      g.writeName("sdgs");
      g.writeStartArray();
      for (int goal : p.sdgs()) {
        g.writeNumber(goal);
      }
      g.writeEndArray();
    }
    if (!p.organisations().isEmpty()) {
      g.writeArrayPropertyStart("organisations");
      for (Organisation o : p.organisations()) {
        organisation(o);
      }
      g.writeEndArray();
    }
    if (!p.participants().isEmpty()) {
      g.writeArrayPropertyStart("participants");
      for (Participant o : p.participants()) {
        participant(o);
      }
      g.writeEndArray();
    }
    if (!p.conferences().isEmpty()) {
      g.writeArrayPropertyStart("conferences");
      for (Conference o : p.conferences()) {
        conference(o);
      }
      g.writeEndArray();
    }
    if (!p.visits().isEmpty()) {
      g.writeArrayPropertyStart("visits");
      for (Visit o : p.visits()) {
        visit(o);
      }
      g.writeEndArray();
    }
    if (!p.quotes().isEmpty()) {
      g.writeArrayPropertyStart("quotes");
      for (Quote o : p.quotes()) {
        quote(o);
      }
      g.writeEndArray();
    }
    end(p.extensions(), "Programme");
  }

  void organisation(Organisation o) {
    g.writeStartObject();
    g.writeStringProperty("id", o.id());
    g.writeStringProperty("name", o.name());
    text("shortName", o.shortName());
    g.writeStringProperty("sector", Wire.SECTOR.name(o.sector()));
    text("parent", o.parent());
    if (o.place().isPresent()) {
      g.writeName("place");
      place(o.place().get());
    }
    text("url", o.url());
    end(o.extensions(), "Organisation");
  }

  void participant(Participant o) {
    g.writeStartObject();
    g.writeStringProperty("id", o.id());
    g.writeStringProperty("name", o.name());
    if (o.sector().isPresent()) {
      g.writeStringProperty("sector", Wire.SECTOR.name(o.sector().get()));
    }
    if (!o.affiliations().isEmpty()) {
      g.writeArrayPropertyStart("affiliations");
      for (Affiliation a : o.affiliations()) {
        affiliation(a);
      }
      g.writeEndArray();
    }
    text("url", o.url());
    end(o.extensions(), "Participant");
  }

  void affiliation(Affiliation o) {
    g.writeStartObject();
    g.writeStringProperty("organisation", o.organisation());
    text("title", o.title());
    if (o.period().isPresent()) {
      g.writeName("period");
      dateRange(o.period().get());
    }
    end(o.extensions(), "Affiliation");
  }

  void conference(Conference o) {
    g.writeStartObject();
    g.writeStringProperty("id", o.id());
    g.writeStringProperty("name", o.name());
    text("summary", o.summary());
    strings("hosts", o.hosts());
    if (o.place().isPresent()) {
      g.writeName("place");
      place(o.place().get());
    }
    if (o.dates().isPresent()) {
      g.writeName("dates");
      dateRange(o.dates().get());
    }
    strings("themes", o.themes());
    text("url", o.url());
    if (!o.strands().isEmpty()) {
      g.writeArrayPropertyStart("strands");
      for (Strand s : o.strands()) {
        strand(s);
      }
      g.writeEndArray();
    }
    if (!o.sessions().isEmpty()) {
      g.writeArrayPropertyStart("sessions");
      for (Session s : o.sessions()) {
        session(s);
      }
      g.writeEndArray();
    }
    if (!o.participations().isEmpty()) {
      g.writeArrayPropertyStart("participations");
      for (Participation s : o.participations()) {
        participation(s);
      }
      g.writeEndArray();
    }
    end(o.extensions(), "Conference");
  }

  void strand(Strand o) {
    g.writeStartObject();
    g.writeStringProperty("id", o.id());
    g.writeStringProperty("title", o.title());
    text("summary", o.summary());
    end(o.extensions(), "Strand");
  }

  void session(Session o) {
    g.writeStartObject();
    g.writeStringProperty("id", o.id());
    g.writeStringProperty("title", o.title());
    g.writeStringProperty("kind", Wire.SESSION_KIND.name(o.kind()));
    text("strand", o.strand());
    date("date", o.date());
    text("summary", o.summary());
    end(o.extensions(), "Session");
  }

  void participation(Participation o) {
    g.writeStartObject();
    g.writeStringProperty("participant", o.participant());
    g.writeStringProperty("role", Wire.ROLE.name(o.role()));
    text("session", o.session());
    text("representing", o.representing());
    end(o.extensions(), "Participation");
  }

  void visit(Visit o) {
    g.writeStartObject();
    g.writeStringProperty("id", o.id());
    g.writeStringProperty("title", o.title());
    g.writeStringProperty("conference", o.conference());
    if (o.origin().isPresent()) {
      g.writeName("origin");
      place(o.origin().get());
    }
    strings("participants", o.participants());
    strings("funders", o.funders());
    text("summary", o.summary());
    end(o.extensions(), "Visit");
  }

  void quote(Quote o) {
    g.writeStartObject();
    g.writeStringProperty("id", o.id());
    g.writeStringProperty("speaker", o.speaker());
    g.writeStringProperty("text", o.text());
    text("language", o.language());
    date("said", o.said());
    text("conference", o.conference());
    if (o.source().isPresent()) {
      g.writeName("source");
      source(o.source().get());
    }
    end(o.extensions(), "Quote");
  }

  void source(Source o) {
    g.writeStartObject();
    g.writeStringProperty("title", o.title());
    text("publisher", o.publisher());
    text("url", o.url());
    date("published", o.published());
    end(o.extensions(), "Source");
  }

  void place(Place o) {
    g.writeStartObject();
    g.writeStringProperty("name", o.name());
    text("region", o.region());
    g.writeStringProperty("country", o.country());
    if (o.coordinates().isPresent()) {
      g.writeName("coordinates");
      coordinates(o.coordinates().get());
    }
    end(o.extensions(), "Place");
  }

  void coordinates(Coordinates o) {
    g.writeStartObject();
    g.writeNumberProperty("latitude", o.latitude());
    g.writeNumberProperty("longitude", o.longitude());
    end(o.extensions(), "Coordinates");
  }

  void dateRange(DateRange o) {
    g.writeStartObject();
    g.writeStringProperty("start", o.start().toString());
    date("end", o.end());
    end(o.extensions(), "DateRange");
  }

  void string(String value) {
    g.writeString(value);
  }

  private void text(String name, Optional<String> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get());
    }
  }

  private void date(String name, Optional<PartialDate> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get().toString());
    }
  }

  private void strings(String name, List<String> values) {
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
      if (!isUnicode(member.getKey())) {
        throw new IllegalArgumentException("the extension member " + Problem.quote(member.getKey())
            + " has a name that holds an unpaired surrogate: text must be valid Unicode");
      }
      g.writeName(member.getKey());
      g.writeRawValue(((RawJson) member.getValue()).json());
    }
    g.writeEndObject();
  }

  /** Whether text holds no unpaired surrogate (names read from JSON never do). */
  private static boolean isUnicode(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
