package org.coproduce.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Affiliates of an organisation: directly, or with its sub-organisations at any depth. */
class AffiliatesWithinTest {
  private static Organisation organisation(String id, String parent) {
    Organisation.Builder b = Organisation.builder().id(id).name(id.toUpperCase(Locale.ROOT))
        .sector(Sector.PUBLIC);
    return parent == null ? b.build() : b.parent(parent).build();
  }

  private static Participant participant(String id, String... organisations) {
    Participant.Builder b = Participant.builder().id(id).name(id);
    for (String o : organisations) {
      b.addAffiliation(Affiliation.builder().organisation(o).build());
    }
    return b.build();
  }

  // city > housing > tenants; health stands apart.
  private static final Programme PROGRAMME = Programme.builder().id("p").name("P")
      .addOrganisations(organisation("city", null), organisation("housing", "city"),
          organisation("tenants", "housing"), organisation("health", null))
      .addParticipants(participant("ana", "tenants"), participant("ben", "city"),
          participant("cy", "health"), participant("dee", "housing", "city"),
          participant("eve", "health", "tenants"))
      .build();

  private static List<String> ids(List<Participant> participants) {
    return participants.stream().map(Participant::id).toList();
  }

  @Test
  void affiliatesOfCountsDirectAffiliationsOnly() {
    assertThat(ids(PROGRAMME.affiliatesOf("city"))).containsExactly("ben", "dee");
    assertThat(ids(PROGRAMME.affiliatesOf("housing"))).containsExactly("dee");
  }

  @Test
  void affiliatesWithinCountsEverySubOrganisationAtAnyDepthEachOnceInProgrammeOrder() {
    assertThat(ids(PROGRAMME.affiliatesWithin("city")))
        .containsExactly("ana", "ben", "dee", "eve");
    assertThat(ids(PROGRAMME.affiliatesWithin("housing"))).containsExactly("ana", "dee", "eve");
    assertThat(ids(PROGRAMME.affiliatesWithin("tenants"))).containsExactly("ana", "eve");
    assertThat(ids(PROGRAMME.affiliatesWithin("health"))).containsExactly("cy", "eve");
  }

  @Test
  void anUnknownOrganisationHasNoAffiliates() {
    assertThat(PROGRAMME.affiliatesWithin("nobody")).isEmpty();
  }
}
