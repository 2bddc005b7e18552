package org.coproduce.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coproduce.model.Extensions;
import org.coproduce.model.Problem;
import org.jspecify.annotations.Nullable;

/**
 * One object being read: the values of its declared members by position, which members were
 * seen and which are broken, the order they came in where it is not the declared one, and the
 * unknown members kept.
 */
final class ObjectRead<T, B> {
  Shape<T, B> shape;
  /** The values of the members read, by position; as long as the largest type read here. */
  private Object[] values = new Object[0];
  /**
   * The lists read into, by position, kept from object to object: a list member's value is read
   * into one of them, and the builder copies it. {@code listed} marks those holding elements.
   */
  @SuppressWarnings("unchecked")
  private @Nullable List<Object>[] lists = (List<Object>[]) new List<?>[0];
  private long listed;
  private final DocumentReader reader;
  private final int maxObjectMembers;
  private final boolean strict;
  private long seen;
  private long broken;
  private int count;
  private int lastSeen;
  /** The names in the order read, once the order departs from the declared one. */
  private @Nullable List<String> order;
  private @Nullable Set<String> unknownNames;
  private Extensions.@Nullable Builder extensions;

  /**
   * One object's read. The reader keeps one for each level of nesting and {@linkplain #reset
   * resets} it for each object read there, so that reading allocates nothing per object for it.
   */
  ObjectRead(Shape<T, B> shape, DocumentReader reader, int maxObjectMembers, boolean strict) {
    this.reader = reader;
    this.maxObjectMembers = maxObjectMembers;
    this.strict = strict;
    this.shape = shape;
    reset(shape);
  }

  /** Starts the read of a new object of this type, forgetting the last one's. */
  @SuppressWarnings("unchecked")
  <U, C> ObjectRead<U, C> reset(Shape<U, C> type) {
    Arrays.fill(values, 0, Math.min(values.length, shape.size()), null);
    if (values.length < type.size()) {
      values = new Object[type.size()];
    }
    for (long bits = listed; bits != 0; bits &= bits - 1) {
      lists[Long.numberOfTrailingZeros(bits)].clear();
    }
    listed = 0;
    ObjectRead<U, C> o = (ObjectRead<U, C>) this;
    o.shape = type;
    seen = 0;
    broken = 0;
    count = 0;
    lastSeen = -1;
    order = null;
    unknownNames = null;
    extensions = null;
    return o;
  }

  /** The list to read a list member's elements into, empty. */
  List<Object> list(int position) {
    if (lists.length <= position) {
      lists = Arrays.copyOf(lists, Math.max(position + 1, shape.size()));
    }
    List<Object> list = lists[position];
    if (list == null) {
      list = lists[position] = new ArrayList<>();
    }
    listed |= 1L << position; // a member is read once: its list is empty until reset
    return list;
  }

  /** Lets go of the last object's values and lists. */
  void release() {
    reset(shape);
  }

  @Nullable Object get(int position) {
    return values[position];
  }

  void set(int position, @Nullable Object value) {
    values[position] = value;
  }

  boolean seen(int position) {
    return (seen & (1L << position)) != 0;
  }

  void broke(int position) {
    broken |= 1L << position;
  }

  /** Whether a required member is missing or broken: seen, but with no value. */
  boolean missingRequired() {
    return (shape.required & ~(seen & ~broken)) != 0;
  }

  boolean anyBroken() {
    return broken != 0;
  }

  boolean isBroken(int position) {
    return (broken & (1L << position)) != 0;
  }

  /** Whether this member is seen for the first time; reports a repeat otherwise. */
  boolean first(int position) {
    count();
    if (seen(position)) {
      String name = shape.member(position).name;
      List<String> read = recordOrder();
      read.add(name);
      reader.log.add(reader.path.toList(),
          "repeats the member " + Problem.quote(name) + " of this " + shape.name, read.size() - 1);
      return false;
    }
    if (position < lastSeen || order != null) {
      recordOrder().add(shape.member(position).name);
    }
    seen |= 1L << position;
    lastSeen = Math.max(lastSeen, position);
    return true;
  }

  /**
   * Starts recording the order of members when it first departs from the declared one: until
   * then, the members read are those seen, in declared order.
   */
  private List<String> recordOrder() {
    if (order == null) {
      order = new ArrayList<>();
      for (int i = 0; i < shape.size(); i++) {
        if (seen(i)) {
          order.add(shape.member(i).name);
        }
      }
    }
    return order;
  }

  private void count() {
    if (++count > maxObjectMembers) {
      throw ValueCopier.tooManyMembers(maxObjectMembers, reader.parser());
    }
  }

  /** A member the type does not declare: kept, refused (strict), or reported as repeated. */
  void unknown(String name) {
    count();
    List<String> read = recordOrder();
    read.add(name);
    if (unknownNames == null) {
      unknownNames = new HashSet<>();
    }
    if (!unknownNames.add(name)) {
      reader.log.add(reader.path.toList(),
          "repeats the member " + Problem.quote(name) + " of this " + shape.name, read.size() - 1);
      reader.skipValue();
      return;
    }
    if (strict) {
      reader.here("is not a member of " + article(shape.name) + " " + shape.name
          + " (this reader is strict)");
      reader.checkValue();
      return;
    }
    reader.checkName(name);
    RawJson value = reader.copyValue();
    if (extensions == null) {
      extensions = Extensions.builder();
    }
    extensions.put(name, value);
  }

  private static String article(String type) {
    return "AEIOU".indexOf(type.charAt(0)) >= 0 ? "an" : "a";
  }

  /** Called when the object's members are all read, with the path at the object. */
  void done() {
    if (order != null) {
      reader.log.readOrder(reader.path.toList(), order);
    }
  }

  /** The unknown members kept, with the format version where it is newer than this reader's. */
  @Nullable Extensions extensions(@Nullable String version) {
    if (version == null) {
      return extensions == null ? null : extensions.build();
    }
    Extensions.Builder withVersion = Extensions.builder().version(version);
    if (extensions != null) {
      extensions.build().members().forEach(withVersion::put);
    }
    return withVersion.build();
  }
}
