package org.coproduce.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.coproduce.interop.report.TextReport;
import org.coproduce.json.ProgrammeJson;
import org.coproduce.model.Programme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code coproduce report}: a document as a report for people. */
@Command(name = "report", sortOptions = false,
    description = {"Print a report on a programme: its conferences in date order, sector mixes,"
        + " who takes part where and in which role, facilitators, quotes, visits, outputs and"
        + " organisations. For people: the layout may change between versions (scripts use"
        + " ask)."},
    footer = {"", "Exit status: 0 printed; 1 the document was refused; 2 the file could not be"
        + " read, or the arguments are wrong."})
final class ReportCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--lang", paramLabel = "TAGS", split = ",",
      description = "Preferred languages, best first (ca-ES,es,en): text in the first one that"
          + " has it, else the original.")
  private List<String> languages = new ArrayList<>();

  @Parameters(paramLabel = "FILE", description = "The document; - is the standard input.")
  private String file = Inputs.STDIN;

  @Override
  public Integer call() {
    List<String> ranges = Languages.check(spec, languages);
    Programme programme = Inputs.read(file, ProgrammeJson.create(), spec.commandLine().getErr());
    spec.commandLine().getOut().print(TextReport.of(programme,
        programme.preferring(ranges.toArray(String[]::new))));
    return Coproduce.OK;
  }
}
