/**
 * The {@code coproduce} command: validate, format, convert, import, report and ask programme
 * documents from a terminal or a build. Run as {@code java -jar coproduce.jar}; its only public
 * type is the entry point, {@link org.coproduce.cli.Coproduce}.
 */
module org.coproduce.cli {
  requires org.coproduce.interop;
  requires info.picocli;
  requires static org.jspecify;

  opens org.coproduce.cli to info.picocli;
}
