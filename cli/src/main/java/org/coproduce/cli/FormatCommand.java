package org.coproduce.cli;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.coproduce.json.ProgrammeJson;
import org.coproduce.model.Programme;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code coproduce format}: a document in its canonical form, compact or indented. */
@Command(name = "format", sortOptions = false,
    description = {"Write a document in its canonical form: known members in the format's order,"
        + " null and [] left out, unknown members kept. Compact unless --pretty."},
    footer = {"", "Exit status: 0 written; 1 the document was refused; 2 a file could not be read"
        + " or written, or the arguments are wrong."})
final class FormatCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @ParentCommand
  private Coproduce root;

  @Option(names = "--pretty", description = "Indent by two spaces, one member per line.")
  private boolean pretty;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "The file to write; the standard output without it.")
  private @Nullable String output;

  @Parameters(paramLabel = "FILE", description = "The document; - is the standard input.")
  private String file = Inputs.STDIN;

  @Override
  public Integer call() {
    ProgrammeJson json = ProgrammeJson.builder().pretty(pretty).build();
    Programme programme = Inputs.read(file, json, spec.commandLine().getErr());
    root.outputs().write(output == null ? null : Outputs.path(output), out -> {
      json.write(programme, out);
      out.write("\n".getBytes(StandardCharsets.UTF_8));
    });
    return Coproduce.OK;
  }
}
