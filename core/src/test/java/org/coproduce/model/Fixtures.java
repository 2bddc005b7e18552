package org.coproduce.model;

/** Small valid parts from which tests build the programmes they need. */
final class Fixtures {
  private Fixtures() {}

  static Organisation org(String id) {
    return Organisation.builder().id(id).name("Org " + id).sector(Sector.PUBLIC).build();
  }

  static Organisation org(String id, String parent) {
    return Organisation.builder().from(org(id)).parent(parent).build();
  }

  static Participant person(String id) {
    return Participant.builder().id(id).name("Person " + id).build();
  }

  static Conference.Builder conference(String id) {
    return Conference.builder().id(id).name("Conference " + id);
  }

  static Strand strand(String id) {
    return Strand.builder().id(id).title("Strand " + id).build();
  }

  static Session session(String id) {
    return Session.builder().id(id).title("Session " + id).kind(SessionKind.WORKSHOP).build();
  }

  static Participation participation(String participant, Role role) {
    return Participation.builder().participant(participant).role(role).build();
  }

  static Participation participation(String participant, Role role, String session) {
    return Participation.builder().participant(participant).role(role).session(session).build();
  }

  static Visit.Builder visit(String id, String conference) {
    return Visit.builder().id(id).title("Visit " + id).conference(conference);
  }

  static Quote.Builder quote(String id, String speaker) {
    return Quote.builder().id(id).speaker(speaker).text("Words of " + speaker);
  }

  static Place place(String name, String country) {
    return Place.builder().name(name).country(country).build();
  }

  static Output.Builder output(String id) {
    return Output.builder().id(id).title("t").kind(OutputKind.REPORT);
  }

  static Programme.Builder programme() {
    return Programme.builder().id("p").name("Programme");
  }
}
