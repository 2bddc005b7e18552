/**
 * Programme document format 1.1 for the Coproduce model: reader, writer, JSON Schema and a
 * Jackson 3 module.
 */
module org.coproduce.json {
  requires transitive org.coproduce.model;
  requires transitive tools.jackson.core;
  requires transitive tools.jackson.databind;
  requires org.slf4j;
  requires static org.jspecify;

  exports org.coproduce.json;

  // JsonMapper.builder().findAndAddModules() finds the format's module.
  provides tools.jackson.databind.JacksonModule with org.coproduce.json.ProgrammeModule;
}
