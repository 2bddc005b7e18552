package org.coproduce.examples;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.coproduce.json.DocumentException;
import org.coproduce.json.DocumentProblem;
import org.coproduce.json.ProgrammeJson;

/**
 * Checks programme documents against format 1.1, for instance in the build of a service written
 * in another language.
 *
 * <pre>
 * java org.coproduce.examples.Validate [--strict] [--] FILE...
 * </pre>
 *
 * <p>For each file it prints {@code FILE: OK}, or {@code FILE: N problem(s)} followed by every
 * problem on a line of its own as {@code   POINTER: MESSAGE}, where the pointer is a JSON Pointer
 * into the document and {@code ""} stands for the document as a whole. With {@code --strict},
 * members that format 1.1 does not define are problems too.
 *
 * <p>The exit status is 0 when every file is valid, 1 when some file is not, and 2 for a usage
 * error or a file that cannot be read (which is reported on the error stream; the other files are
 * still checked).
 */
public final class Validate {
  /** Every file is a valid document. */
  public static final int VALID = 0;

  /** Some file is not a valid document. */
  public static final int INVALID = 1;

  /** The arguments were wrong, or some file could not be read. */
  public static final int TROUBLE = 2;

  private static final String USAGE = "usage: Validate [--strict] [--] FILE...";

  private Validate() {}

  /**
   * Checks the files and exits with the status described above.
   *
   * @param args {@code --strict} (optional), then the files to check
   */
  public static void main(String[] args) {
    System.exit(run(List.of(args), System.out, System.err));
  }

  /**
   * Checks the files, as {@link #main(String[])} does, without exiting.
   *
   * @param args {@code --strict} (optional), then the files to check
   * @param out where the verdicts and the problems go
   * @param err where usage errors and unreadable files are reported
   * @return {@link #VALID}, {@link #INVALID} or {@link #TROUBLE}
   */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    boolean strict = false;
    boolean options = true;
    List<String> files = new ArrayList<>();
    for (String arg : args) {
      if (options && arg.equals("--")) {
        options = false; // what follows is a file, even if its name starts with "-"
      } else if (options && arg.equals("--strict")) {
        strict = true;
      } else if (options && arg.startsWith("-")) {
        err.println("unknown option " + arg);
        err.println(USAGE);
        return TROUBLE;
      } else {
        files.add(arg);
      }
    }
    if (files.isEmpty()) {
      err.println(USAGE);
      return TROUBLE;
    }
    ProgrammeJson json = strict ? ProgrammeJson.builder().strict(true).build()
        : ProgrammeJson.create();
    int status = VALID;
    for (String file : files) {
      status = Math.max(status, check(json, file, out, err));
    }
    return status;
  }

  private static int check(ProgrammeJson json, String file, PrintStream out, PrintStream err) {
    Path path;
    try {
      path = Paths.get(file);
    } catch (InvalidPathException e) {
      err.println(file + ": cannot read: " + e.getMessage());
      return TROUBLE;
    }
    String unreadable = !Files.exists(path) ? "no such file"
        : Files.isDirectory(path) ? "is a directory"
        : !Files.isReadable(path) ? "permission denied"
        : null;
    if (unreadable != null) {
      err.println(file + ": cannot read: " + unreadable);
      return TROUBLE;
    }
    try {
      json.read(path);
      out.println(file + ": OK");
      return VALID;
    } catch (DocumentException e) {
      List<DocumentProblem> problems = e.problems();
      out.println(file + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
      for (DocumentProblem problem : problems) {
        out.println("  " + (problem.pointer().isEmpty() ? "\"\"" : problem.pointer()) + ": "
            + problem.message());
      }
      return INVALID;
    } catch (UncheckedIOException e) {
      err.println(file + ": cannot read: " + e.getCause().getMessage());
      return TROUBLE;
    }
  }
}
