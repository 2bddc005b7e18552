package org.coproduce.json;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The problems of one read, each at a path from the value read, and what is needed to list them
 * as the format asks: in document order, the first ones only, none that echoes another.
 *
 * <p>Paths are lists of member names and list indexes. Where a value was found broken and a
 * stand-in took its place, its path is marked: a problem at or below it would be about the
 * stand-in, not the document, and is dropped.
 */
final class ProblemLog {
  /** Thrown once so many problems were found that no later one could be listed. */
  static final class Enough extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Enough() {
      super(null, null, false, false);
    }
  }

  /**
   * One problem; {@code occurrence} is, for a repeated member, its place among the members read
   * of its object, so that it sorts where it stands rather than where the name first stood.
   */
  private record Entry(List<Object> path, String message, int occurrence) {}

  private final int maxProblems;
  private final List<Entry> entries = new ArrayList<>();
  private final Set<List<Object>> standIns = new HashSet<>();
  /**
   * The order in which members were read, for objects whose order is not canonical: recorded as
   * paths and names, in a list, and put in a map only when there are problems to sort.
   */
  private final List<Object> readOrders = new ArrayList<>();
  private @Nullable Map<List<Object>, List<String>> readOrder;
  private boolean textFault;

  ProblemLog(int maxProblems) {
    this.maxProblems = maxProblems;
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  /** Whether the text itself is at fault: then that is the one problem listed. */
  boolean textFault() {
    return textFault;
  }

  /**
   * Records a problem; stops the read once no later one could be listed.
   *
   * @return the problem's index, to amend it
   */
  int add(List<Object> path, String message) {
    return add(path, message, -1);
  }

  int add(List<Object> path, String message, int occurrence) {
    if (textFault) {
      return -1;
    }
    // Beyond the cap only enough are kept to sort the first ones into place.
    entries.add(new Entry(path, message, occurrence));
    if (entries.size() >= maxProblems + 1000) {
      throw new Enough();
    }
    return entries.size() - 1;
  }

  /** Adds to the message of a problem recorded. */
  void amend(int index, String more) {
    if (index >= 0 && index < entries.size()) {
      Entry e = entries.get(index);
      entries.set(index, new Entry(e.path(), e.message() + more, e.occurrence()));
    }
  }

  /**
   * Records a fault of the text (malformed JSON, bytes, limits, trailing content): it is listed
   * alone, at {@code ""}, whatever was found before it.
   */
  void text(String message) {
    entries.clear();
    entries.add(new Entry(List.of(), message, -1));
    textFault = true;
  }

  /** Replaces every problem found by this one (a document of another major version). */
  void only(List<Object> path, String message) {
    entries.clear();
    entries.add(new Entry(path, message, -1));
  }

  /** Marks a value that a stand-in replaced. */
  void stoodIn(List<Object> path) {
    standIns.add(path);
  }

  /** Whether a problem at this path would be about a stand-in rather than the document. */
  boolean echoes(List<Object> path) {
    if (standIns.isEmpty()) {
      return false;
    }
    for (int i = path.size(); i >= 0; i--) {
      if (standIns.contains(path.subList(0, i))) {
        return true;
      }
    }
    return false;
  }

  /** Records the order in which an object's members were read, where it is not canonical. */
  void readOrder(List<Object> object, List<String> names) {
    readOrders.add(object);
    readOrders.add(names);
  }

  @SuppressWarnings("unchecked")
  private Map<List<Object>, List<String>> readOrder() {
    if (readOrder == null) {
      readOrder = new HashMap<>();
      for (int i = 0; i < readOrders.size(); i += 2) {
        readOrder.put((List<Object>) readOrders.get(i), (List<String>) readOrders.get(i + 1));
      }
    }
    return readOrder;
  }

  /** The problems found, sorted into document order and capped, as pointers below a base. */
  List<DocumentProblem> problems(String basePointer, Shape<?, ?> root) {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(documentOrder(root));
    List<DocumentProblem> out = new ArrayList<>();
    for (Entry e : sorted) {
      if (out.size() == maxProblems) {
        out.add(new DocumentProblem(basePointer, "more than " + maxProblems
            + " problems were found; only the first " + maxProblems + " are listed"));
        break;
      }
      out.add(new DocumentProblem(PathStack.pointer(basePointer, e.path()), e.message()));
    }
    return out;
  }

  /**
   * Orders problems as their members stand in the document: by the order in which an object's
   * members were read where it was recorded, else in the declared order. The empty path, the
   * document as a whole, comes last: it is where reading stopped.
   */
  private Comparator<Entry> documentOrder(Shape<?, ?> root) {
    return (ea, eb) -> {
      List<Object> a = ea.path();
      List<Object> b = eb.path();
      if (a.isEmpty() || b.isEmpty()) {
        return Boolean.compare(a.isEmpty(), b.isEmpty());
      }
      Shape<?, ?> shape = root;
      boolean tags = false;
      int n = Math.min(a.size(), b.size());
      for (int i = 0; i < n; i++) {
        Object x = a.get(i);
        Object y = b.get(i);
        if (x instanceof Integer && y instanceof Integer) {
          int c = Integer.compare((Integer) x, (Integer) y);
          if (c != 0) {
            return c;
          }
          continue;
        }
        if (!(x instanceof String && y instanceof String)) {
          return x instanceof Integer ? -1 : 1;
        }
        int c = Integer.compare(rank(ea, i, shape), rank(eb, i, shape));
        if (c != 0 || !x.equals(y)) {
          return c;
        }
        if (tags) {
          tags = false; // the tag's value is a translation object, of the shape already found
        } else {
          Member<?, ?> member = shape == null ? null : shape.member((String) x);
          tags = member != null && member.kind == Kind.TRANSLATIONS;
          shape = member == null ? null : member.shape;
        }
      }
      return Integer.compare(a.size(), b.size());
    };
  }

  /** Where the member at depth {@code i} of a problem's path stands among its object's members. */
  private int rank(Entry e, int i, @Nullable Shape<?, ?> shape) {
    List<String> read = readOrders.isEmpty() ? null : readOrder().get(e.path().subList(0, i));
    if (read != null) {
      return e.occurrence() >= 0 && i == e.path().size() - 1
          ? e.occurrence() : read.indexOf(e.path().get(i));
    }
    int position = shape == null ? -1 : shape.position((String) e.path().get(i));
    // Unknown members follow the known ones, in the order found.
    return position < 0 ? Integer.MAX_VALUE : position;
  }
}
