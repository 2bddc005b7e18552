package org.coproduce.interop.page;

import org.coproduce.model.Programme;

/**
 * The names the page shows for the things the programme refers to by id. A programme resolves
 * every reference it holds, so the id itself is shown only where a caller passes one it lacks.
 */
final class Names {
  private final Programme programme;
  private final Texts texts;

  Names(Programme programme, Texts texts) {
    this.programme = programme;
    this.texts = texts;
  }

  String organisation(String id) {
    return programme.organisation(id).map(o -> texts.name(o).text()).orElse(id);
  }

  String participant(String id) {
    return programme.participant(id).map(p -> p.name()).orElse(id);
  }

  String conference(String id) {
    return programme.conference(id).map(c -> texts.name(c).text()).orElse(id);
  }
}
