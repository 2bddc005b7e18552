package org.coproduce.interop.page;

import org.coproduce.model.LocalizedText;
import org.coproduce.model.Programme;

/**
 * The names the page shows for the things the programme refers to by id, in the reader's
 * languages. A programme resolves every reference it holds (it is validated when built), so a
 * missing one is a broken invariant, not bad input.
 */
final class Names {
  private final Programme programme;
  private final Texts texts;

  Names(Programme programme, Texts texts) {
    this.programme = programme;
    this.texts = texts;
  }

  LocalizedText organisation(String id) {
    return programme.organisation(id).orElseThrow(() -> missing("organisation", id))
        .name(texts.reader());
  }

  String participant(String id) {
    return programme.participant(id).orElseThrow(() -> missing("participant", id)).name();
  }

  LocalizedText conference(String id) {
    return programme.conference(id).orElseThrow(() -> missing("conference", id))
        .name(texts.reader());
  }

  LocalizedText visit(String id) {
    return programme.visits().stream().filter(v -> v.id().equals(id)).findFirst()
        .orElseThrow(() -> missing("visit", id)).title(texts.reader());
  }

  private static IllegalStateException missing(String kind, String id) {
    return new IllegalStateException("the programme refers to " + kind + " \"" + id
        + "\" but holds none");
  }
}
