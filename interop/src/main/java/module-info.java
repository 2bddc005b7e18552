/**
 * Other formats, in and out, for the Coproduce model: frab / c3voc schedule import and schema.org
 * JSON-LD export.
 */
module org.coproduce.interop {
  requires transitive org.coproduce.model;
  requires transitive org.coproduce.json;
  requires org.slf4j;
  requires static org.jspecify;

  exports org.coproduce.interop.frab;
  exports org.coproduce.interop.report;
  exports org.coproduce.interop.schemaorg;
}
