package org.coproduce.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.coproduce.interop.Export;
import org.coproduce.interop.ExportOptions;
import org.coproduce.interop.csv.CsvTables;
import org.coproduce.interop.graph.GraphMl;
import org.coproduce.interop.ical.ICalendar;
import org.coproduce.interop.page.PageOptions;
import org.coproduce.interop.page.ProgrammePage;
import org.coproduce.interop.schemaorg.SchemaOrg;
import org.coproduce.json.ProgrammeJson;
import org.coproduce.model.Programme;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code coproduce convert}: a document in another format. */
@Command(name = "convert", sortOptions = false,
    description = {"Convert a document to JSON-LD, CSV, iCalendar, GraphML or HTML.", "",
        "  jsonld   schema.org JSON-LD",
        "  csv      CSV tables, one per type and relation: OUT is a folder or a .zip",
        "  ics      iCalendar: the conferences and sessions known to the day",
        "  graphml  GraphML: the network of who takes part where",
        "  html     one self-contained HTML page",
        "", "What the target format cannot carry is listed on the error stream."},
    footer = {"", "Exit status: 0 converted; 1 the document was refused; 2 a file could not be"
        + " read or written, or the arguments are wrong."})
final class ConvertCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @ParentCommand
  private Coproduce root;

  @Option(names = "--to", required = true, paramLabel = "FORMAT",
      completionCandidates = Targets.class,
      description = "jsonld, csv, ics, graphml or html.")
  private String to = "";

  @Option(names = "--lang", paramLabel = "TAGS", split = ",",
      description = "Preferred languages, best first (ca-ES,es,en): text in the first one that"
          + " has it, else the original. html takes several, csv, ics and graphml one.")
  private List<String> languages = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "The file (or, for csv, folder or .zip) to write; the standard output"
          + " without it.")
  private @Nullable String output;

  @Parameters(paramLabel = "FILE", description = "The document; - is the standard input.")
  private String file = Inputs.STDIN;

  /** The values of {@code --to}. */
  static final class Targets extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Targets() {
      super(List.of("jsonld", "csv", "ics", "graphml", "html"));
    }
  }

  @Override
  public Integer call() {
    if (!new Targets().contains(to)) {
      throw new ParameterException(spec.commandLine(),
          "--to must be one of jsonld, csv, ics, graphml, html, not '" + to + "'");
    }
    List<String> ranges = Languages.check(spec, languages);
    if (to.equals("jsonld") && !ranges.isEmpty()) {
      throw new ParameterException(spec.commandLine(),
          "--lang does not apply to --to jsonld, which carries every language");
    }
    if (!to.equals("html") && ranges.size() > 1) {
      throw new ParameterException(spec.commandLine(),
          "--to " + to + " takes one language in --lang, not " + ranges.size());
    }
    if (to.equals("csv") && output == null) {
      throw new ParameterException(spec.commandLine(),
          "--to csv writes several tables: give -o FOLDER or -o FILE.zip");
    }
    Programme programme = Inputs.read(file, ProgrammeJson.create(), spec.commandLine().getErr());
    ExportOptions options = ranges.isEmpty() ? ExportOptions.defaults()
        : ExportOptions.defaults().withLanguage(ranges.get(0));
    Outputs outputs = root.outputs();
    @Nullable Path target = output == null ? null : Outputs.path(output);
    List<String> warnings = new ArrayList<>();
    switch (to) {
      case "jsonld" -> text(outputs, target, Export.of(SchemaOrg.jsonLd(programme), List.of()));
      case "ics" -> text(outputs, target, ICalendar.text(programme, options));
      case "graphml" -> text(outputs, target, GraphMl.text(programme, options));
      case "html" -> text(outputs, target,
          Export.of(ProgrammePage.html(programme, PageOptions.defaults().withLanguages(ranges)),
              List.of()));
      default -> {
        Path tables = Objects.requireNonNull(target, "target");
        Path name = tables.getFileName();
        if (name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
          outputs.write(tables,
              out -> warnings.addAll(CsvTables.writeZip(programme, out, options).warnings()));
        } else {
          outputs.writeFolder(tables,
              folder -> warnings.addAll(CsvTables.write(programme, folder, options).warnings()));
        }
      }
    }
    warn(warnings);
    return Coproduce.OK;
  }

  /** Writes a text export, ending in a line break, then its warnings. */
  private void text(Outputs outputs, @Nullable Path target, Export<String> export) {
    String text = export.output();
    outputs.write(target, out -> out.write((text.endsWith("\n") ? text : text + "\n")
        .getBytes(StandardCharsets.UTF_8)));
    warn(export.warnings());
  }

  /** What the target format could not carry, one warning a line on the error stream. */
  private void warn(List<String> warnings) {
    PrintWriter err = spec.commandLine().getErr();
    for (String warning : warnings) {
      err.println(spec.qualifiedName() + ": warning: " + warning);
    }
    err.flush();
  }
}
