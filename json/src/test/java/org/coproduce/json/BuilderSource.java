package org.coproduce.json;

import static org.coproduce.json.GeneratedSource.field;
import static org.coproduce.json.GeneratedSource.method;
import static org.coproduce.json.GeneratedSource.shapes;

import java.lang.reflect.Modifier;
import java.util.TreeSet;

/**
 * Generates {@code ShapeBuilders} from the {@link Declaration}: for each declared type, one method
 * that takes the reader's builder of the type (made once, cleared for each object), sets each
 * member read on it through the builder's method of the member's name, and builds; and a method
 * that empties every builder. {@code GeneratedSourcesTest} holds the file in the sources to what
 * this generates.
 */
final class BuilderSource {
  private final TreeSet<String> imports = new TreeSet<>();

  private BuilderSource() {}

  /** The source text of {@code ShapeBuilders}. */
  static String generate() {
    return new BuilderSource().file();
  }

  private String file() {
    StringBuilder body = new StringBuilder();
    StringBuilder head = new StringBuilder();
    for (Shape<?, ?> shape : shapes()) {
      type(body, shape);
    }
    imports.add("org.coproduce.model.Extensions");
    imports.add("org.jspecify.annotations.Nullable");
    line(head, "package org.coproduce.json;");
    line(head, "");
    for (String name : imports) {
      line(head, "import " + name + ";");
    }
    line(head, "");
    line(head, "/**");
    line(head, " * Builds each declared type from the values read: one method per type, calling the model's");
    line(head, " * builder directly so that the JIT can inline each call. Generated from the {@link");
    line(head, " * Declaration} by the tests' {@code BuilderSource}; {@code GeneratedSourcesTest} fails,");
    line(head, " * saying what to do, when this file is not what the declaration generates. Do not edit it");
    line(head, " * by hand.");
    line(head, " */");
    line(head, "@SuppressWarnings(\"unchecked\")");
    line(head, "final class ShapeBuilders {");
    line(head, "  // One builder of each type for a reader, cleared for each object: a builder and the");
    line(head, "  // lists and maps it holds are made once, not for every object (nor every small read).");
    for (Shape<?, ?> shape : shapes()) {
      if (hasBuilder(shape.type)) {
        line(head, "  private " + shape.name + ".@Nullable Builder " + method(shape) + ";");
      }
    }
    line(head, "");
    line(head, "  /**");
    line(head, "   * Builds an object of a declared type from the values of its members, by position (null");
    line(head, "   * where absent; the root's format version is not set), and its extensions, if any.");
    line(head, "   */");
    line(head, "  Object build(Shape<?, ?> shape, ObjectRead<?, ?> v, @Nullable Extensions e) {");
    for (Shape<?, ?> shape : shapes()) {
      line(head, "    if (shape == Declaration." + field(Declaration.class, shape) + ") { return "
          + method(shape) + "(v, e); }");
    }
    line(head, "    throw new IllegalArgumentException(\"not a declared type: \" + shape);");
    line(head, "  }");
    line(head, "");
    line(head, "  /** Empties every builder, so that none holds the values of the last object it built. */");
    line(head, "  void clear() {");
    for (Shape<?, ?> shape : shapes()) {
      if (hasBuilder(shape.type)) {
        String name = method(shape);
        line(head, "    if (" + name + " != null) { " + name + ".clear(); }");
      }
    }
    line(head, "  }");
    head.append(body);
    line(head, "}");
    return head.toString();
  }

  private void type(StringBuilder body, Shape<?, ?> shape) {
    line(body, "");
    String signature = "  private " + shape.name + " " + method(shape) + "(";
    String parameters = "ObjectRead<?, ?> v, @Nullable Extensions e) {";
    line(body, signature.length() + parameters.length() <= 100 ? signature + parameters
        : signature + "\n      " + parameters);
    imports.add(shape.type.getName());
    boolean ownBuilder = hasBuilder(shape.type);
    if (ownBuilder) {
      String name = method(shape);
      line(body, "    " + shape.name + ".Builder b = " + name + ";");
      line(body, "    b = b != null ? b.clear() : (" + name + " = " + shape.name + ".builder());");
    } else {
      line(body, "    Declaration.RangeBuilder b = new Declaration.RangeBuilder();");
    }
    line(body, "    Object x;");
    for (Member<?, ?> m : shape.members()) {
      if (m.kind != Kind.VERSION) {
        String test = "    if ((x = v.get(" + m.position + ")) != null) {";
        String set = "b." + m.name + "((" + type(m) + ") x); }";
        line(body, test.length() + 1 + set.length() <= 100 ? test + " " + set
            : test + "\n      " + set.substring(0, set.length() - 2) + "\n    }");
      }
    }
    line(body, "    if (e != null) { b.extensions(e); }");
    line(body, "    return b.build();");
    line(body, "  }");
  }

  /** The type of a member's value as the reader holds it. */
  private String type(Member<?, ?> m) {
    String one = switch (m.kind) {
      case INTEGER -> "Integer";
      case NUMBER -> "Double";
      case PARTIAL_DATE -> imported("org.coproduce.model.PartialDate");
      case ENUM -> imported(m.wire.values().get(0).getDeclaringClass().getName());
      case OBJECT, DATE_RANGE, TRANSLATIONS -> imported(m.shape.type.getName());
      default -> "String";
    };
    if (m.kind == Kind.TRANSLATIONS) {
      imported("java.util.Map");
      return "Map<String, " + one + ">";
    }
    if (m.list) {
      imported("java.util.List");
      return "List<" + one + ">";
    }
    return one;
  }

  private String imported(String name) {
    imports.add(name);
    return name.substring(name.lastIndexOf('.') + 1);
  }

  private static boolean hasBuilder(Class<?> type) {
    try {
      return Modifier.isStatic(type.getMethod("builder").getModifiers());
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static void line(StringBuilder to, String text) {
    to.append(text).append('\n');
  }
}
