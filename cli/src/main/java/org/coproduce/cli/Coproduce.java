package org.coproduce.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code coproduce} command: checks, rewrites, converts, imports, reports on and asks questions
 * of programme documents. Each subcommand's {@code --help} gives its usage; {@code docs/cli.md}
 * gives the contract.
 *
 * <p>Exit status, for every command: {@value #OK} on success; {@value #INVALID} when a document is
 * refused (bad JSON, bad UTF-8, over the limits, or invalid), its problems then printed; {@value
 * #TROUBLE} when a file cannot be read or written, or the arguments are wrong, with one line on
 * the error stream. A stack trace is printed only with {@code --debug}. Text is UTF-8.
 */
@Command(name = "coproduce", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
    versionProvider = Coproduce.Version.class, sortOptions = false,
    description = "Validate, format, convert, import, report on and ask programme documents.",
    subcommands = {ValidateCommand.class, FormatCommand.class, ConvertCommand.class,
        ImportCommand.class, ReportCommand.class, AskCommand.class},
    footer = {"", "Exit status: 0 success; 1 a document was refused (its problems are printed);"
        + " 2 a file could not be read or written, or the arguments are wrong."})
public final class Coproduce implements Callable<Integer> {
  /** Exit status: the command did what it was asked. */
  public static final int OK = 0;

  /** Exit status: a document was refused; its problems were printed. */
  public static final int INVALID = 1;

  /** Exit status: a file could not be read or written, or the arguments are wrong. */
  public static final int TROUBLE = 2;

  @Spec
  private CommandSpec spec;

  /** Declared for the parser and the help; {@link #run} reads it from the arguments themselves. */
  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Print the stack trace of a failure.")
  private boolean debugOption;

  /** Whether {@code --debug} stands among the options, wherever it stands. */
  private boolean debug;

  private final OutputStream stdout;
  private final PrintWriter out;
  private final PrintWriter err;

  /** The command on the process's own standard output and error streams. */
  public Coproduce() {
    stdout = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
    err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
        StandardCharsets.UTF_8), true);
  }

  /**
   * Runs the command and exits with its status.
   *
   * @param args a command and its arguments, as {@code coproduce --help} lists them
   */
  public static void main(String[] args) {
    System.exit(new Coproduce().run(args));
  }

  private int run(String... args) {
    List<String> options = List.of(args);
    debug = (options.contains("--") ? options.subList(0, options.indexOf("--")) : options)
        .contains("--debug");
    CommandLine line = new CommandLine(this)
        .setOut(out)
        .setErr(err)
        .setParameterExceptionHandler(this::wrongArguments)
        .setExecutionExceptionHandler(this::failed);
    UsageMessageSpec ask = line.getSubcommands().get("ask").getCommandSpec().usageMessage();
    List<String> description = new ArrayList<>(List.of(ask.description()));
    description.addAll(List.of(AskCommand.questionHelp()));
    ask.description(description.toArray(String[]::new));
    int status;
    try {
      status = line.execute(args);
    } catch (OutOfMemoryError e) {
      status = failed(e, "not enough memory (give Java more with COPRODUCE_JAVA_OPTS=-Xmx2g)");
    } catch (StackOverflowError e) {
      status = failed(e, "not enough stack (give Java more with COPRODUCE_JAVA_OPTS=-Xss8m)");
    }
    out.flush();
    if (out.checkError() && status != TROUBLE) {
      err.println("coproduce: cannot write to the standard output");
      status = TROUBLE;
    }
    err.flush();
    return status;
  }

  /** Without a subcommand, the arguments are wrong. */
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing command: "
        + String.join(", ", spec.subcommands().keySet()));
  }

  /** Where results go. */
  Outputs outputs() {
    return new Outputs(stdout, out);
  }

  private int wrongArguments(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    String name = command.getCommandSpec().qualifiedName();
    err.println(name + ": " + e.getMessage().strip().replaceAll("\\s*\\R\\s*", "; ")
        + " (see '" + name + " --help')");
    if (debug) {
      e.printStackTrace(err);
    }
    return TROUBLE;
  }

  private int failed(Exception e, CommandLine command, ParseResult parsed) {
    String name = command.getCommandSpec().qualifiedName();
    if (e instanceof Refused) {
      if (debug) {
        e.printStackTrace(err);
      }
      return INVALID;
    }
    if (e instanceof ParameterException wrong) {
      return wrongArguments(wrong, new String[0]);
    }
    String message = e instanceof Trouble ? e.getMessage()
        : e instanceof UncheckedIOException io ? Outputs.reason(io.getCause())
        : e instanceof IOException io ? Outputs.reason(io)
        : "failed unexpectedly: " + e + (debug ? "" : " (--debug shows where)");
    err.println(name + ": " + message);
    if (debug) {
      e.printStackTrace(err);
    }
    return TROUBLE;
  }

  private int failed(Error e, String message) {
    err.println("coproduce: " + message);
    if (debug) {
      e.printStackTrace(err);
    }
    return TROUBLE;
  }

  /** The version of the command, from the build. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = Coproduce.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {"coproduce " + properties.getProperty("version", "(unknown version)")};
    }
  }
}
