package org.coproduce.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.coproduce.interop.frab.FrabSchedule;
import org.coproduce.interop.frab.ScheduleImport;
import org.coproduce.json.ProgrammeJson;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code coproduce import}: a document from another format. */
@Command(name = "import", subcommands = ImportCommand.Frab.class,
    description = "Make a programme document from another format.")
final class ImportCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @ParentCommand
  private Coproduce root;

  /** Without a format, the arguments are wrong. */
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing format: frab");
  }

  /** {@code coproduce import frab}: a frab, pretalx or c3voc schedule as a programme document. */
  @Command(name = "frab", sortOptions = false,
      description = {"Import a conference schedule exported by frab, pretalx or the c3voc tools"
          + " (schedule.json) as a programme with one conference. What cannot be mapped is"
          + " listed on the error stream, one warning a line."},
      footer = {"", "Exit status: 0 imported; 1 the input is not a schedule; 2 a file could not"
          + " be read or written, or the arguments are wrong."})
  static final class Frab implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @ParentCommand
    private ImportCommand parent;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
        description = "The programme document to write; the standard output without it.")
    private @Nullable String output;

    @Parameters(paramLabel = "FILE", description = "The schedule; - is the standard input.")
    private String file = Inputs.STDIN;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      ScheduleImport imported = Inputs.read(file, err, FrabSchedule::read);
      for (String warning : imported.warnings()) {
        err.println(spec.qualifiedName() + ": warning: " + warning);
      }
      err.flush();
      parent.root.outputs().write(output == null ? null : Outputs.path(output), out -> {
        ProgrammeJson.create().write(imported.programme(), out);
        out.write('\n');
      });
      return Coproduce.OK;
    }
  }
}
