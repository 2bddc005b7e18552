package org.coproduce.model;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code toString()} of the generated model types: {@code Strand{id=s1, title=Housing}},
 * each member in the order the type declares it, absent optional members, empty extensions and
 * empty translations left out (they would otherwise print {@code extensions=Extensions{}} on
 * every object).
 */
final class Describe {
  private static final Map<Class<?>, List<Field>> MEMBERS = new ConcurrentHashMap<>();

  private Describe() {}

  /** Named in the package's {@code @Value.Style(delegateToString)}: the generated classes call it. */
  static String toString(Object value) {
    StringBuilder out = new StringBuilder(value.getClass().getSimpleName()).append('{');
    String separator = "";
    for (Field field : MEMBERS.computeIfAbsent(value.getClass(), Describe::members)) {
      Object member;
      try {
        member = field.get(value);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot read " + field, e);
      }
      if (member == null || member instanceof Extensions && ((Extensions) member).isEmpty()
          || member instanceof Map && ((Map<?, ?>) member).isEmpty()) {
        continue;
      }
      out.append(separator).append(field.getName()).append('=').append(member);
      separator = ", ";
    }
    return out.append('}').toString();
  }

  /** The members of a generated class: its instance fields, in the order it declares them. */
  private static List<Field> members(Class<?> type) {
    List<Field> members = new ArrayList<>();
    for (Field field : type.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)
          && !field.isSynthetic()) {
        field.setAccessible(true);
        members.add(field);
      }
    }
    return List.copyOf(members);
  }
}
