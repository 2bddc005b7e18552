/**
 * The examples, as a named module: compiling them checks that the published modules export all a
 * modular application needs.
 */
module org.coproduce.examples {
  requires org.coproduce.json;
  requires org.coproduce.interop;
  requires static org.jspecify;
}
