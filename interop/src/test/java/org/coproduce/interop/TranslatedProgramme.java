package org.coproduce.interop;

import org.coproduce.model.Conference;
import org.coproduce.model.ConferenceTranslation;
import org.coproduce.model.Output;
import org.coproduce.model.OutputKind;
import org.coproduce.model.OutputTranslation;
import org.coproduce.model.Participant;
import org.coproduce.model.Programme;
import org.coproduce.model.Session;
import org.coproduce.model.SessionKind;
import org.coproduce.model.SessionTranslation;

/**
 * A small programme in English with what format 1.1 adds: a conference and a session translated
 * into Spanish (the session into Catalan too), and an output with an author and a Spanish title.
 */
public final class TranslatedProgramme {
  private TranslatedProgramme() {}

  public static Programme programme() {
    return Programme.builder().id("rjc").name("Just cities").language("en")
        .addParticipants(Participant.builder().id("ana").name("Ana").build())
        .addConference(Conference.builder().id("bcn").name("Democracy conference")
            .putTranslation("es", ConferenceTranslation.builder()
                .name("Congreso de democracia").build())
            .addSession(Session.builder().id("opening").title("Opening")
                .kind(SessionKind.PLENARY)
                .putTranslation("es", SessionTranslation.builder().title("Apertura").build())
                .putTranslation("ca", SessionTranslation.builder().title("Obertura").build())
                .build())
            .build())
        .addOutputs(Output.builder().id("report").title("What we learnt")
            .kind(OutputKind.REPORT).addAuthors("ana").addConferences("bcn")
            .putTranslation("es", OutputTranslation.builder().title("Lo aprendido").build())
            .build())
        .build();
  }
}
