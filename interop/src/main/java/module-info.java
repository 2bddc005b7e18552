/**
 * Other formats, in and out, for the Coproduce model: frab / c3voc schedule import; exports as
 * schema.org JSON-LD, CSV tables, iCalendar and GraphML, each returning an {@link
 * org.coproduce.interop.Export} with its warnings; a programme as an HTML page or a text report.
 */
module org.coproduce.interop {
  requires transitive org.coproduce.model;
  requires transitive org.coproduce.json;
  requires tools.jackson.dataformat.csv;
  requires ical4j.core;
  requires org.jgrapht.core;
  requires org.jgrapht.io;
  requires org.slf4j;
  requires org.jsoup;
  requires static org.jspecify;

  exports org.coproduce.interop;
  exports org.coproduce.interop.csv;
  exports org.coproduce.interop.frab;
  exports org.coproduce.interop.graph;
  exports org.coproduce.interop.ical;
  exports org.coproduce.interop.page;
  exports org.coproduce.interop.report;
  exports org.coproduce.interop.schemaorg;
}
