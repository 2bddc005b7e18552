package org.coproduce.json;

import static org.coproduce.json.GeneratedSource.field;
import static org.coproduce.json.GeneratedSource.method;
import static org.coproduce.json.GeneratedSource.shapes;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Generates {@code ShapeWriters} from the {@link Declaration}: for each declared type, one method
 * that writes its members in declared order, each through the {@link DocumentWriter} method of
 * its kind and the model's accessor of the member's name. {@code GeneratedSourcesTest} holds
 * the file in the sources to what this generates.
 */
final class WriterSource {
  /** The kinds whose values are strings in the model. */
  private static final Set<Kind> STRINGS = EnumSet.of(Kind.ID, Kind.REFERENCE, Kind.TEXT,
      Kind.HASHTAG, Kind.LANGUAGE, Kind.URL, Kind.COUNTRY);

  private final StringBuilder out = new StringBuilder();

  private WriterSource() {}

  /** The source text of {@code ShapeWriters}. */
  static String generate() {
    return new WriterSource().file();
  }

  private String file() {
    line("package org.coproduce.json;");
    line("");
    TreeSet<String> imports = new TreeSet<>();
    for (Shape<?, ?> shape : shapes()) {
      imports.add(shape.type.getName());
    }
    for (String name : imports) {
      line("import " + name + ";");
    }
    line("");
    line("/**");
    line(" * Writes each declared type: one method per type, calling the model's accessors directly so");
    line(" * that the JIT can inline each one. Generated from the {@link Declaration} by the tests'");
    line(" * {@code WriterSource}; {@code GeneratedSourcesTest} fails, saying what to do, when this");
    line(" * file is not what the declaration generates. Do not edit it by hand.");
    line(" */");
    line("final class ShapeWriters {");
    for (Shape<?, ?> shape : shapes()) {
      String field = field(Declaration.class, shape);
      String declaration = "  private static final Encoded[] " + field + " =";
      String value = "names(Declaration." + field + ");";
      line(declaration.length() + 1 + value.length() <= 100
          ? declaration + " " + value : declaration + "\n      " + value);
    }
    line("");
    line("  private ShapeWriters() {}");
    line("");
    line("  /** Writes an object of a type that {@code Declaration.SHAPES} lists. */");
    line("  static void write(DocumentWriter w, Shape<?, ?> shape, Object o) {");
    String keyword = "if";
    for (Shape<?, ?> shape : Declaration.SHAPES) {
      line("    " + (keyword.equals("if") ? "" : "} ") + keyword + " (shape == Declaration."
          + field(Declaration.class, shape) + ") {");
      line("      " + method(shape) + "(w, (" + shape.name + ") o);");
      keyword = "else if";
    }
    line("    } else {");
    line("      throw new IllegalArgumentException(\"not a declared type: \" + shape);");
    line("    }");
    line("  }");
    for (Shape<?, ?> shape : shapes()) {
      type(shape);
    }
    line("");
    line("  private static Encoded[] names(Shape<?, ?> shape) {");
    line("    Encoded[] names = new Encoded[shape.size()];");
    line("    for (int i = 0; i < names.length; i++) {");
    line("      names[i] = shape.member(i).encoded;");
    line("    }");
    line("    return names;");
    line("  }");
    line("}");
    return out.toString();
  }

  private void type(Shape<?, ?> shape) {
    String names = field(Declaration.class, shape);
    line("");
    line("  static void " + method(shape) + "(DocumentWriter w, " + shape.name + " o) {");
    line("    w.start();");
    for (Member<?, ?> m : shape.members()) {
      String name = names + "[" + m.position + "]";
      String value = "o." + m.name + "()";
      line("    " + switch (m.kind) {
        case VERSION -> "w.version(" + name + ", o);";
        case INTEGER -> "w.integers(" + name + ", " + value + ");";
        case NUMBER -> "w.number(" + name + ", " + value + ");";
        case PARTIAL_DATE -> "w.date(" + name + ", " + value + ");";
        case ENUM -> "w.choice(" + name + ", Wire." + field(Wire.class, m.wire) + ", " + value
            + ");";
        case TRANSLATIONS -> "w.translations(" + name + ", " + value + ", ShapeWriters::"
            + method(m.shape) + ");";
        case OBJECT, DATE_RANGE -> "w.object" + (m.list ? "s" : "") + "(" + name + ", " + value
            + ", ShapeWriters::" + method(m.shape)
            + (m.list && !ahead(m.shape).isEmpty()
                ? ", ShapeWriters::" + method(m.shape) + "Ahead" : "") + ");";
        case ID, REFERENCE -> "w.id" + (m.list ? "s" : "") + "(" + name + ", " + value + ");";
        default -> "w.string" + (m.list ? "s" : "") + "(" + name + ", " + value + ");";
      });
    }
    line("    w.end(o.extensions(), Declaration." + names + ");");
    line("  }");
    List<String> ahead = ahead(shape);
    if (!ahead.isEmpty() && listed(shape)) {
      line("");
      line("  /** Reads ahead the strings it holds: see {@code DocumentWriter.objects}. */");
      line("  static int " + method(shape) + "Ahead(" + shape.name + " o) {");
      String sum = "    return " + String.join(" + ", ahead) + ";";
      line(sum.length() <= 100 ? sum : "    return " + String.join("\n        + ", ahead) + ";");
      line("  }");
    }
  }

  /** Whether objects of the type are listed in another's. */
  private static boolean listed(Shape<?, ?> shape) {
    return shapes().stream().flatMap(s -> s.members().stream())
        .anyMatch(m -> m.list && m.shape == shape);
  }

  /**
   * What {@code DocumentWriter.objects} reads ahead of writing an object in a list: its required
   * strings (ids, references, text), its lists of references, and the same of the objects in its
   * list where it has one list of objects (a participant's affiliations), which is too short to
   * read ahead in by itself. Optional references are left out: each would cost an
   * {@code Optional}, and reading them ahead measured no faster.
   */
  private static List<String> ahead(@Nullable Shape<?, ?> shape) {
    List<String> ahead = new ArrayList<>();
    if (shape == null) {
      return ahead;
    }
    long lists = shape.members().stream().filter(m -> m.list && m.kind.isObject()).count();
    for (Member<?, ?> m : shape.members()) {
      String value = "o." + m.name + "()";
      if (m.list && m.kind.isObject()) {
        if (lists == 1 && !ahead(m.shape).isEmpty()) {
          ahead.add("DocumentWriter.ahead(" + value + ", ShapeWriters::" + method(m.shape)
              + "Ahead)");
        }
      } else if (m.kind == Kind.REFERENCE && m.list) {
        ahead.add("DocumentWriter.lengths(" + value + ")");
      } else if (m.required && !m.list && STRINGS.contains(m.kind)) {
        ahead.add(value + ".length()");
      }
    }
    return ahead;
  }

  /** Adds a line, broken after a comma where longer than 100 characters. */
  private void line(String text) {
    int at = text.length() <= 100 ? -1 : text.lastIndexOf(", ", 100);
    if (at < 0) {
      out.append(text).append('\n');
    } else {
      out.append(text, 0, at + 1).append('\n');
      line("        " + text.substring(at + 2));
    }
  }
}
