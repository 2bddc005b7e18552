package org.coproduce.json;

import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One member of a declared type: its wire name, value kind, whether it is required, its canonical
 * position, how to get it from the model and set it on the builder, and its stand-in when broken.
 *
 * @param <T> the model type
 * @param <B> its builder
 */
final class Member<T, B> {
  final String name;
  /** The name, encoded once for the writer. */
  final Encoded encoded;
  final Kind kind;
  /** Whether the value is a list of {@link #kind}. */
  final boolean list;
  final boolean required;
  /** The position in the format's table, from 0: the order a writer emits. */
  final int position;
  /** The type of an object, or of a list's objects. */
  final @Nullable Shape<?, ?> shape;
  /** The values of an enumerated member. */
  final @Nullable Wire<?> wire;
  /** The type a reference refers to, as the format names it. */
  final @Nullable String target;
  /**
   * What stands in for a required member that is broken or missing, so that the object can still
   * be built and the rules of the whole document checked; null where the reader makes a fresh id.
   */
  final @Nullable Object standIn;
  /** What a missing required member is told, where the builder cannot say it. */
  final @Nullable String whenMissing;
  /** The minor version of format 1 that added the member. */
  final int since;
  private final Function<T, ?> get;
  private final BiConsumer<B, Object> set;

  @SuppressWarnings("unchecked")
  Member(String name, Kind kind, boolean list, boolean required, int position,
      @Nullable Shape<?, ?> shape, @Nullable Wire<?> wire, @Nullable String target,
      @Nullable Object standIn, @Nullable String whenMissing, int since, Function<T, ?> get,
      BiConsumer<B, ?> set) {
    this.name = name;
    this.encoded = Encoded.name(name);
    this.kind = kind;
    this.list = list;
    this.required = required;
    this.position = position;
    this.shape = shape;
    this.wire = wire;
    this.target = target;
    this.standIn = standIn;
    this.whenMissing = whenMissing;
    this.since = since;
    this.get = get;
    this.set = (BiConsumer<B, Object>) set;
  }

  /** The same member, added by a later minor version. */
  Member<T, B> since(int minor) {
    return new Member<>(name, kind, list, required, position, shape, wire, target, standIn,
        whenMissing, minor, get, set);
  }

  /**
   * The member's value in the model: the value, null where an optional member is absent, a
   * list, or translations by language tag. Optional members are declared with getters that
   * unwrap their {@code Optional} themselves. (The writer calls the model's accessors directly,
   * through {@link ShapeWriters}.)
   */
  @Nullable Object get(T object) {
    return get.apply(object);
  }

  /** The member's value in an object known to be of this member's type. */
  @SuppressWarnings("unchecked")
  @Nullable Object getFrom(Object object) {
    return get.apply((T) object);
  }

  /** Sets the member on a builder: the value as read, or a list of values. */
  void set(B builder, Object value) {
    set.accept(builder, value);
  }

  /** Whether the reader makes a fresh id to stand in for this member. */
  boolean standsInWithFreshId() {
    return standIn == null && (kind == Kind.ID || kind == Kind.REFERENCE);
  }

  @Override
  public String toString() {
    return name;
  }
}
