/**
 * The Coproduce domain model: immutable, validated and queryable co-production programmes.
 *
 * <p>This module knows no JSON; the wire format lives in {@code org.coproduce.json}.
 */
// The qualified export names the json module, which depends on this one and so is not there when
// this one is compiled.
@SuppressWarnings("module")
module org.coproduce.model {
  requires static org.immutables.value.annotations;
  requires static transitive org.jspecify;

  exports org.coproduce.model;
  // Helpers shared with the JSON module only; not part of the API.
  exports org.coproduce.model.internal to org.coproduce.json;
}
