package org.coproduce.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.coproduce.model.Extensions;
import org.coproduce.model.PartialDate;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * The declaration of one type of the format: its members in the order of the format's table, how
 * to make a builder and build, and where the unknown members go. The reader, the writer, the
 * order of problems and the stand-ins of broken objects are all driven by it.
 *
 * @param <T> the model type
 * @param <B> its builder
 */
final class Shape<T, B> {
  private static final String DATE_RANGE = "DateRange";

  /** The model's type. */
  final Class<T> type;
  /** The type's name, as the format's tables and the model call it. */
  final String name;
  /** What the type is called in a message: {@code "an organisation object"}. */
  final String described;
  /**
   * Whether a broken member breaks the whole object: nothing can stand in for part of a date
   * range without inventing a date that rules would then be checked against.
   */
  final boolean whole;
  private final List<Member<T, B>> members;
  /** The same members in an array, for the reader's look-up by position on every member read. */
  private final Member<T, B>[] byPosition;
  /** Matches member names on the parser's own bytes, giving the member's position. */
  final PropertyNameMatcher matcher;
  private final Supplier<B> builder;
  private final Function<B, T> build;
  private final BiConsumer<B, Extensions> setExtensions;
  private final Function<T, Extensions> extensions;
  private final int newestMinor;
  /** The required members, one bit each by position. */
  final long required;
  /** Whether a member holds the format version (the root's). */
  final boolean versioned;

  private Shape(Declare<T, B> d) {
    this.type = d.type;
    this.name = d.type.getSimpleName();
    this.described = d.described;
    this.whole = d.whole;
    this.members = List.copyOf(d.members);
    @SuppressWarnings("unchecked")
    Member<T, B>[] array = members.toArray(new Member[0]);
    this.byPosition = array;
    this.builder = d.builder;
    this.build = d.build;
    this.setExtensions = d.setExtensions;
    this.extensions = d.extensions;
    List<Named> names = new ArrayList<>();
    for (Member<T, B> m : members) {
      names.add(Named.fromString(m.name));
    }
    int newest = 0;
    for (Member<T, B> m : members) {
      newest = Math.max(newest, Math.max(m.since, m.shape == null ? 0 : m.shape.newestMinor()));
    }
    this.newestMinor = newest;
    long requiredBits = 0;
    for (Member<T, B> m : members) {
      requiredBits |= m.required ? 1L << m.position : 0;
    }
    this.required = requiredBits;
    this.versioned = members.stream().anyMatch(m -> m.kind == Kind.VERSION);
    // The names are string literals, so already interned.
    this.matcher = BinaryNameMatcher.constructFrom(names, true);
  }

  /** Starts the declaration of a type. */
  static <T, B> Declare<T, B> declare(Class<T> type, String described, Supplier<B> builder,
      Function<B, T> build, BiConsumer<B, Extensions> setExtensions,
      Function<T, Extensions> extensions) {
    return new Declare<>(type, described, builder, build, setExtensions, extensions);
  }

  /** The members in canonical order. */
  List<Member<T, B>> members() {
    return members;
  }

  Member<T, B> member(int position) {
    return byPosition[position];
  }

  int size() {
    return members.size();
  }

  /** The newest minor version that added a member of this type or of a type inside it. */
  int newestMinor() {
    return newestMinor;
  }

  /** The position of the member of that name, or -1 for a name the type does not declare. */
  int position(String name) {
    int i = matcher.matchName(name);
    return i >= 0 ? i : -1;
  }

  /** The member of that name, or null. */
  @Nullable Member<T, B> member(String name) {
    int i = position(name);
    return i < 0 ? null : members.get(i);
  }

  B newBuilder() {
    return builder.get();
  }

  T build(B b) {
    return build.apply(b);
  }

  void setExtensions(B b, Extensions value) {
    setExtensions.accept(b, value);
  }

  Extensions extensions(T object) {
    return extensions.apply(object);
  }

  @Override
  public String toString() {
    return name;
  }

  /** Declares the members of a type, one call each, in the order of the format's table. */
  static final class Declare<T, B> {
    private final Class<T> type;
    private final String described;
    private final Supplier<B> builder;
    private final Function<B, T> build;
    private final BiConsumer<B, Extensions> setExtensions;
    private final Function<T, Extensions> extensions;
    private final List<Member<T, B>> members = new ArrayList<>();
    private boolean whole;

    private Declare(Class<T> type, String described, Supplier<B> builder, Function<B, T> build,
        BiConsumer<B, Extensions> setExtensions, Function<T, Extensions> extensions) {
      this.type = type;
      this.described = described;
      this.builder = builder;
      this.build = build;
      this.setExtensions = setExtensions;
      this.extensions = extensions;
    }

    private Declare<T, B> add(String member, Kind kind, boolean list, boolean required,
        @Nullable Shape<?, ?> shape, @Nullable Wire<?> wire, @Nullable String target,
        @Nullable Object standIn, @Nullable String whenMissing,
        Function<T, ?> get, BiConsumer<B, ?> set) {
      members.add(new Member<>(member, kind, list, required, members.size(), shape, wire, target,
          standIn, whenMissing, 0, get, set));
      return this;
    }

    /** The member just declared was added by that minor version of format 1. */
    Declare<T, B> since(int minor) {
      members.set(members.size() - 1, members.get(members.size() - 1).since(minor));
      return this;
    }

    /** The root's format version; the reader and writer handle it, not the builder. */
    Declare<T, B> version(String member, String whenMissing, Function<T, String> get) {
      return add(member, Kind.VERSION, false, true, null, null, null, null, whenMissing, get,
          (b, v) -> { });
    }

    Declare<T, B> id(String member, Function<T, String> get, BiConsumer<B, String> set) {
      return add(member, Kind.ID, false, true, null, null, null, null, null, get, set);
    }

    /** A required string of a kind, and what stands in for it when broken. */
    Declare<T, B> required(String member, Kind kind, String standIn, Function<T, String> get,
        BiConsumer<B, String> set) {
      return add(member, kind, false, true, null, null, null, standIn, null, get, set);
    }

    /** An optional string of a kind; its getter gives null where absent. */
    Declare<T, B> optional(String member, Kind kind, Function<T, @Nullable String> get,
        BiConsumer<B, String> set) {
      return add(member, kind, false, false, null, null, null, null, null, get, set);
    }

    /** A reference; the getter of an optional one gives null where absent. */
    Declare<T, B> reference(String member, boolean required, String target,
        Function<T, @Nullable String> get, BiConsumer<B, String> set) {
      return add(member, Kind.REFERENCE, false, required, null, null, target, null, null, get,
          set);
    }

    Declare<T, B> references(String member, String target, Function<T, ?> get,
        BiConsumer<B, List<String>> set) {
      return add(member, Kind.REFERENCE, true, false, null, null, target, null, null, get, set);
    }

    /** A list of strings of a kind (text, hashtags). */
    Declare<T, B> strings(String member, Kind kind, Function<T, ?> get,
        BiConsumer<B, List<String>> set) {
      return add(member, kind, true, false, null, null, null, null, null, get, set);
    }

    Declare<T, B> integers(String member, Function<T, ?> get, BiConsumer<B, List<Integer>> set) {
      return add(member, Kind.INTEGER, true, false, null, null, null, null, null, get, set);
    }

    Declare<T, B> number(String member, Function<T, Double> get, BiConsumer<B, Double> set) {
      return add(member, Kind.NUMBER, false, true, null, null, null, 0.0, null, get, set);
    }

    /** An enumerated member; the getter of an optional one gives null where absent. */
    <E extends Enum<E>> Declare<T, B> choice(String member, boolean required, Wire<E> wire,
        @Nullable E standIn, Function<T, @Nullable E> get, BiConsumer<B, E> set) {
      return add(member, Kind.ENUM, false, required, null, wire, null, standIn, null, get, set);
    }

    /** A partial date; the getter of an optional one gives null where absent. */
    Declare<T, B> date(String member, boolean required, @Nullable String whenMissing,
        Function<T, @Nullable PartialDate> get, BiConsumer<B, PartialDate> set) {
      return add(member, Kind.PARTIAL_DATE, false, required, null, null, null, null, whenMissing,
          get, set);
    }

    /** An optional object; its getter gives null where absent. */
    <V> Declare<T, B> object(String member, Shape<V, ?> shape, Function<T, @Nullable V> get,
        BiConsumer<B, V> set) {
      Kind kind = shape.name.equals(DATE_RANGE) ? Kind.DATE_RANGE : Kind.OBJECT;
      return add(member, kind, false, false, shape, null, null, null, null, get, set);
    }

    <V> Declare<T, B> objects(String member, Shape<V, ?> shape, Function<T, ?> get,
        BiConsumer<B, List<V>> set) {
      return add(member, Kind.OBJECT, true, false, shape, null, null, null, null, get, set);
    }

    /** Translations, added by format 1.1: translation objects by language tag. */
    <V> Declare<T, B> translations(Shape<V, ?> shape, Function<T, ?> get,
        BiConsumer<B, Map<String, V>> set) {
      return add("translations", Kind.TRANSLATIONS, false, false, shape, null, null, null, null,
          get, set).since(1);
    }


    /** A broken member breaks the whole object. */
    Declare<T, B> whole() {
      this.whole = true;
      return this;
    }

    Shape<T, B> done() {
      return new Shape<>(this);
    }
  }
}
