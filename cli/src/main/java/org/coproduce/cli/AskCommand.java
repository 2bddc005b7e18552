package org.coproduce.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.coproduce.json.ProgrammeJson;
import org.coproduce.model.Programme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code coproduce ask}: one question of the model, one answer item a line. */
@Command(name = "ask", sortOptions = false,
    description = {"Ask a programme one question. Each answer item is one line of fields"
        + " separated by tabs (a tab, line break or backslash inside a field is written \\t,"
        + " \\n, \\r or \\\\); an empty answer prints nothing. Ids the programme lacks are an"
        + " error.", "", "Questions and what each line holds:"},
    footer = {"", "Exit status: 0 answered; 1 the document was refused; 2 the file could not be"
        + " read, an id is not in the programme, or the arguments are wrong."})
final class AskCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The document; - is the standard"
      + " input.")
  private String file = Inputs.STDIN;

  @Parameters(index = "1", paramLabel = "QUESTION", completionCandidates = Questions.Names.class,
      description = "One of the questions below.")
  private String question = "";

  @Parameters(index = "2..*", paramLabel = "ARG", description = "The question's ids.")
  private List<String> arguments = new ArrayList<>();

  /** The questions, listed in the help. */
  static String[] questionHelp() {
    return Questions.all().stream()
        .map(q -> "  " + q.name() + (q.arguments().isEmpty() ? "" : " " + q.arguments())
            + "%n      " + q.asks() + "%n      each line: " + q.fields())
        .toArray(String[]::new);
  }

  @Override
  public Integer call() {
    Questions.Question asked = Questions.named(question).orElseThrow(() ->
        new ParameterException(spec.commandLine(), "Unknown question '" + question + "': ask "
            + Questions.all().stream().map(Questions.Question::name)
                .collect(Collectors.joining(", "))));
    int count = arguments.size();
    if (count < asked.required() || count - asked.required() > asked.optional()) {
      throw new ParameterException(spec.commandLine(), asked.name()
          + (asked.arguments().isEmpty() ? " takes no argument" : " takes " + asked.arguments()));
    }
    Programme programme = Inputs.read(file, ProgrammeJson.create(), spec.commandLine().getErr());
    PrintWriter out = spec.commandLine().getOut();
    for (String line : asked.answer().apply(programme, List.copyOf(arguments))) {
      out.println(line);
    }
    return Coproduce.OK;
  }
}
