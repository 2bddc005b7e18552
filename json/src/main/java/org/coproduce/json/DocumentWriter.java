package org.coproduce.json;

import java.util.List;
import java.util.Map;
import org.coproduce.model.Extensions;
import org.coproduce.model.Problem;
import org.coproduce.model.Programme;
import org.coproduce.model.internal.Unicode;
import tools.jackson.core.JsonGenerator;

/**
 * Writes model objects in canonical form, driven by the {@link Declaration}: members in declared
 * order, absent members and empty lists left out, text exactly as held, unknown members last in
 * the order read. Streams to the generator; builds no text in memory.
 */
final class DocumentWriter {
  private final JsonGenerator g;

  DocumentWriter(JsonGenerator g) {
    this.g = g;
  }

  void programme(Programme p) {
    write(Declaration.PROGRAMME, p);
  }

  void string(String value) {
    g.writeString(value);
  }

  /** Writes an object of a declared type. */
  @SuppressWarnings("unchecked")
  <T> void write(Shape<T, ?> shape, T object) {
    g.writeStartObject();
    // Indexed loops, here and below: the writer recurses through value(), so the JIT cannot
    // remove an iterator, which would then be allocated for every object written.
    List<? extends Member<T, ?>> members = shape.members();
    for (int i = 0, n = members.size(); i < n; i++) {
      Member<T, ?> m = members.get(i);
      // Optional members' getters give null where absent (see Member.get).
      Object value = m.kind == Kind.VERSION ? version((Programme) object) : m.get(object);
      if (value == null) {
        continue;
      }
      if (m.kind == Kind.TRANSLATIONS) {
        translations(m, (Map<String, ?>) value);
      } else if (m.list) {
        List<?> list = (List<?>) value;
        if (!list.isEmpty()) {
          g.writeName(m.encoded);
          g.writeStartArray();
          for (int j = 0, size = list.size(); j < size; j++) {
            value(m, list.get(j));
          }
          g.writeEndArray();
        }
      } else {
        g.writeName(m.encoded);
        value(m, value);
      }
    }
    end(shape.extensions(object), shape);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void value(Member<?, ?> m, Object value) {
    switch (m.kind) {
      case ENUM:
        g.writeString(((Wire) m.wire).name((Enum) value));
        break;
      case INTEGER:
        g.writeNumber((Integer) value);
        break;
      case NUMBER:
        g.writeNumber((Double) value);
        break;
      case OBJECT:
      case DATE_RANGE:
        write((Shape<Object, ?>) m.shape, value);
        break;
      default:
        // Text as held; partial dates write their canonical form.
        g.writeString(value instanceof String ? (String) value : value.toString());
    }
  }

  /** Writes translations, tags as given, unless there are none. */
  @SuppressWarnings("unchecked")
  private void translations(Member<?, ?> m, Map<String, ?> translations) {
    if (translations.isEmpty()) {
      return;
    }
    g.writeName(m.encoded);
    g.writeStartObject();
    for (Map.Entry<String, ?> translation : translations.entrySet()) {
      g.writeName(translation.getKey());
      write((Shape<Object, ?>) m.shape, translation.getValue());
    }
    g.writeEndObject();
  }

  /**
   * The version to write: the one read where newer than this writer's own, else the lowest whose
   * members the programme uses.
   */
  private static String version(Programme p) {
    String version = p.extensions().version().orElseGet(
        () -> Versions.lowest(Declaration.PROGRAMME, p));
    if (!Versions.isReadable(version)) {
      // Extensions take any version; a document of it would be refused by every 1.x reader.
      throw new IllegalArgumentException("the format version " + Problem.quote(version)
          + " is not a version 1.x, so it cannot be written");
    }
    return version;
  }

  /** Writes the unknown members after the known ones, then closes the object. */
  private void end(Extensions extensions, Shape<?, ?> shape) {
    if (extensions.members().isEmpty()) {
      g.writeEndObject();
      return;
    }
    for (Map.Entry<String, Object> member : extensions.members().entrySet()) {
      if (shape.position(member.getKey()) >= 0) {
        throw new IllegalArgumentException("the extension member " + Problem.quote(member.getKey())
            + " has the name of a member of " + shape.name + ": writing it would repeat that member");
      }
      if (!(member.getValue() instanceof RawJson)) {
        throw new IllegalArgumentException("the extension member " + Problem.quote(member.getKey())
            + " holds a value that was not read from JSON, so it cannot be written as JSON");
      }
      if (Unicode.unpairedSurrogate(member.getKey()) >= 0) {
        throw new IllegalArgumentException("the extension member " + Problem.quote(member.getKey())
            + " has a name that holds an unpaired surrogate: text must be valid Unicode");
      }
      g.writeName(member.getKey());
      DocumentOutput.rawValue(g, ((RawJson) member.getValue()).json());
    }
    g.writeEndObject();
  }
}
