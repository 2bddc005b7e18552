package org.coproduce.json;

import java.io.CharConversionException;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.coproduce.model.PartialDate;
import org.coproduce.model.Role;
import org.coproduce.model.Sector;
import org.coproduce.model.SessionKind;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The model's types in format 1.0 inside applications' own Jackson mappers.
 *
 * <p>The types are never polymorphic, whatever default typing a mapper turns on: they are written
 * and read as the format says, without type ids, so that no class name is ever taken from input
 * to read them: each serializer and deserializer ignores the type handler it is offered.
 *
 * <p>{@link ProgrammeJson#module()} gives it; so does {@code
 * JsonMapper.builder().findAndAddModules()}, which finds it through the {@link
 * java.util.ServiceLoader} (on the class path and on the module path alike).
 */
public final class ProgrammeModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  private final transient JsonFactory factory;
  /** The most members one object may have. */
  private final int maxObjectMembers;
  /** The most problems reported for one refused part. */
  private final int maxProblems;

  /**
   * The module with the default limits, the same as {@link ProgrammeJson#module()}. Meant for
   * the {@link java.util.ServiceLoader}: in code, call {@link ProgrammeJson#module()}.
   */
  public ProgrammeModule() {
    this((ProgrammeModule) ProgrammeJson.module());
  }

  private ProgrammeModule(ProgrammeModule defaults) {
    this(defaults.factory, defaults.maxObjectMembers, defaults.maxProblems);
  }

  ProgrammeModule(JsonFactory factory, int maxObjectMembers, int maxProblems) {
    super("coproduce-format-1.0");
    this.factory = factory;
    this.maxObjectMembers = maxObjectMembers;
    this.maxProblems = maxProblems;
    for (Shape<?, ?> shape : Declaration.SHAPES) {
      declared(shape);
    }
    type(PartialDate.class, Declaration.DATE_RANGE, DocumentReader::standalonePartialDate,
        (w, date) -> w.string(date.toString()));
    enumType(Sector.class, Wire.SECTOR);
    enumType(Role.class, Wire.ROLE);
    enumType(SessionKind.class, Wire.SESSION_KIND);
  }

  private <T> void declared(Shape<T, ?> shape) {
    if (shape == Declaration.DATE_RANGE) {
      type(shape.type, shape, reader -> shape.type.cast(reader.standaloneDateRange()),
          (w, value) -> w.write(shape, value));
    } else if (shape == Declaration.PROGRAMME) {
      type(shape.type, shape, reader -> shape.type.cast(reader.programme()),
          (w, value) -> w.write(shape, value));
    } else {
      type(shape.type, shape, reader -> reader.read(shape), (w, value) -> w.write(shape, value));
    }
  }

  private <T> void type(Class<T> type, Shape<?, ?> shape, Function<DocumentReader, T> read,
      BiConsumer<DocumentWriter, T> write) {
    addSerializer(type, new ValueSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator g, SerializationContext context) {
        write.accept(new DocumentWriter(new JacksonEmitter(g, false)), value);
      }

      @Override
      public void serializeWithType(T value, JsonGenerator g, SerializationContext context,
          TypeSerializer typeSerializer) {
        serialize(value, g, context); // never polymorphic: see the class comment
      }
    });
    addDeserializer(type, new ValueDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext context) {
        return ProgrammeModule.this.read(p, shape, read);
      }

      @Override
      public Object deserializeWithType(JsonParser p, DeserializationContext context,
          TypeDeserializer typeDeserializer) {
        return deserialize(p, context); // never polymorphic: see the class comment
      }
    });
  }

  private <E extends Enum<E>> void enumType(Class<E> type, Wire<E> wire) {
    addSerializer(type, new ValueSerializer<E>() {
      @Override
      public void serialize(E value, JsonGenerator g, SerializationContext context) {
        g.writeString(wire.name(value));
      }

      @Override
      public void serializeWithType(E value, JsonGenerator g, SerializationContext context,
          TypeSerializer typeSerializer) {
        serialize(value, g, context); // never polymorphic: see the class comment
      }
    });
    addDeserializer(type, new ValueDeserializer<E>() {
      @Override
      public E deserialize(JsonParser p, DeserializationContext context) {
        return ProgrammeModule.this.read(p, null, reader -> reader.standaloneEnum(wire));
      }

      @Override
      public Object deserializeWithType(JsonParser p, DeserializationContext context,
          TypeDeserializer typeDeserializer) {
        return deserialize(p, context); // never polymorphic: see the class comment
      }
    });
  }

  private <T> T read(JsonParser p, @Nullable Shape<?, ?> shape, Function<DocumentReader, T> read) {
    String base = p.streamReadContext().pathAsPointer().toString();
    if (p.currentToken() == JsonToken.PROPERTY_NAME) {
      p.nextToken();
    }
    DocumentReader reader = new DocumentReader(p, factory, false, maxObjectMembers, maxProblems);
    T value;
    try {
      value = read.apply(reader);
    } catch (ProblemLog.Enough e) {
      value = null; // the problems found are all that will be listed
    } catch (ValueCopier.LimitExceeded e) {
      throw new DocumentException(List.of(new DocumentProblem(base, e.getMessage())));
    } catch (StreamConstraintsException e) {
      // A limit of the mapper's own parser.
      throw new DocumentException(List.of(new DocumentProblem(base,
          JacksonErrors.limitMessage(e, p))));
    } catch (StreamReadException e) {
      throw new DocumentException(
          List.of(new DocumentProblem(base, JacksonErrors.syntaxMessage(e))));
    } catch (JacksonIOException e) {
      if (!(e.getCause() instanceof CharConversionException)) {
        throw e; // the application's own input failed: the mapper's business
      }
      // Bytes the mapper's parser could not decode (it guesses UTF-8, -16 or -32).
      throw new DocumentException(List.of(new DocumentProblem(base,
          "the document could not be decoded: "
              + JacksonErrors.withoutSource(e.getCause().getMessage()))));
    }
    if (reader.hasProblems() || value == null) {
      List<DocumentProblem> problems = reader.log.problems(base,
          shape == null ? Declaration.PROGRAMME : shape);
      throw new DocumentException(problems.isEmpty()
          ? List.of(new DocumentProblem(base, "is not " + (shape == null ? "a value" : shape.name)))
          : problems);
    }
    return value;
  }
}
