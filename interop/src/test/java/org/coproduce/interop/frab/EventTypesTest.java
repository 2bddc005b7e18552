package org.coproduce.interop.frab;

import static org.assertj.core.api.Assertions.assertThat;

import org.coproduce.model.SessionKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventTypesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "lecture | PRESENTATION",
      "Talk | PRESENTATION",
      "TALK | PRESENTATION",
      "Talk 30 min + 10min Q&A | PRESENTATION",
      "LightningTalk 15min 10min Q&A | PRESENTATION",
      "LIGHTNING_TALK | PRESENTATION",
      "Presentation | PRESENTATION",
      "workshop | WORKSHOP",
      "Workshop 110min | WORKSHOP",
      "HANDS-ON | WORKSHOP",
      "MEETING | DISCUSSION",
      "discussion | DISCUSSION",
      "Round table | DISCUSSION",
      "BoF | DISCUSSION",
      "panel | PANEL",
      "Panel discussion | PANEL",
      "Keynote | KEYNOTE",
      "keynote talk | KEYNOTE",
      "Plenary | PLENARY",
      "field trip | FIELD_TRIP",
      "field-trip | FIELD_TRIP",
      "Excursion | FIELD_TRIP",
      "Other | OTHER",
      "OTHER | OTHER"})
  void mapsEventTypesToSessionKinds(String type, SessionKind kind) {
    assertThat(EventTypes.kindOf(type)).hasValue(kind);
  }

  @ParameterizedTest
  @ValueSource(strings = {"performance", "CONCERT", "GAME", "BREAK", "meta", "", "42"})
  void findsNoKindInOtherTypes(String type) {
    assertThat(EventTypes.kindOf(type)).isEmpty();
  }
}
