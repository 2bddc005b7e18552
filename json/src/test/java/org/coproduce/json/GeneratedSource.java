package org.coproduce.json;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the generators of the json module's per-type code ({@link WriterSource}, {@link
 * BuilderSource}) share: the types they generate code for and how they name them.
 * {@code GeneratedSourcesTest} holds each generated file to what its generator makes.
 */
final class GeneratedSource {
  private GeneratedSource() {}

  /** Every declared type, the translation objects last. */
  static List<Shape<?, ?>> shapes() {
    List<Shape<?, ?>> shapes = new ArrayList<>(Declaration.SHAPES);
    shapes.addAll(Declaration.TRANSLATION_SHAPES);
    return shapes;
  }

  /** The name of the static field of a class that holds this very object. */
  static String field(Class<?> owner, Object value) {
    for (Field field : owner.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers())) {
        try {
          field.setAccessible(true);
          if (field.get(null) == value) {
            return field.getName();
          }
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    throw new IllegalStateException(value + " is in no static field of " + owner.getSimpleName());
  }

  /** The name of the method for a type: {@code programmeTranslation}. */
  static String method(Shape<?, ?> shape) {
    return shape.name.substring(0, 1).toLowerCase(Locale.ROOT) + shape.name.substring(1);
  }
}
