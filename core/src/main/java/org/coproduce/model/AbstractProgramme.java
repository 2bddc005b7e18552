package org.coproduce.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The aggregate root: a named co-production effort, its lead organisations and funders, its
 * themes, and its organisations, participants, conferences, visits, quotes and outputs, in the
 * language it names, with translations. Build it with {@code Programme.builder()}.
 *
 * <p>A programme that exists is valid: building one checks every rule of its own members and of
 * the whole programme (unique ids, references that resolve, no loop of parent organisations,
 * strands, sessions and participations that refer within their own conference, session dates
 * within their conference's dates, no repeated participation, no translation into the language of
 * the original text) and reports every problem at once in a {@link ValidationException}. {@code
 * with*} copies are checked again.
 *
 * <p>The question methods ({@link #rolesOf(String)}, {@link #sectorMix(String)}...) answer from
 * an index built once, on the first question, safely across threads; each then costs time in
 * proportion to its answer. They take ids and return empty answers for ids the programme lacks.
 *
 * <p>The text members of every object can be read in the languages a reader prefers: get a {@link
 * LanguagePreference} from {@link #preferring(String...)} and pass it to them, as in {@code
 * session.title(reader)}.
 */
@Value.Immutable
abstract class AbstractProgramme extends ProgrammeQuestions {
  /**
   * The language of the programme's text: of every text member of every object in it, except
   * where an object names its own ({@link Quote#language()}, {@link Output#language()}). Without
   * it, the language of the text is unknown.
   *
   * @return the BCP 47 language tag, such as {@code en}, or empty
   */
  public abstract Optional<String> language();

  /**
   * The programme's id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The programme's name, such as "Realising Just Cities"; not blank.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * A summary.
   *
   * @return the summary, or empty
   */
  public abstract Optional<String> summary();

  /**
   * When the programme runs.
   *
   * @return the period, or empty
   */
  public abstract Optional<DateRange> period();

  /**
   * The ids of the lead organisations.
   *
   * @return the lead ids
   */
  public abstract List<String> leads();

  /**
   * The ids of the funding organisations.
   *
   * @return the funder ids
   */
  public abstract List<String> funders();

  /**
   * Keywords such as "co-production", each once.
   *
   * @return the themes
   */
  public abstract List<String> themes();

  /**
   * Hashtags without {@code #}, such as "CoProduceGM", none repeated ignoring case.
   *
   * @return the hashtags
   */
  public abstract List<String> hashtags();

  /**
   * The UN Sustainable Development Goals (1 to 17) the programme supports, each once.
   *
   * @return the goal numbers
   */
  public abstract List<Integer> sdgs();

  /**
   * Every organisation the programme refers to.
   *
   * @return the organisations
   */
  public abstract List<Organisation> organisations();

  /**
   * Every person who takes part.
   *
   * @return the participants
   */
  public abstract List<Participant> participants();

  /**
   * The conferences the programme takes part in, in the order given.
   *
   * @return the conferences
   */
  public abstract List<Conference> conferences();

  /**
   * The peer-learning visits the programme supports.
   *
   * @return the visits
   */
  public abstract List<Visit> visits();

  /**
   * Words attributed to participants.
   *
   * @return the quotes
   */
  public abstract List<Quote> quotes();

  /**
   * What the programme produced or published: reports, articles, posts, talks.
   *
   * @return the outputs
   */
  public abstract List<Output> outputs();

  /**
   * Translations of {@code name} and {@code summary}, by BCP 47 language tag, in the order
   * given; no tag repeats ignoring case or is the language of the original text.
   *
   * @return language tag to translation, empty by default
   */
  public abstract Map<String, ProgrammeTranslation> translations();

  /**
   * Members of a document that the model does not know, and the newer format version they came
   * with.
   *
   * @return the extensions, empty by default
   */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /**
   * The name in the language the reader prefers most among those it is available in, else the
   * original name.
   *
   * @param reader the languages the reader prefers
   * @return the name, translated or original, with its language where known
   */
  public LocalizedText name(LanguagePreference reader) {
    Objects.requireNonNull(reader, "reader");
    return reader.choose(name(), language(), translations(), ProgrammeTranslation::name);
  }

  /**
   * The summary in the language the reader prefers most among those it is available in, else the
   * original summary.
   *
   * @param reader the languages the reader prefers
   * @return the summary, translated or original, with its language where known; empty if none
   */
  public Optional<LocalizedText> summary(LanguagePreference reader) {
    Objects.requireNonNull(reader, "reader");
    return summary().map(
        text -> reader.choose(text, language(), translations(), ProgrammeTranslation::summary));
  }

  @Value.Check
  void check() {
    Checks checks = new Checks();
    checks.language("language", language());
    checks.id("id", id());
    checks.requiredText("name", name());
    checks.text("summary", summary());
    checks.textList("themes", themes());
    checks.hashtags("hashtags", hashtags());
    checks.sdgs("sdgs", sdgs());
    checks.translations(translations(), language(),
        t -> Checks.lacking("summary", summary(), t.summary()));
    List<Problem> problems = checks.problems();
    ProgrammeValidator validator = ProgrammeValidator.of((Programme) this);
    List<Problem> wide = validator.problems();
    if (!wide.isEmpty()) {
      // Both lists are in member order; merge them so that the whole is in member order too.
      problems = new ArrayList<>(problems);
      problems.addAll(wide);
      problems.sort(Comparator.comparingInt(AbstractProgramme::memberRank));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    keep(validator.resolved());
  }

  private static final List<String> MEMBER_ORDER = List.of("language", "id", "name", "summary",
      "period", "leads", "funders", "themes", "hashtags", "sdgs", "organisations", "participants",
      "conferences", "visits", "quotes", "outputs", "translations");

  private static int memberRank(Problem problem) {
    return problem.path().isEmpty()
        ? MEMBER_ORDER.size()
        : MEMBER_ORDER.indexOf(problem.path().get(0));
  }
}
