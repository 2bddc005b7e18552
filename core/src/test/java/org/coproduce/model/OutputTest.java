package org.coproduce.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.model.Problems.at;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of an {@link Output} and the questions about outputs. */
class OutputTest {
  private static Programme.Builder withParts() {
    return Fixtures.programme()
        .addOrganisations(Fixtures.org("gm"), Fixtures.org("uni"))
        .addParticipants(Fixtures.person("ana"), Fixtures.person("ben"), Fixtures.person("cy"))
        .addConferences(Fixtures.conference("c1").build(), Fixtures.conference("c2").build())
        .addVisits(Fixtures.visit("v1", "c1").build(), Fixtures.visit("v2", "c2").build());
  }

  @Test
  void outputKindsAreTheFormatsTen() {
    assertThat(OutputKind.values()).extracting(Enum::name).containsExactly("REPORT", "ARTICLE",
        "BLOG_POST", "SOCIAL_POST", "PRESENTATION", "VIDEO", "PODCAST", "TOOLKIT", "DATASET",
        "OTHER");
  }

  @Test
  void checksItsOwnMembers() {
    assertThat(Problems.of(() -> Output.builder().id("Bad").title(" ").kind(OutputKind.VIDEO)
            .addAuthors("ana", "ben", "ana")
            .addOrganisations("gm", "gm")
            .url("ftp://example.org")
            .language("en_GB")
            .addConferences("c1", "c1")
            .addVisits("v1", "v2", "v1")
            .summary("\udc00")
            .build()))
        .containsExactly(
            at("\"Bad\" is not an id: lowercase ASCII letters and digits in words joined by single"
                + " hyphens", "id"),
            at("must not be blank", "title"),
            at("repeats \"ana\"", "authors", 2),
            at("repeats \"gm\"", "organisations", 1),
            at("\"ftp://example.org\" is not an absolute http or https URL with a host", "url"),
            at("\"en_GB\" is not a well-formed BCP 47 language tag", "language"),
            at("repeats \"c1\"", "conferences", 1),
            at("repeats \"v1\"", "visits", 2),
            at("holds an unpaired surrogate at character 0: text must be valid Unicode",
                "summary"));
  }

  @Test
  void requiresIdTitleAndKind() {
    assertThat(Problems.of(() -> Output.builder().build()))
        .containsExactly(
            at("is required and must not be null", "id"),
            at("is required and must not be null", "title"),
            at("is required and must not be null", "kind"));
  }

  @Test
  void referencesMustResolveAndIdsMustNotRepeat() {
    assertThat(Problems.of(() -> withParts()
            .addOutput(Fixtures.output("o").addAuthors("ana", "zed").addOrganisation("nowhere")
                .addConferences("c2", "c9").addVisit("v7").build())
            .addOutput(Fixtures.output("p").build())
            .addOutput(Fixtures.output("o").build())
            .build()))
        .containsExactly(
            at("no participant with id \"zed\"", "outputs", 0, "authors", 1),
            at("no organisation with id \"nowhere\"", "outputs", 0, "organisations", 0),
            at("no conference with id \"c9\"", "outputs", 0, "conferences", 1),
            at("no visit with id \"v7\"", "outputs", 0, "visits", 0),
            at("repeats the output id \"o\" of item 0", "outputs", 2, "id"));
  }

  @Test
  void answersWhoAuthoredWhatAndWhatCameFromWhere() {
    Output report = Fixtures.output("report").addAuthors("ana", "ben")
        .addConferences("c1", "c2").addVisit("v1").build();
    Output post = Fixtures.output("post").kind(OutputKind.BLOG_POST).addAuthor("ben")
        .addVisits("v2", "v1").build();
    Output video = Fixtures.output("video").kind(OutputKind.VIDEO).addOrganisation("gm")
        .addConference("c2").build();
    Programme p = withParts().addOutputs(report, post, video).build();

    assertThat(p.outputsBy("ana")).containsExactly(report);
    assertThat(p.outputsBy("ben")).containsExactly(report, post);
    assertThat(p.outputsBy("cy")).isEmpty();
    assertThat(p.outputsBy("nobody")).isEmpty();
    assertThat(p.outputsAbout("c1")).containsExactly(report);
    assertThat(p.outputsAbout("c2")).containsExactly(report, video);
    assertThat(p.outputsAbout("nowhere")).isEmpty();
    assertThat(p.outputsAboutVisit("v1")).containsExactly(report, post);
    assertThat(p.outputsAboutVisit("v2")).containsExactly(post);
    assertThat(p.outputsAboutVisit("c1")).isEmpty();
  }

  @Test
  void answersCannotBeChanged() {
    Programme p = withParts().addOutput(Fixtures.output("o").addAuthor("ana").addConference("c1")
        .addVisit("v1").build()).build();
    for (List<Output> answer : List.of(p.outputsBy("ana"), p.outputsAbout("c1"),
        p.outputsAboutVisit("v1"), p.outputsBy("ben"))) {
      assertThat(answer).isUnmodifiable();
    }
  }

  @Test
  void anOutputIsAValueWithAReadableForm() {
    Output a = Fixtures.output("o").addAuthor("ana").published(PartialDate.parse("2019-03"))
        .build();
    Output b = Fixtures.output("o").addAuthor("ana").published(PartialDate.parse("2019-03"))
        .build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.withKind(OutputKind.DATASET)).isNotEqualTo(a);
    assertThat(a.toString()).startsWith("Output{id=o, title=t, kind=REPORT, authors=[ana]")
        .contains("published=2019-03");
  }
}
