/**
 * Other formats, in and out, for the Coproduce model: frab / c3voc schedule import and schema.org
 * JSON-LD export, and a programme as an HTML page.
 */
module org.coproduce.interop {
  requires transitive org.coproduce.model;
  requires transitive org.coproduce.json;
  requires org.slf4j;
  requires org.jsoup;
  requires org.jgrapht.core;
  requires static org.jspecify;

  exports org.coproduce.interop.frab;
  exports org.coproduce.interop.schemaorg;
  exports org.coproduce.interop.page;
}
