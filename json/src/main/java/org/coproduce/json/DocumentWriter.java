package org.coproduce.json;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.ToIntFunction;
import org.coproduce.model.Extensions;
import org.coproduce.model.PartialDate;
import org.coproduce.model.Problem;
import org.coproduce.model.Programme;
import org.coproduce.model.internal.Unicode;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.json.UTF8JsonGenerator;

/**
 * Writes model objects in canonical form: members in declared order, absent members and empty
 * lists left out, text exactly as held, unknown members last in the order read. Streams to the
 * generator; builds no text in memory.
 *
 * <p>The order and kind of each type's members come from the {@link Declaration}, through {@link
 * ShapeWriters}, which is generated from it: one method per type calling the model's accessors
 * directly, so that each call can be inlined. This class writes one member of each kind.
 */
final class DocumentWriter implements BiConsumer<String, Object> {
  /** How many objects of a list have their strings read ahead of writing them. */
  private static final int AHEAD = 8;

  final JsonGenerator g;
  /** A partial date's characters, as {@link #date} writes them. */
  private final char[] date = new char[10];
  /** The sum of the lengths of the strings last read ahead: see {@code objects}. */
  private int readAhead;
  /**
   * Whether the ids and references written are known to be ids, lowercase letters, digits and
   * hyphens, which need no escaping: those of a programme written by this module's own
   * generator to bytes, as the model checked them. (A mapper's generator may escape what it
   * likes.)
   */
  private boolean checkedIds;
  /** An id's bytes, as {@link #id(String)} writes them. */
  private byte[] id = new byte[64];
  /** The writer of the translations being written, by {@link #accept}. */
  private BiConsumer<DocumentWriter, Object> translation = (w, o) -> { };

  DocumentWriter(JsonGenerator g) {
    this.g = g;
  }

  /** Writes a programme to this module's own generator. */
  void programme(Programme p) {
    checkedIds = g instanceof UTF8JsonGenerator; // which alone writes bytes as they are
    ShapeWriters.programme(this, p);
  }

  /** Writes an object of a declared type. */
  <T> void write(Shape<T, ?> shape, T object) {
    ShapeWriters.write(this, shape, object);
  }

  /** Writes a partial date as a value of its own. */
  void string(String value) {
    g.writeString(value);
  }

  /** Writes a present string member. */
  void string(SerializableString name, String value) {
    g.writeName(name);
    g.writeString(value);
  }

  /** Writes an optional string member where present. */
  void string(SerializableString name, Optional<String> value) {
    if (value.isPresent()) {
      string(name, value.get());
    }
  }

  /** Writes an id or a reference. */
  void id(SerializableString name, String value) {
    g.writeName(name);
    id(value);
  }

  /** Writes an optional reference where present. */
  void id(SerializableString name, Optional<String> value) {
    if (value.isPresent()) {
      id(name, value.get());
    }
  }

  /** Writes a list of references, unless it is empty. */
  void ids(SerializableString name, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartArray();
    for (int i = 0, n = values.size(); i < n; i++) {
      id(values.get(i));
    }
    g.writeEndArray();
  }

  /**
   * Writes an id: where known to be one, its characters copied as they are, all at once (the
   * generator would look each one up for escaping); else as any string.
   */
  @SuppressWarnings("deprecation") // copies characters to bytes as they are: an id is ASCII
  private void id(String value) {
    if (!checkedIds) {
      g.writeString(value);
      return;
    }
    int n = value.length();
    if (n > id.length) {
      id = new byte[n];
    }
    value.getBytes(0, n, id, 0);
    g.writeRawUTF8String(id, 0, n);
  }

  /** Writes a list of strings, unless it is empty. */
  void strings(SerializableString name, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartArray();
    for (int i = 0, n = values.size(); i < n; i++) {
      g.writeString(values.get(i));
    }
    g.writeEndArray();
  }

  /** Writes a list of integers, unless it is empty. */
  void integers(SerializableString name, List<Integer> values) {
    if (values.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartArray();
    for (int i = 0, n = values.size(); i < n; i++) {
      g.writeNumber(values.get(i).intValue());
    }
    g.writeEndArray();
  }

  void number(SerializableString name, double value) {
    g.writeName(name);
    g.writeNumber(value);
  }

  /**
   * Writes a partial date member in its canonical form ({@link PartialDate#toString}), through a
   * buffer of this writer's rather than a string of its own.
   */
  void date(SerializableString name, PartialDate value) {
    g.writeName(name);
    LocalDate first = value.firstDay();
    int year = first.getYear();
    char[] out = date;
    out[0] = (char) ('0' + year / 1000);
    out[1] = (char) ('0' + year / 100 % 10);
    out[2] = (char) ('0' + year / 10 % 10);
    out[3] = (char) ('0' + year % 10);
    PartialDate.Precision precision = value.precision();
    if (precision == PartialDate.Precision.YEAR) {
      g.writeString(out, 0, 4);
      return;
    }
    digits(out, 4, first.getMonthValue());
    if (precision == PartialDate.Precision.MONTH) {
      g.writeString(out, 0, 7);
      return;
    }
    digits(out, 7, first.getDayOfMonth());
    g.writeString(out, 0, 10);
  }

  private static void digits(char[] out, int at, int value) {
    out[at] = '-';
    out[at + 1] = (char) ('0' + value / 10);
    out[at + 2] = (char) ('0' + value % 10);
  }

  /** Writes an optional partial date member where present. */
  void date(SerializableString name, Optional<PartialDate> value) {
    if (value.isPresent()) {
      date(name, value.get());
    }
  }

  /** Writes an enumerated member by its name in the format. */
  <E extends Enum<E>> void choice(SerializableString name, Wire<E> wire, E value) {
    g.writeName(name);
    g.writeString(wire.encoded(value));
  }

  /** Writes an optional enumerated member where present. */
  <E extends Enum<E>> void choice(SerializableString name, Wire<E> wire, Optional<E> value) {
    if (value.isPresent()) {
      choice(name, wire, value.get());
    }
  }

  /** Writes an optional object member where present. */
  <V> void object(SerializableString name, Optional<V> value,
      BiConsumer<DocumentWriter, V> write) {
    if (value.isPresent()) {
      g.writeName(name);
      write.accept(this, value.get());
    }
  }

  /** Writes a list of objects, unless it is empty. */
  <V> void objects(SerializableString name, List<V> values, BiConsumer<DocumentWriter, V> write) {
    if (values.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartArray();
    // An indexed loop: the writer recurses, so the JIT could not remove an iterator, which
    // would then be allocated for every list written.
    for (int i = 0, n = values.size(); i < n; i++) {
      write.accept(this, values.get(i));
    }
    g.writeEndArray();
  }

  /**
   * Writes a list of objects that hold strings, unless it is empty. A reference is held as the
   * very string of the id it names (the reader keeps one string per id), which lies beside the
   * referred object, far from the referring one: in a programme larger than the processor's
   * caches nearly every reference written misses them, and other strings often do. So the
   * strings of the next {@value #AHEAD} objects are read together first, {@code ahead} giving
   * the sum of an object's string lengths, and their misses overlap rather than follow one
   * another: at 40 MB the write takes about a quarter less time.
   */
  <V> void objects(SerializableString name, List<V> values, BiConsumer<DocumentWriter, V> write,
      ToIntFunction<V> ahead) {
    if (values.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartArray();
    int read = 0;
    for (int i = 0, n = values.size(); i < n; i++) {
      if (i % AHEAD == 0) {
        for (int j = i, end = Math.min(n, i + AHEAD); j < end; j++) {
          read += ahead.applyAsInt(values.get(j));
        }
      }
      write.accept(this, values.get(i));
    }
    // Kept, so that the reads ahead are not dropped as unused.
    readAhead = read;
    g.writeEndArray();
  }

  /** The sum of what {@code ahead} reads of each object of a list. */
  static <V> int ahead(List<V> values, ToIntFunction<V> ahead) {
    int read = 0;
    for (int i = 0, n = values.size(); i < n; i++) {
      read += ahead.applyAsInt(values.get(i));
    }
    return read;
  }

  /** The sum of the lengths of a list of strings. */
  static int lengths(List<String> values) {
    int read = 0;
    for (int i = 0, n = values.size(); i < n; i++) {
      read += values.get(i).length();
    }
    return read;
  }

  /** Writes translations, tags as given, unless there are none. */
  @SuppressWarnings("unchecked")
  <V> void translations(SerializableString name, Map<String, V> translations,
      BiConsumer<DocumentWriter, V> write) {
    if (translations.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartObject();
    // Through forEach, which walks the map's own entries: an iterator over an unmodifiable map
    // would allocate itself and a wrapper for each entry.
    BiConsumer<DocumentWriter, Object> outer = translation;
    translation = (BiConsumer<DocumentWriter, Object>) write;
    translations.forEach(this);
    translation = outer;
    g.writeEndObject();
  }

  /** Writes one translation, by its tag; see {@link #translations}. */
  @Override
  public void accept(String tag, Object value) {
    g.writeName(tag);
    translation.accept(this, value);
  }

  /**
   * Writes the version: the one read where newer than this writer's own, else the lowest whose
   * members the programme uses.
   */
  void version(SerializableString name, Programme p) {
    String version = p.extensions().version().orElseGet(
        () -> Versions.lowest(Declaration.PROGRAMME, p));
    if (!Versions.isReadable(version)) {
      // Extensions take any version; a document of it would be refused by every 1.x reader.
      throw new IllegalArgumentException("the format version " + Problem.quote(version)
          + " is not a version 1.x, so it cannot be written");
    }
    g.writeName(name);
    g.writeString(version);
  }

  /** Writes the unknown members after the known ones, then closes the object. */
  void end(Extensions extensions, Shape<?, ?> shape) {
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
