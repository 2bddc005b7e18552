package org.coproduce.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coproduce.model.Problem;
import org.coproduce.model.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * Builds each object read, and where it breaks a rule, records the problems and builds it again
 * with stand-ins for what is broken: so that the rules of the whole document, such as references,
 * are still checked over all of it, and no problem is reported twice or as the consequence of
 * another.
 *
 * <p>A stand-in replaces a broken value: a required member's declared stand-in, a fresh id that
 * nothing refers to, or no value for an optional member; a bad element of a list is replaced in
 * place, so that the other elements keep their indexes. Problems at or below a stand-in are
 * dropped (they would be about the stand-in). An id that breaks the rules still identifies its
 * item: references to it resolve, and are not reported.
 */
final class Salvage {
  private static final String STAND_IN_ID = "0-stand-in-";
  private static final int ATTEMPTS = 4;

  /** The log of the read under way: see {@link #begin}. */
  private ProblemLog log;
  private final PathStack path;
  private int standIns;
  /** The ids of each type that broke the rules, as given, and the stand-ins that replace them. */
  private final Map<String, Set<String>> brokenIds = new HashMap<>();
  private final Map<String, String> standInForId = new HashMap<>();
  /** Objects built with a stand-in for an enumerated member, and that member. */
  private final Map<Object, Member<?, ?>> standInChoices = new IdentityHashMap<>();
  private ShapeBuilders builders = new ShapeBuilders();

  /** A salvage for the reads of one reader, each {@linkplain #begin begun} with its log. */
  Salvage(PathStack path) {
    this.path = path;
  }

  /** Starts the salvage of a read, which records its problems in this log. */
  void begin(ProblemLog next) {
    log = next;
    standIns = 0;
  }

  /** Lets go of what the last read left: its broken ids, its objects and its builders' values. */
  void release() {
    brokenIds.clear();
    standInForId.clear();
    standInChoices.clear();
    builders.clear();
  }

  /**
   * Starts again with new builders, after a map of many translations: a builder's map, cleared
   * for the next object, would otherwise cost its largest size again for every object after it.
   */
  void forgetBuilders() {
    builders = new ShapeBuilders();
  }

  /** Builds an object read, with the path at the object; null if even stand-ins cannot save it. */
  <T, B> @Nullable T build(ObjectRead<T, B> o) {
    Shape<T, B> shape = o.shape;
    List<Object> here = null;
    Member<T, B> choice = null;
    // Indexed loops, here and below: the reader recurses, so the JIT cannot remove an iterator,
    // which would then be allocated for every object read.
    List<Member<T, B>> members = o.missingRequired() ? shape.members() : List.of();
    for (int i = 0, n = members.size(); i < n; i++) {
      Member<T, B> m = members.get(i);
      if (!m.required || o.get(m.position) != null) {
        continue;
      }
      if (here == null) {
        here = path.toList();
      }
      if (!o.isBroken(m.position) && !o.seen(m.position) && m.whenMissing != null) {
        log.add(concat(here, List.of(m.name)), m.whenMissing);
        o.broke(m.position);
      }
      if (o.isBroken(m.position)) {
        log.stoodIn(concat(here, List.of(m.name)));
        o.set(m.position, standIn(m));
        choice = m.kind == Kind.ENUM ? m : choice;
      }
    }
    if (shape.whole && o.anyBroken()) {
      return null;
    }
    T built;
    try {
      built = assemble(o);
    } catch (ValidationException e) {
      built = again(o, e, here == null ? path.toList() : here);
    }
    if (built != null && choice != null) {
      standInChoices.put(built, choice);
    }
    return built;
  }

  private <T, B> T assemble(ObjectRead<T, B> o) {
    Shape<T, B> shape = o.shape;
    String version = null;
    // Most objects have neither a version nor listed objects built with a stand-in's choice.
    List<Member<T, B>> members =
        shape.versioned || !standInChoices.isEmpty() ? shape.members() : List.of();
    for (int i = 0, n = members.size(); i < n; i++) {
      Member<T, B> m = members.get(i);
      Object value = o.get(m.position);
      if (value == null) {
        continue;
      }
      if (m.list && m.kind == Kind.OBJECT && !standInChoices.isEmpty()) {
        chooseApart(m.shape, castList(value));
      }
      if (m.kind == Kind.VERSION) {
        String read = (String) value;
        version = Versions.isVersion(read) && Versions.isNewer(read) ? read : null;
      }
    }
    // The members are set through code generated from the declaration, which the JIT inlines.
    return shape.type.cast(builders.build(shape, o, o.extensions(version)));
  }

  /** Records the problems of a failed build and tries again with stand-ins for what broke. */
  private <T, B> @Nullable T again(ObjectRead<T, B> o, ValidationException first,
      List<Object> here) {
    ValidationException e = first;
    // Problems that no stand-in answers (those of the whole programme) come again each time.
    Set<List<Object>> reported = new HashSet<>();
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      boolean fresh = false;
      for (Problem p : e.problems()) {
        List<Object> at = concat(here, p.path());
        if (!log.echoes(at) && !resolvesToBrokenId(o, p.path()) && reported.add(at)) {
          log.add(at, p.message());
          fresh = true;
        }
      }
      for (Problem p : e.problems()) {
        fix(o, p.path(), here);
      }
      if (o.shape.whole || (!fresh && attempt > 0)) {
        return null;
      }
      try {
        return assemble(o);
      } catch (ValidationException next) {
        e = next;
      }
    }
    return null;
  }

  /** Puts a stand-in where a problem of the object's own members lies. */
  @SuppressWarnings("unchecked")
  private void fix(ObjectRead<?, ?> o, List<Object> at, List<Object> here) {
    if (at.isEmpty() || !(at.get(0) instanceof String)) {
      return;
    }
    Member<?, ?> m = o.shape.member((String) at.get(0));
    if (m == null) {
      return;
    }
    if (m.kind == Kind.TRANSLATIONS) {
      // A translation in error is left out: the other translations are still checked.
      if (at.size() > 1 && o.get(m.position) instanceof Map) {
        log.stoodIn(concat(here, at.subList(0, 2)));
        ((Map<?, ?>) o.get(m.position)).remove(at.get(1));
      }
    } else if (at.size() == 1) {
      log.stoodIn(concat(here, at));
      Object value = o.get(m.position);
      if (m.kind == Kind.ID && value instanceof String) {
        o.set(m.position, standInForId(o.shape.name, (String) value));
      } else {
        o.set(m.position, m.required ? standIn(m) : null);
      }
    } else if (m.list && !m.kind.isObject() && at.get(1) instanceof Integer
        && o.get(m.position) instanceof List) {
      List<Object> list = (List<Object>) o.get(m.position);
      int index = (Integer) at.get(1);
      if (index < list.size()) {
        log.stoodIn(concat(here, at.subList(0, 2)));
        list.set(index, standInElement(m));
      }
    }
  }

  /**
   * Where an element of a list of objects stands in for an enumerated value (a role in error),
   * gives it a value that no other element with the same required members holds, where there is
   * one: so that it repeats none of them (as a repeated participation, say) and no problem is a
   * consequence of it.
   */
  private void chooseApart(Shape<?, ?> shape, List<Object> list) {
    for (int i = 0; i < list.size(); i++) {
      Member<?, ?> m = standInChoices.get(list.get(i));
      if (m == null) {
        continue;
      }
      Set<Object> held = new HashSet<>();
      for (int j = 0; j < list.size(); j++) {
        if (j != i && sameRequired(shape, list.get(i), list.get(j), m)) {
          held.add(m.getFrom(list.get(j)));
        }
      }
      for (Object value : m.wire.values()) {
        if (!held.contains(value)) {
          Object apart = copyWith(shape, list.get(i), m, value);
          standInChoices.remove(list.get(i));
          list.set(i, apart);
          break;
        }
      }
    }
  }

  private static boolean sameRequired(Shape<?, ?> shape, Object a, Object b, Member<?, ?> but) {
    for (Member<?, ?> m : shape.members()) {
      if (m.required && m != but && !m.getFrom(a).equals(m.getFrom(b))) {
        return false;
      }
    }
    return true;
  }

  /** A copy of an object with one member set to another value. */
  private static <T, B> T copyWith(Shape<T, B> shape, Object object, Member<?, ?> changed,
      Object value) {
    T original = shape.type.cast(object);
    B b = shape.newBuilder();
    for (Member<T, B> m : shape.members()) {
      Object v = m == changed ? value : m.get(original);
      if (v != null && !(v instanceof List && ((List<?>) v).isEmpty())) {
        m.set(b, v);
      }
    }
    shape.setExtensions(b, shape.extensions(original));
    return shape.build(b);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> castList(Object value) {
    return (List<Object>) value;
  }

  /** What stands in for a required member. */
  private Object standIn(Member<?, ?> m) {
    return m.standsInWithFreshId() ? freshId() : m.standIn;
  }

  /** What stands in for a bad element of a list (the caller marks its path). */
  Object standInElement(Member<?, ?> m) {
    if (m.kind == Kind.INTEGER) {
      return 0; // no goal: reported as such, at the stand-in, so dropped
    }
    if (!m.kind.isObject()) {
      return freshId();
    }
    return dummy(m.shape);
  }

  private <T, B> T dummy(Shape<T, B> shape) {
    B b = shape.newBuilder();
    for (Member<T, B> m : shape.members()) {
      if (m.required) {
        m.set(b, standIn(m));
      }
    }
    return shape.build(b);
  }

  private String freshId() {
    return STAND_IN_ID + (++standIns);
  }

  private String standInForId(String type, String id) {
    brokenIds.computeIfAbsent(type, t -> new HashSet<>()).add(id);
    return standInForId.computeIfAbsent(id, i -> freshId());
  }

  /**
   * Whether a problem is a reference's to an item whose id broke the rules: the reference
   * resolves to it, and the id is the one problem. The item must be where the reference looks:
   * among the items of the nearest object on the path that holds items of its type (a strand or
   * session of the same conference; anything else of the programme).
   */
  private boolean resolvesToBrokenId(ObjectRead<?, ?> o, List<Object> at) {
    if (brokenIds.isEmpty() || at.isEmpty() || !(at.get(0) instanceof String)) {
      return false;
    }
    // The objects on the path, each after its shape: the candidates to hold the item.
    List<Object> owners = new ArrayList<>(List.of(o.shape, o));
    Member<?, ?> m = o.shape.member((String) at.get(0));
    Object value = m == null ? null : o.get(m.position);
    for (int i = 1; i < at.size() && value != null; i++) {
      Object segment = at.get(i);
      if (segment instanceof Integer) {
        List<?> list = value instanceof List ? (List<?>) value : List.of();
        int index = (Integer) segment;
        value = index < list.size() ? list.get(index) : null;
      } else {
        if (m.shape != null) {
          owners.add(m.shape);
          owners.add(value);
        }
        m = m.shape == null ? null : m.shape.member((String) segment);
        value = m == null ? null : m.getFrom(value);
      }
    }
    Set<String> broken = m == null || m.target == null ? null : brokenIds.get(m.target);
    if (broken == null || !(value instanceof String) || !broken.contains(value)) {
      return false;
    }
    String standIn = standInForId.get(value);
    for (int i = owners.size() - 2; i >= 0; i -= 2) {
      Member<?, ?> items = itemsOf((Shape<?, ?>) owners.get(i), m.target);
      if (items != null) {
        Object owner = owners.get(i + 1);
        Object list = owner instanceof ObjectRead
            ? ((ObjectRead<?, ?>) owner).get(items.position) : items.getFrom(owner);
        return list instanceof List && holdsId(items.shape, (List<?>) list, standIn);
      }
    }
    return false;
  }

  /** The member of a type that lists items of the named type, or null. */
  private static @Nullable Member<?, ?> itemsOf(Shape<?, ?> shape, String type) {
    for (Member<?, ?> m : shape.members()) {
      if (m.list && m.kind == Kind.OBJECT && m.shape != null && m.shape.name.equals(type)) {
        return m;
      }
    }
    return null;
  }

  private static boolean holdsId(@Nullable Shape<?, ?> shape, List<?> items, String id) {
    Member<?, ?> idMember = shape == null ? null : shape.members().stream()
        .filter(m -> m.kind == Kind.ID).findFirst().orElse(null);
    for (Object item : items) {
      if (idMember != null && item != null && id.equals(idMember.getFrom(item))) {
        return true;
      }
    }
    return false;
  }

  static List<Object> concat(List<Object> prefix, List<?> rest) {
    List<Object> at = new ArrayList<>(prefix.size() + rest.size());
    at.addAll(prefix);
    at.addAll(rest);
    return at;
  }
}
