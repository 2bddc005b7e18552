package org.coproduce.json;

import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coproduce.model.DateRange;
import org.coproduce.model.PartialDate;
import org.coproduce.model.Problem;
import org.coproduce.model.Programme;
import org.coproduce.model.internal.Repeats;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * Reads one document (or one embedded value) from a parser positioned on its first token, in a
 * single streaming pass, collecting every problem with its path instead of stopping at the first.
 * Every type is read by one loop driven by its {@link Shape}: member names are matched on the
 * parser's bytes, and each value is read as its {@link Kind} says.
 *
 * <p>Each object is read into its model builder. When a value breaks a rule, its problem is
 * recorded and a stand-in takes its place (see {@link Salvage}), so that the rules of the whole
 * document, such as references, are still checked over all of it.
 *
 * <p>A reader serves one read at a time. After a read of a small document it can be {@linkplain
 * #release emptied} and {@linkplain #begin begun again} (see {@link DocumentRead}).
 */
final class DocumentReader {
  /** More translations in one object than any document needs; see Salvage#forgetBuilders. */
  private static final int MANY_TRANSLATIONS = 64;

  private final JsonFactory factory;
  private final boolean strict;
  private final int maxObjectMembers;
  private final int maxProblems;
  private JsonParser parser;
  ProblemLog log;
  final PathStack path = new PathStack();
  private ValueCopier values;
  private final Salvage salvage;
  private final Canonical canonical = new Canonical();
  /** The reads of the objects open, by level of nesting; see {@link #open}. */
  private ObjectRead<?, ?>[] reads = new ObjectRead<?, ?>[8];
  private int depth;
  /** For each level of nesting, the tags of a map of translations as read; see tagOrder. */
  private final List<List<String>> tagOrders = new ArrayList<>();
  private boolean unsupportedVersion;
  private @Nullable String newerVersion;
  /** Problems of unknown enumerated values, to say so if the document turns out newer. */
  private final List<Integer> unknownValues = new ArrayList<>(0);

  DocumentReader(JsonParser parser, JsonFactory factory, boolean strict, int maxObjectMembers,
      int maxProblems) {
    this.factory = factory;
    this.strict = strict;
    this.maxObjectMembers = maxObjectMembers;
    this.maxProblems = maxProblems;
    this.salvage = new Salvage(path);
    begin(parser);
  }

  /**
   * Starts the read of a document, new or after an earlier read that {@link #release} emptied:
   * its own parser and problems, and what this reader allocated before (the canonical table, the
   * builders, the reads of objects and the lists) kept.
   */
  DocumentReader begin(JsonParser next) {
    parser = next;
    log = new ProblemLog(maxProblems);
    values = new ValueCopier(next, factory, path, log, maxObjectMembers);
    salvage.begin(log);
    unsupportedVersion = false;
    newerVersion = null;
    unknownValues.clear();
    return this;
  }

  /**
   * Lets go of everything the last read held (the document's strings, the objects and lists
   * read), however it ended, so that a reader kept for reuse keeps no document alive.
   */
  void release() {
    path.clear();
    depth = 0;
    for (ObjectRead<?, ?> o : reads) {
      if (o != null) {
        o.release();
      }
    }
    for (List<String> tags : tagOrders) {
      tags.clear();
    }
    canonical.clear();
    salvage.release();
  }

  boolean hasProblems() {
    return !log.isEmpty();
  }

  boolean unsupportedVersion() {
    return unsupportedVersion;
  }

  // ---- Types ----------------------------------------------------------------------------------

  /** Reads a programme; null if it has problems (they are recorded). */
  @Nullable Programme programme() {
    Programme programme = read(Declaration.PROGRAMME);
    if (newerVersion != null) {
      for (int i : unknownValues) {
        log.amend(i, "; the document is of format " + Problem.quote(newerVersion)
            + ", newer than this reader's " + Versions.OWN + ", and may use values added since");
      }
    }
    return hasProblems() ? null : programme;
  }

  /** Reads a value of a declared type at the current token; null if broken (it is reported). */
  <T> @Nullable T read(Shape<T, ?> shape) {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.START_OBJECT) {
      here("must be " + shape.described + ", not " + JacksonErrors.describe(token));
      values.check();
      return null;
    }
    return object(shape);
  }

  /** A date range alone, as the Jackson module reads it. */
  @Nullable DateRange standaloneDateRange() {
    return parser.currentToken() == JsonToken.VALUE_NULL ? null : read(Declaration.DATE_RANGE);
  }

  /** A partial date alone, as the Jackson module reads it. */
  @Nullable PartialDate standalonePartialDate() {
    return (PartialDate) scalar(Declaration.DATE_RANGE.member(0));
  }

  /** An enumerated value alone, as the Jackson module reads it. */
  <E extends Enum<E>> @Nullable E standaloneEnum(Wire<E> wire) {
    return parser.currentToken() == JsonToken.VALUE_STRING ? enumValue(wire) : null;
  }

  private <T, B> @Nullable T object(Shape<T, B> shape) {
    ObjectRead<T, B> o = open(shape);
    PropertyNameMatcher matcher = shape.matcher;
    int i;
    while ((i = parser.nextNameMatch(matcher)) != PropertyNameMatcher.MATCH_END_OBJECT) {
      parser.nextToken();
      if (i >= 0) {
        Member<T, B> member = shape.member(i);
        path.push(member.name);
        if (o.first(i)) {
          o.set(i, member.list ? list(o, member) : value(o, member));
        } else {
          values.skip();
        }
        path.pop();
        if (unsupportedVersion) {
          skipRest();
          depth--;
          return null;
        }
      } else {
        String name = parser.currentName();
        path.push(name);
        o.unknown(name);
        path.pop();
      }
    }
    o.done();
    T built = salvage.build(o);
    depth--;
    return built;
  }

  /** The read of an object at the next level of nesting: one kept for each level, reused. */
  private <T, B> ObjectRead<T, B> open(Shape<T, B> shape) {
    if (depth == reads.length) {
      reads = Arrays.copyOf(reads, depth * 2);
    }
    ObjectRead<?, ?> o = reads[depth];
    depth++;
    if (o == null) {
      ObjectRead<T, B> made = new ObjectRead<>(shape, this, maxObjectMembers, strict);
      reads[depth - 1] = made;
      return made;
    }
    return o.reset(shape);
  }

  /** After a document of another major version: only the well-formedness of the text counts. */
  private void skipRest() {
    int depth = 1;
    while (depth > 0) {
      JsonToken token = parser.nextToken();
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        depth++;
      } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        depth--;
      } else if (token == JsonToken.VALUE_STRING) {
        parser.getString();
      }
    }
  }

  // ---- Values ---------------------------------------------------------------------------------

  private @Nullable Object value(ObjectRead<?, ?> o, Member<?, ?> member) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      if (member.required) {
        here("is required and must not be null");
        o.broke(member.position);
      }
      return null;
    }
    Object value = member.kind == Kind.TRANSLATIONS ? translations(member.shape)
        : member.kind.isObject() ? read(member.shape) : scalar(member);
    if (value == null) {
      o.broke(member.position);
    }
    return value;
  }

  /**
   * Translations: translation objects by language tag, in the order given. A tag that repeats an
   * earlier one ignoring case is reported at its member, and nothing inside it is checked; the
   * other rules of tags are the model's. A broken translation object is left out once reported.
   */
  private @Nullable Map<String, Object> translations(Shape<?, ?> shape) {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.START_OBJECT) {
      here("must be an object of translations by language tag, such as {\"ca\": {...}}, not "
          + JacksonErrors.describe(token));
      values.check();
      return null;
    }
    Map<String, Object> translations = new LinkedHashMap<>(4);
    List<String> order = tagOrder();
    Repeats seen = Repeats.ignoringCase();
    int members = 0;
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      if (++members > maxObjectMembers) {
        throw ValueCopier.tooManyMembers(maxObjectMembers, parser);
      }
      String tag = parser.currentName();
      order.add(tag);
      parser.nextToken();
      path.push(tag);
      if (seen.repeats(tag)) {
        log.add(path.toList(), "repeats the language " + Problem.quote(tag)
            + " (language tags are compared ignoring case)", order.size() - 1);
        values.skip();
      } else if (parser.currentToken() == JsonToken.VALUE_NULL) {
        here("must be a translation object, not null");
      } else {
        checkName(tag);
        Object translation = read(shape);
        if (translation != null) {
          translations.put(tag, translation);
        }
      }
      path.pop();
    }
    if (order.size() > 1) {
      log.readOrder(path.toList(), new ArrayList<>(order));
    }
    if (order.size() > MANY_TRANSLATIONS) {
      salvage.forgetBuilders();
    }
    order.clear();
    return translations;
  }

  /** A value other than an object or list; null when broken (it is reported). */
  private @Nullable Object scalar(Member<?, ?> member) {
    JsonToken token = parser.currentToken();
    switch (member.kind) {
      case INTEGER:
        return integer(token);
      case NUMBER:
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
          return parser.getDoubleValue();
        }
        return wrongType("a number", token);
      default:
    }
    if (token != JsonToken.VALUE_STRING) {
      return wrongType("a string", token);
    }
    switch (member.kind) {
      case ENUM:
        return enumValue(member.wire);
      case ID:
      case REFERENCE:
      case LANGUAGE:
      case COUNTRY:
        // Strings that repeat: each is made once, from the parser's characters.
        return canonical.of(parser.getTextCharacters(), parser.getTextOffset(),
            parser.getTextLength());
      case PARTIAL_DATE:
        return partialDate(parser.getString());
      case VERSION:
        return version(parser.getString());
      default:
        return parser.getString();
    }
  }

  private @Nullable Object wrongType(String expected, JsonToken token) {
    here("must be " + expected + ", not " + JacksonErrors.describe(token));
    values.check();
    return null;
  }

  private @Nullable PartialDate partialDate(String text) {
    try {
      return PartialDate.parse(text);
    } catch (DateTimeParseException e) {
      here(e.getMessage());
      return null;
    }
  }

  private <E extends Enum<E>> @Nullable E enumValue(Wire<E> wire) {
    E value = wire.value(parser.getTextCharacters(), parser.getTextOffset(),
        parser.getTextLength());
    if (value == null) {
      unknownValues.add(here(wire.unknown(parser.getString())));
    }
    return value;
  }

  private @Nullable Integer integer(JsonToken token) {
    if (token == JsonToken.VALUE_NUMBER_INT
        && parser.getNumberType() == JsonParser.NumberType.INT) {
      return parser.getIntValue();
    }
    here(token == JsonToken.VALUE_NUMBER_INT
        ? Problem.quote(parser.getString()) + " is too large"
        : token == JsonToken.VALUE_NUMBER_FLOAT
            ? Problem.quote(parser.getString())
                + " is not an integer: write it without fraction or exponent"
            : "must be an integer, not " + JacksonErrors.describe(token));
    values.check();
    return null;
  }

  /** Checks the format version; keeps it (in the extensions) when it is a newer minor. */
  private @Nullable String version(String version) {
    if (!Versions.isVersion(version)) {
      here(Problem.quote(version) + " is not a format version such as \"1.0\"");
      return null;
    }
    if (!Versions.isMajorOne(version)) {
      // Nothing else of a document of another major version is meaningful to this reader.
      log.only(path.toList(), "format version " + Problem.quote(version)
          + " is not supported: this reader reads format 1.x");
      unsupportedVersion = true;
      return null;
    }
    if (Versions.isNewer(version)) {
      newerVersion = version;
    }
    return version;
  }

  /**
   * A list. A bad element is reported at its index and a stand-in takes its place, so that the
   * other elements keep their indexes and are all checked.
   */
  private @Nullable List<Object> list(ObjectRead<?, ?> o, Member<?, ?> member) {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.START_ARRAY) {
      if (token != JsonToken.VALUE_NULL) {
        here("must be an array, not " + JacksonErrors.describe(token));
        values.check();
        o.broke(member.position);
      }
      return null;
    }
    // Read into a list kept from object to object; the builder copies it.
    List<Object> list = o.list(member.position);
    for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
      path.push(i);
      Object value;
      if (parser.currentToken() == JsonToken.VALUE_NULL) {
        here("must not be null: a list holds no nulls");
        value = null;
      } else {
        value = member.kind.isObject() ? read(member.shape) : scalar(member);
      }
      if (value == null) {
        log.stoodIn(path.toList());
        value = salvage.standInElement(member);
      }
      list.add(value);
      path.pop();
    }
    return list;
  }

  /** The list kept for the tags of a map of translations at this level of nesting, empty. */
  private List<String> tagOrder() {
    while (depth >= tagOrders.size()) {
      tagOrders.add(new ArrayList<>());
    }
    return tagOrders.get(depth);
  }

  /** Records a problem at the current path; returns its index in the log. */
  int here(String message) {
    return log.add(path.toList(), message);
  }

  /** Keeps an unknown member's value, checked, as JSON text. */
  RawJson copyValue() {
    return values.copy();
  }

  void checkValue() {
    values.check();
  }

  void skipValue() {
    values.skip();
  }

  void checkName(String name) {
    values.checkText(name, "member name");
  }

  JsonParser parser() {
    return parser;
  }
}
