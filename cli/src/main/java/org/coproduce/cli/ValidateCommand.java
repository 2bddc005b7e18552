package org.coproduce.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.coproduce.json.DocumentException;
import org.coproduce.json.DocumentProblem;
import org.coproduce.json.ProgrammeJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code coproduce validate}: checks documents, for people or for programs. */
@Command(name = "validate", sortOptions = false,
    description = {"Check programme documents against the format.", "",
        "Text output: FILE: OK, or FILE: N problems and then each problem as"
            + "   POINTER: MESSAGE (\"\" is the whole document).",
        "JSON output: one line per file: {\"file\": ..., \"valid\": true|false, \"problems\":"
            + " [{\"pointer\": ..., \"message\": ...}]}.",
        "A file that cannot be read gets one line on the error stream, and the others are still"
            + " checked."},
    footer = {"", "Exit status: 0 every file is valid; 1 some file is not; 2 some file could not"
        + " be read, or the arguments are wrong."})
final class ValidateCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--strict",
      description = "Members the format does not define are problems too.")
  private boolean strict;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      completionCandidates = Formats.class,
      description = "text (the default) for people, json for programs.")
  private String format = "text";

  @Parameters(paramLabel = "FILE", arity = "1..*",
      description = "The documents to check; - is the standard input.")
  private List<String> files = List.of();

  /** The values of {@code --format}. */
  static final class Formats extends java.util.ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Formats() {
      super(List.of("text", "json"));
    }
  }

  @Override
  public Integer call() {
    if (!new Formats().contains(format)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--format must be text or json, not '" + format + "'");
    }
    ProgrammeJson json = strict ? ProgrammeJson.builder().strict(true).build()
        : ProgrammeJson.create();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int status = Coproduce.OK;
    for (String file : files) {
      status = Math.max(status, check(json, file, out, err));
    }
    return status;
  }

  private int check(ProgrammeJson json, String file, PrintWriter out, PrintWriter err) {
    List<DocumentProblem> problems;
    try (InputStream in = Inputs.open(file, err)) {
      json.read(in);
      problems = List.of();
    } catch (DocumentException e) {
      problems = e.problems();
    } catch (Trouble e) {
      err.println(spec.qualifiedName() + ": " + e.getMessage());
      return Coproduce.TROUBLE;
    } catch (UncheckedIOException e) {
      err.println(spec.qualifiedName() + ": " + file + ": cannot read: "
          + Outputs.reason(e.getCause()));
      return Coproduce.TROUBLE;
    } catch (IOException e) {
      err.println(spec.qualifiedName() + ": " + file + ": cannot close: " + Outputs.reason(e));
      return Coproduce.TROUBLE;
    }
    if (format.equals("json")) {
      Problems.json(out, file, problems);
    } else {
      Problems.text(out, file, problems);
    }
    out.flush();
    return problems.isEmpty() ? Coproduce.OK : Coproduce.INVALID;
  }
}
