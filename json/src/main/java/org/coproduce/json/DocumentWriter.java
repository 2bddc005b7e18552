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

/**
 * Writes model objects in canonical form: members in declared order, absent members and empty
 * lists left out, text exactly as held, unknown members last in the order read. Streams to the
 * emitter; builds no text in memory.
 *
 * <p>The order and kind of each type's members come from the {@link Declaration}, through {@link
 * ShapeWriters}, which is generated from it: one method per type calling the model's accessors
 * directly, so that each call can be inlined. This class writes one member of each kind, as
 * tokens to an {@link Emitter}.
 */
final class DocumentWriter implements BiConsumer<String, Object> {
  /** How many objects of a list have their strings read ahead of writing them. */
  private static final int AHEAD = 8;

  private final Emitter e;
  /** A partial date's characters, as {@link #date} writes them. */
  private final char[] date = new char[10];
  /** The sum of the lengths of the strings last read ahead: see {@code objects}. */
  private int readAhead;
  /** The writer of the translations being written, by {@link #accept}. */
  private BiConsumer<DocumentWriter, Object> translation = (w, o) -> { };

  DocumentWriter(Emitter e) {
    this.e = e;
  }

  /** Writes a programme. */
  void programme(Programme p) {
    ShapeWriters.programme(this, p);
  }

  /** Starts an object; {@link #end} ends it. */
  void start() {
    e.startObject();
  }

  /** Writes an object of a declared type. */
  <T> void write(Shape<T, ?> shape, T object) {
    ShapeWriters.write(this, shape, object);
  }

  /** Writes a partial date as a value of its own. */
  void string(String value) {
    e.string(value);
  }

  /** Writes a present string member. */
  void string(Encoded name, String value) {
    e.name(name);
    e.string(value);
  }

  /** Writes an optional string member where present. */
  void string(Encoded name, Optional<String> value) {
    if (value.isPresent()) {
      string(name, value.get());
    }
  }

  /** Writes an id or a reference. */
  void id(Encoded name, String value) {
    e.name(name);
    e.id(value);
  }

  /** Writes an optional reference where present. */
  void id(Encoded name, Optional<String> value) {
    if (value.isPresent()) {
      id(name, value.get());
    }
  }

  /** Writes a list of references, unless it is empty. */
  void ids(Encoded name, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    e.name(name);
    e.startArray();
    for (int i = 0, n = values.size(); i < n; i++) {
      e.id(values.get(i));
    }
    e.endArray();
  }

  /** Writes a list of strings, unless it is empty. */
  void strings(Encoded name, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    e.name(name);
    e.startArray();
    for (int i = 0, n = values.size(); i < n; i++) {
      e.string(values.get(i));
    }
    e.endArray();
  }

  /** Writes a list of integers, unless it is empty. */
  void integers(Encoded name, List<Integer> values) {
    if (values.isEmpty()) {
      return;
    }
    e.name(name);
    e.startArray();
    for (int i = 0, n = values.size(); i < n; i++) {
      e.number(values.get(i).intValue());
    }
    e.endArray();
  }

  void number(Encoded name, double value) {
    e.name(name);
    e.number(value);
  }

  /**
   * Writes a partial date member in its canonical form ({@link PartialDate#toString}), through a
   * buffer of this writer's rather than a string of its own.
   */
  void date(Encoded name, PartialDate value) {
    e.name(name);
    LocalDate first = value.firstDay();
    int year = first.getYear();
    char[] out = date;
    out[0] = (char) ('0' + year / 1000);
    out[1] = (char) ('0' + year / 100 % 10);
    out[2] = (char) ('0' + year / 10 % 10);
    out[3] = (char) ('0' + year % 10);
    PartialDate.Precision precision = value.precision();
    if (precision == PartialDate.Precision.YEAR) {
      e.string(out, 4);
      return;
    }
    digits(out, 4, first.getMonthValue());
    if (precision == PartialDate.Precision.MONTH) {
      e.string(out, 7);
      return;
    }
    digits(out, 7, first.getDayOfMonth());
    e.string(out, 10);
  }

  private static void digits(char[] out, int at, int value) {
    out[at] = '-';
    out[at + 1] = (char) ('0' + value / 10);
    out[at + 2] = (char) ('0' + value % 10);
  }

  /** Writes an optional partial date member where present. */
  void date(Encoded name, Optional<PartialDate> value) {
    if (value.isPresent()) {
      date(name, value.get());
    }
  }

  /** Writes an enumerated member by its name in the format. */
  <E extends Enum<E>> void choice(Encoded name, Wire<E> wire, E value) {
    e.name(name);
    e.string(wire.encoded(value));
  }

  /** Writes an optional enumerated member where present. */
  <E extends Enum<E>> void choice(Encoded name, Wire<E> wire, Optional<E> value) {
    if (value.isPresent()) {
      choice(name, wire, value.get());
    }
  }

  /** Writes an optional object member where present. */
  <V> void object(Encoded name, Optional<V> value,
      BiConsumer<DocumentWriter, V> write) {
    if (value.isPresent()) {
      e.name(name);
      write.accept(this, value.get());
    }
  }

  /** Writes a list of objects, unless it is empty. */
  <V> void objects(Encoded name, List<V> values, BiConsumer<DocumentWriter, V> write) {
    if (values.isEmpty()) {
      return;
    }
    e.name(name);
    e.startArray();
    // An indexed loop: the writer recurses, so the JIT could not remove an iterator, which
    // would then be allocated for every list written.
    for (int i = 0, n = values.size(); i < n; i++) {
      write.accept(this, values.get(i));
    }
    e.endArray();
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
  <V> void objects(Encoded name, List<V> values, BiConsumer<DocumentWriter, V> write,
      ToIntFunction<V> ahead) {
    if (values.isEmpty()) {
      return;
    }
    e.name(name);
    e.startArray();
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
    e.endArray();
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
  <V> void translations(Encoded name, Map<String, V> translations,
      BiConsumer<DocumentWriter, V> write) {
    if (translations.isEmpty()) {
      return;
    }
    e.name(name);
    e.startObject();
    // Through forEach, which walks the map's own entries: an iterator over an unmodifiable map
    // would allocate itself and a wrapper for each entry.
    BiConsumer<DocumentWriter, Object> outer = translation;
    translation = (BiConsumer<DocumentWriter, Object>) write;
    translations.forEach(this);
    translation = outer;
    e.endObject();
  }

  /** Writes one translation, by its tag; see {@link #translations}. */
  @Override
  public void accept(String tag, Object value) {
    e.name(tag);
    translation.accept(this, value);
  }

  /**
   * Writes the version: the one read where newer than this writer's own, else the lowest whose
   * members the programme uses.
   */
  void version(Encoded name, Programme p) {
    Optional<String> read = p.extensions().version();
    String version = read.isPresent() ? read.get() : Versions.lowest(Declaration.PROGRAMME, p);
    if (read.isPresent() && !Versions.isReadable(version)) {
      // Extensions take any version; a document of it would be refused by every 1.x reader.
      throw new IllegalArgumentException("the format version " + Problem.quote(version)
          + " is not a version 1.x, so it cannot be written");
    }
    e.name(name);
    e.string(version);
  }

  /** Writes the unknown members after the known ones, then closes the object. */
  void end(Extensions extensions, Shape<?, ?> shape) {
    if (extensions.members().isEmpty()) {
      e.endObject();
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
      e.name(member.getKey());
      e.raw(((RawJson) member.getValue()).json());
    }
    e.endObject();
  }
}
