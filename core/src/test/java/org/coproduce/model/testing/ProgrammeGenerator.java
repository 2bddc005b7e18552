package org.coproduce.model.testing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.coproduce.model.Affiliation;
import org.coproduce.model.Conference;
import org.coproduce.model.ConferenceTranslation;
import org.coproduce.model.Coordinates;
import org.coproduce.model.DateRange;
import org.coproduce.model.Organisation;
import org.coproduce.model.OrganisationTranslation;
import org.coproduce.model.Output;
import org.coproduce.model.OutputKind;
import org.coproduce.model.OutputTranslation;
import org.coproduce.model.PartialDate;
import org.coproduce.model.Participant;
import org.coproduce.model.Participation;
import org.coproduce.model.Place;
import org.coproduce.model.PlaceTranslation;
import org.coproduce.model.Programme;
import org.coproduce.model.ProgrammeTranslation;
import org.coproduce.model.Quote;
import org.coproduce.model.QuoteTranslation;
import org.coproduce.model.Role;
import org.coproduce.model.Sector;
import org.coproduce.model.Session;
import org.coproduce.model.SessionKind;
import org.coproduce.model.SessionTranslation;
import org.coproduce.model.Source;
import org.coproduce.model.Strand;
import org.coproduce.model.StrandTranslation;
import org.coproduce.model.Visit;
import org.coproduce.model.VisitTranslation;

/**
 * Generates valid random programmes, reproducibly: the same seed and size give an equal
 * programme. Shared (through core's test-jar) by property tests, the json module's tests, fuzzing
 * seeds and benchmarks.
 *
 * <p>Every list of a programme scales with the number of participants: about one organisation per
 * four participants, one conference per hundred, one visit per twenty and one quote per ten, and
 * up to three participations per participant. Generation is linear in the size, so that a
 * programme of a million participants takes seconds.
 *
 * <p>The programmes exercise the format's corners: optional members present or absent at random,
 * partial dates of every precision (years 1 and 9999 included), ranges whose end is coarser than
 * their start, session dates of any precision that share a day with their conference, ids of the
 * full 64 characters, strand and session ids repeated across conferences, hashtags of 100
 * characters and mixed case, text with non-ASCII letters, emoji, quotes, backslashes, control
 * characters and non-breaking spaces (which are not blank). They never carry {@code Extensions}:
 * the json module adds those itself.
 *
 * <p>By default the programmes use only what format 1.0 has. {@link #withFormat11()} makes them
 * also use what 1.1 adds: the programme's language, outputs (about one per ten participants, with
 * authors, organisations, conferences and visits), and translations on every type that has them,
 * with tags in varied case that never repeat ignoring case nor name the original's language.
 * Without it a seed gives the same programme as before 1.1 existed.
 *
 * <p>Not thread-safe: each generator draws from one random sequence.
 */
public final class ProgrammeGenerator {
  private static final String[] WORDS = {
    "co-production", "just cities", "governance", "democracy", "participation", "urban futures",
    "citizen initiative", "action research", "peer learning", "knowledge exchange", "strategy",
    "community", "practice", "city", "region", "workshop", "observatory", "collective"
  };

  /** Text that breaks naive escaping, encoding or blank-checking; none of it is blank. */
  private static final String[] TRICKY = {
    "Café Ñandú", "Zürich", "Łódź", "東京都", "Кейптаун", "مدينة عادلة", "עיר", "Ελλάδα",
    "😀🌍", "👩🏽‍🔬 researcher", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "e\u0301cole", "say \"hi\"", "back\\slash",
    "C:\\path\\to", "tab\there", "line\nbreak", "cr\r\nlf", "nul\u0000char", "unit\u001fsep",
    "del\u007f", "line\u2028separator", "\u00a0", "\u0085", "\u3000", "  leading", "trailing  ",
    "<b>&amp;</b>", "{\"json\": [1, null]}", "/* comment */", "\ufeffbom", "\u200bzero width",
    "'single'", "`back`", "%s %n %d", "${x}", "?", "x"
  };

  private static final String[] FIRST_NAMES = {
    "Beth", "David", "Katie", "Alice", "Bertie", "Amara", "José", "Zoë", "Søren", "Ngozi", "Wei",
    "Olamide", "Siobhán", "Łukasz", "Ana-María", "O'Neil", "Thandiwe", "Yūki", "Ömer", "Leila"
  };

  private static final String[] LAST_NAMES = {
    "Perry", "Rogerson", "Finney", "Toomer-McAlpine", "Russell", "García", "Nkosi", "Müller",
    "Ó Briain", "van der Berg", "Dlamini", "Kowalski", "Haddad", "Østergaard", "Nakamura", "Smith"
  };

  private static final String[] PLACE_NAMES = {
    "Cape Town", "Barcelona", "Greater Manchester", "Gothenburg", "Kisumu", "Sheffield", "Malmö",
    "São Paulo", "Zürich", "Kraków", "Reykjavík", "Ciudad de México", "Dar es Salaam", "東京"
  };

  /** A sample of officially assigned ISO 3166-1 codes, rare ones included. */
  private static final String[] COUNTRIES = {
    "ZA", "ES", "GB", "SE", "KE", "DE", "FR", "BR", "MX", "JP", "IN", "US", "AQ", "AX", "BQ",
    "CW", "SS", "SX", "TL", "UM", "BV", "PS", "VA", "NZ"
  };

  private static final String[] LANGUAGES = {
    "en", "ca", "es-ES", "x-private", "zh-min-nan", "i-klingon", "zh-Hant-TW", "sr-Latn-RS",
    "de-CH-1901", "en-GB-oed", "es-419", "EN-gb", "sv", "ast", "qaa", "en-a-bbb-x-a-ccc"
  };

  private static final String[] HOSTS = {
    "example.org", "www.example.com", "sub.example.net:8080", "[2001:db8::1]", "127.0.0.1",
    "user@example.org", "under_score.example", "EXAMPLE.ORG", "xn--caf-dma.example"
  };

  private static final String[] PATHS = {
    "", "/", "/programme", "/a%20b", "/search?q=just+cities&lang=en", "/page#section",
    "/~user/index.html", "/path;param", "/x?y=%22quoted%22"
  };

  private static final Sector[] SECTORS = Sector.values();
  private static final Role[] ROLES = Role.values();
  private static final SessionKind[] KINDS = SessionKind.values();

  private static final OutputKind[] OUTPUT_KINDS = OutputKind.values();

  private final long seed;
  private final SplittableRandom random;
  private boolean format11;
  /** The language of the programme being generated, or null; with format 1.1 content only. */
  private String language;

  /**
   * A generator whose programmes depend only on the seed.
   *
   * @param seed the seed
   */
  public ProgrammeGenerator(long seed) {
    this.seed = seed;
    this.random = new SplittableRandom(seed);
  }

  /**
   * Makes this generator's programmes also use what format 1.1 adds: the programme's language,
   * translations and outputs. Off by default, so that a seed's programme stays the same for code
   * that knows only format 1.0.
   *
   * @return this generator
   */
  public ProgrammeGenerator withFormat11() {
    format11 = true;
    return this;
  }

  /**
   * The seed this generator was made with; print it when a property fails.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * A valid programme of the given number of participants; the other lists scale with it.
   *
   * @param participants the number of participants, 0 or more
   * @return the programme
   */
  public Programme programme(int participants) {
    return builder(participants).build();
  }

  /**
   * A builder filled with a valid programme of the given number of participants, to change before
   * building.
   *
   * @param participants the number of participants, 0 or more
   * @return the filled builder
   */
  public Programme.Builder builder(int participants) {
    if (participants < 0) {
      throw new IllegalArgumentException("participants must be 0 or more: " + participants);
    }
    int n = participants;
    language = format11 && random.nextInt(4) > 0 ? tag() : null;
    List<Organisation> organisations = organisations(Math.max(1 + random.nextInt(4), n / 4));
    List<Participant> people = participants(n, organisations);
    int conferenceCount = n == 0 ? random.nextInt(3) : Math.max(1 + random.nextInt(3), n / 100);
    List<Conference> conferences = conferences(conferenceCount, people, organisations);

    Programme.Builder builder =
        Programme.builder().id(id("programme", random.nextInt(1000))).name(text());
    boolean summary = random.nextBoolean();
    if (summary) {
      builder.summary(text());
    }
    if (format11) {
      if (language != null) {
        builder.language(language);
      }
      builder.translations(translations(language, () -> {
        ProgrammeTranslation.Builder t = ProgrammeTranslation.builder();
        translate(summary, t::name, t::summary);
        return t.build();
      }));
    }
    if (random.nextBoolean()) {
      builder.period(dateRange());
    }
    for (int i : distinctIndexes(random.nextInt(3), organisations.size())) {
      builder.addLead(organisations.get(i).id());
    }
    for (int i : distinctIndexes(random.nextInt(3), organisations.size())) {
      builder.addFunder(organisations.get(i).id());
    }
    builder.themes(themes());
    builder.hashtags(hashtags());
    for (int goal : distinctIndexes(random.nextInt(18), 17)) {
      builder.addSdg(goal + 1);
    }
    builder.organisations(organisations).participants(people).conferences(conferences);
    int visitCount = conferenceCount == 0 ? 0 : n / 20 + random.nextInt(3);
    List<Visit> visits = visits(visitCount, people, conferences, organisations);
    builder.visits(visits);
    int quoteCount = n == 0 ? 0 : n / 10 + random.nextInt(3);
    List<Quote> quotes = quotes(quoteCount, people, conferences);
    builder.quotes(quotes);
    if (format11) {
      int outputCount = n == 0 ? random.nextInt(2) : n / 10 + random.nextInt(3);
      builder.outputs(outputs(outputCount, people, organisations, conferences, visits));
    }
    return builder;
  }

  // ---- The lists ------------------------------------------------------------------------------

  private List<Organisation> organisations(int count) {
    List<Organisation> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Organisation.Builder org =
          Organisation.builder()
              .id(id("org", i))
              .name(text())
              .sector(SECTORS[random.nextInt(SECTORS.length)]);
      boolean shortName = random.nextInt(3) == 0;
      if (shortName) {
        org.shortName(text());
      }
      if (format11) {
        org.translations(translations(language, () -> {
          OrganisationTranslation.Builder t = OrganisationTranslation.builder();
          translate(shortName, t::name, t::shortName);
          return t.build();
        }));
      }
      // Parents are always earlier organisations, so chains (some long) never loop.
      if (i > 0 && random.nextInt(5) < 3) {
        org.parent(out.get(i - 1 - random.nextInt(Math.min(i, 8))).id());
      }
      if (random.nextBoolean()) {
        org.place(place());
      }
      if (random.nextInt(3) == 0) {
        org.url(url());
      }
      out.add(org.build());
    }
    return out;
  }

  private List<Participant> participants(int count, List<Organisation> organisations) {
    List<Participant> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Participant.Builder person = Participant.builder().id(id("person", i)).name(personName());
      if (random.nextInt(3) > 0) {
        person.sector(SECTORS[random.nextInt(SECTORS.length)]);
      }
      // Affiliations may repeat an organisation (two titles, two periods): the format allows it.
      int affiliations = random.nextInt(4);
      for (int a = 0; a < affiliations; a++) {
        Affiliation.Builder affiliation =
            Affiliation.builder().organisation(pick(organisations).id());
        if (random.nextBoolean()) {
          affiliation.title(text());
        }
        if (random.nextInt(3) == 0) {
          affiliation.period(dateRange());
        }
        person.addAffiliation(affiliation.build());
      }
      if (random.nextInt(4) == 0) {
        person.url(url());
      }
      out.add(person.build());
    }
    return out;
  }

  private List<Conference> conferences(
      int count, List<Participant> people, List<Organisation> organisations) {
    // First the shells (dates, strands, sessions), then everyone's participations, then build.
    List<Conference.Builder> builders = new ArrayList<>(count);
    List<DateRange> dates = new ArrayList<>(count);
    List<List<String>> sessionIds = new ArrayList<>(count);
    for (int c = 0; c < count; c++) {
      Conference.Builder conference =
          Conference.builder().id(id("conference", c)).name(text());
      boolean summary = random.nextBoolean();
      if (summary) {
        conference.summary(text());
      }
      if (format11) {
        conference.translations(translations(language, () -> {
          ConferenceTranslation.Builder t = ConferenceTranslation.builder();
          translate(summary, t::name, t::summary);
          return t.build();
        }));
      }
      for (int i : distinctIndexes(random.nextInt(4), organisations.size())) {
        conference.addHost(organisations.get(i).id());
      }
      if (random.nextInt(4) > 0) {
        conference.place(place());
      }
      DateRange range = random.nextInt(5) > 0 ? dateRange() : null;
      if (range != null) {
        conference.dates(range);
      }
      dates.add(range);
      conference.themes(themes());
      if (random.nextBoolean()) {
        conference.url(url());
      }
      // Strand and session ids restart in every conference: they are unique only within one.
      int strands = random.nextInt(5);
      List<String> strandIds = new ArrayList<>(strands);
      for (int s = 0; s < strands; s++) {
        Strand.Builder strand = Strand.builder().id(id("strand", s)).title(text());
        boolean strandSummary = random.nextBoolean();
        if (strandSummary) {
          strand.summary(text());
        }
        if (format11) {
          strand.translations(translations(language, () -> {
            StrandTranslation.Builder t = StrandTranslation.builder();
            translate(strandSummary, t::title, t::summary);
            return t.build();
          }));
        }
        Strand built = strand.build();
        strandIds.add(built.id());
        conference.addStrand(built);
      }
      int sessions = random.nextInt(9);
      List<String> ids = new ArrayList<>(sessions);
      for (int s = 0; s < sessions; s++) {
        Session.Builder session =
            Session.builder()
                .id(id("session", s))
                .title(text())
                .kind(KINDS[random.nextInt(KINDS.length)]);
        if (strands > 0 && random.nextInt(3) > 0) {
          session.strand(pick(strandIds));
        }
        if (random.nextBoolean()) {
          session.date(range == null ? partialDate() : dateWithin(range));
        }
        boolean sessionSummary = random.nextBoolean();
        if (sessionSummary) {
          session.summary(text());
        }
        if (format11) {
          session.translations(translations(language, () -> {
            SessionTranslation.Builder t = SessionTranslation.builder();
            translate(sessionSummary, t::title, t::summary);
            return t.build();
          }));
        }
        Session built = session.build();
        ids.add(built.id());
        conference.addSession(built);
      }
      sessionIds.add(ids);
      builders.add(conference);
    }
    if (count > 0) {
      addParticipations(builders, sessionIds, people, organisations);
    }
    List<Conference> out = new ArrayList<>(count);
    for (Conference.Builder conference : builders) {
      out.add(conference.build());
    }
    return out;
  }

  private void addParticipations(List<Conference.Builder> conferences,
      List<List<String>> sessionIds, List<Participant> people, List<Organisation> organisations) {
    List<List<Participation>> byConference = new ArrayList<>(conferences.size());
    for (int c = 0; c < conferences.size(); c++) {
      byConference.add(new ArrayList<>());
    }
    // A repeated participation can only involve one participant, so a small set per person keeps
    // them all distinct without a programme-wide set.
    List<String> keys = new ArrayList<>(4);
    for (Participant person : people) {
      keys.clear();
      int count = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(3);
      for (int k = 0; k < count; k++) {
        int c = random.nextInt(conferences.size());
        Role role = ROLES[random.nextInt(ROLES.length)];
        List<String> sessions = sessionIds.get(c);
        String session =
            sessions.isEmpty() || random.nextBoolean()
                ? null
                : sessions.get(random.nextInt(sessions.size()));
        String key = c + "/" + role + "/" + session;
        if (keys.contains(key)) {
          continue;
        }
        keys.add(key);
        Participation.Builder participation =
            Participation.builder().participant(person.id()).role(role);
        if (session != null) {
          participation.session(session);
        }
        int choice = random.nextInt(4);
        if (choice == 0) {
          participation.representing(pick(organisations).id());
        } else if (choice == 1 && !person.affiliations().isEmpty()) {
          participation.representing(person.affiliations().get(0).organisation());
        }
        byConference.get(c).add(participation.build());
      }
    }
    for (int c = 0; c < conferences.size(); c++) {
      List<Participation> list = byConference.get(c);
      shuffle(list);
      conferences.get(c).participations(list);
    }
  }

  private List<Visit> visits(
      int count,
      List<Participant> people,
      List<Conference> conferences,
      List<Organisation> organisations) {
    List<Visit> out = new ArrayList<>(count);
    for (int v = 0; v < count; v++) {
      Visit.Builder visit =
          Visit.builder()
              .id(id("visit", v))
              .title(text())
              .conference(pick(conferences).id());
      if (random.nextBoolean()) {
        visit.origin(place());
      }
      for (int i : distinctIndexes(random.nextInt(6), people.size())) {
        visit.addParticipant(people.get(i).id());
      }
      for (int i : distinctIndexes(random.nextInt(3), organisations.size())) {
        visit.addFunder(organisations.get(i).id());
      }
      boolean summary = random.nextBoolean();
      if (summary) {
        visit.summary(text());
      }
      if (format11) {
        visit.translations(translations(language, () -> {
          VisitTranslation.Builder t = VisitTranslation.builder();
          translate(summary, t::title, t::summary);
          return t.build();
        }));
      }
      out.add(visit.build());
    }
    return out;
  }

  private List<Quote> quotes(int count, List<Participant> people, List<Conference> conferences) {
    List<Quote> out = new ArrayList<>(count);
    for (int q = 0; q < count; q++) {
      Quote.Builder quote =
          Quote.builder()
              .id(id("quote", q))
              .speaker(pick(people).id())
              .text(text() + " " + text());
      String own = null;
      if (random.nextBoolean()) {
        own = LANGUAGES[random.nextInt(LANGUAGES.length)];
        quote.language(own);
      }
      if (format11) {
        quote.translations(translations(own != null ? own : language,
            () -> QuoteTranslation.builder().text(text()).build()));
      }
      if (random.nextBoolean()) {
        quote.said(partialDate());
      }
      if (!conferences.isEmpty() && random.nextBoolean()) {
        quote.conference(pick(conferences).id());
      }
      if (random.nextBoolean()) {
        Source.Builder source = Source.builder().title(text());
        if (random.nextBoolean()) {
          source.publisher(text());
        }
        if (random.nextBoolean()) {
          source.url(url());
        }
        if (random.nextBoolean()) {
          source.published(partialDate());
        }
        quote.source(source.build());
      }
      out.add(quote.build());
    }
    return out;
  }

  private List<Output> outputs(int count, List<Participant> people,
      List<Organisation> organisations, List<Conference> conferences, List<Visit> visits) {
    List<Output> out = new ArrayList<>(count);
    for (int o = 0; o < count; o++) {
      Output.Builder output = Output.builder()
          .id(id("output", o))
          .title(text())
          .kind(OUTPUT_KINDS[random.nextInt(OUTPUT_KINDS.length)]);
      for (int i : distinctIndexes(random.nextInt(4), people.size())) {
        output.addAuthor(people.get(i).id());
      }
      for (int i : distinctIndexes(random.nextInt(3), organisations.size())) {
        output.addOrganisation(organisations.get(i).id());
      }
      if (random.nextBoolean()) {
        output.published(partialDate());
      }
      if (random.nextBoolean()) {
        output.url(url());
      }
      String own = null;
      if (random.nextInt(3) == 0) {
        own = tag();
        output.language(own);
      }
      for (int i : distinctIndexes(random.nextInt(3), conferences.size())) {
        output.addConference(conferences.get(i).id());
      }
      for (int i : distinctIndexes(random.nextInt(3), visits.size())) {
        output.addVisit(visits.get(i).id());
      }
      boolean summary = random.nextBoolean();
      if (summary) {
        output.summary(text());
      }
      output.translations(translations(own != null ? own : language, () -> {
        OutputTranslation.Builder t = OutputTranslation.builder();
        translate(summary, t::title, t::summary);
        return t.build();
      }));
      out.add(output.build());
    }
    return out;
  }

  // ---- Translations ---------------------------------------------------------------------------

  /** A well-formed language tag from the sample, its letters in random case now and then. */
  private String tag() {
    String tag = LANGUAGES[random.nextInt(LANGUAGES.length)];
    if (random.nextInt(4) > 0) {
      return tag;
    }
    StringBuilder out = new StringBuilder(tag.length());
    for (int i = 0; i < tag.length(); i++) {
      char c = tag.charAt(i);
      out.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
    }
    return out.toString();
  }

  /**
   * Up to three translations, under tags that do not repeat ignoring case and are not the
   * original's language (null if unknown).
   */
  private <T> Map<String, T> translations(String original, Supplier<T> translation) {
    int count = random.nextInt(4);
    Map<String, T> out = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    if (original != null) {
      taken.add(original.toLowerCase(Locale.ROOT));
    }
    for (int i = 0; i < count; i++) {
      String tag = tag();
      if (taken.add(tag.toLowerCase(Locale.ROOT))) {
        out.put(tag, translation.get());
      }
    }
    return out;
  }

  /** Translates the first member, the second (where the object has it), or both; never none. */
  private void translate(boolean hasSecond, Consumer<String> first, Consumer<String> second) {
    int choice = hasSecond ? random.nextInt(3) : 0;
    if (choice != 1) {
      first.accept(text());
    }
    if (choice != 0) {
      second.accept(text());
    }
  }

  // ---- Values ---------------------------------------------------------------------------------

  /**
   * A valid id that embeds {@code index} as its last word, so that different indexes give
   * different ids; some are exactly 64 characters long.
   */
  private String id(String kind, int index) {
    String last = Integer.toString(index, 36);
    int style = random.nextInt(8);
    if (style == 0) {
      int padding = 64 - kind.length() - last.length() - 2;
      return kind + "-" + "z".repeat(padding) + "-" + last;
    }
    if (style == 1) {
      return kind + "-" + WORD_IDS[random.nextInt(WORD_IDS.length)] + "-" + last;
    }
    return kind + "-" + last;
  }

  private static final String[] WORD_IDS = {"a", "0", "gm", "rjc", "2018", "cape-town", "x1-y2"};

  private String text() {
    int r = random.nextInt(10);
    if (r < 6) {
      return WORDS[random.nextInt(WORDS.length)];
    }
    if (r < 9) {
      return TRICKY[random.nextInt(TRICKY.length)] + " " + WORDS[random.nextInt(WORDS.length)];
    }
    return TRICKY[random.nextInt(TRICKY.length)];
  }

  private String personName() {
    if (random.nextInt(20) == 0) {
      return text();
    }
    return FIRST_NAMES[random.nextInt(FIRST_NAMES.length)]
        + " "
        + LAST_NAMES[random.nextInt(LAST_NAMES.length)];
  }

  private List<String> themes() {
    List<String> out = new ArrayList<>();
    for (int i : distinctIndexes(random.nextInt(4), WORDS.length)) {
      out.add(WORDS[i]);
    }
    if (random.nextInt(4) == 0) {
      // Unequal code points, though a person might read them as equal: both are kept.
      out.add("e\u0301cole");
      out.add("\u00e9cole");
    }
    return out;
  }

  private List<String> hashtags() {
    List<String> out = new ArrayList<>();
    int count = random.nextInt(5);
    for (int i = 0; i < count; i++) {
      // Distinct indexes give hashtags that differ ignoring case, whatever case each letter gets.
      String base = random.nextInt(6) == 0 ? "_" + i : "CoProduce" + i;
      if (random.nextInt(8) == 0) {
        base = base + "x".repeat(100 - base.length());
      }
      StringBuilder tag = new StringBuilder(base.length());
      for (int c = 0; c < base.length(); c++) {
        char ch = base.charAt(c);
        tag.append(random.nextInt(4) == 0 ? Character.toUpperCase(ch) : ch);
      }
      out.add(tag.toString());
    }
    return out;
  }

  private String url() {
    String scheme = random.nextInt(3) == 0 ? "http" : random.nextInt(8) == 0 ? "HTTPS" : "https";
    return scheme + "://" + HOSTS[random.nextInt(HOSTS.length)] + PATHS[random.nextInt(PATHS.length)];
  }

  private Place place() {
    Place.Builder place =
        Place.builder()
            .name(random.nextInt(4) == 0 ? text() : PLACE_NAMES[random.nextInt(PLACE_NAMES.length)])
            .country(COUNTRIES[random.nextInt(COUNTRIES.length)]);
    boolean region = random.nextBoolean();
    if (region) {
      place.region(text());
    }
    if (format11) {
      place.translations(translations(language, () -> {
        PlaceTranslation.Builder t = PlaceTranslation.builder();
        translate(region, t::name, t::region);
        return t.build();
      }));
    }
    if (random.nextBoolean()) {
      place.coordinates(coordinates());
    }
    return place.build();
  }

  private Coordinates coordinates() {
    int edge = random.nextInt(12);
    double latitude =
        edge == 0 ? 90 : edge == 1 ? -90 : edge == 2 ? -0.0 : random.nextDouble(-90, 90);
    double longitude =
        edge == 3 ? 180 : edge == 4 ? -180 : edge == 5 ? 0 : random.nextDouble(-180, 180);
    return Coordinates.builder().latitude(latitude).longitude(longitude).build();
  }

  private LocalDate day() {
    int r = random.nextInt(40);
    int year = r == 0 ? 1 : r == 1 ? 9999 : 1950 + random.nextInt(90);
    return LocalDate.ofYearDay(year, 1).plusDays(random.nextInt(LocalDate.of(year, 1, 1)
        .lengthOfYear()));
  }

  /** The day, or its month, or its year: a partial date of a random precision that covers it. */
  private PartialDate around(LocalDate day) {
    switch (random.nextInt(3)) {
      case 0:
        return PartialDate.ofYear(day.getYear());
      case 1:
        return PartialDate.ofMonth(day.getYear(), day.getMonthValue());
      default:
        return PartialDate.of(day);
    }
  }

  private PartialDate partialDate() {
    return around(day());
  }

  private DateRange dateRange() {
    PartialDate start = partialDate();
    if (random.nextBoolean()) {
      return DateRange.of(start);
    }
    // Any date covering a day on or after the start's first day ends no earlier than the start,
    // even where it is coarser than the start and begins before it (2018-11-24 to 2018).
    LocalDate first = start.firstDay();
    long room = ChronoUnit.DAYS.between(first, LocalDate.of(9999, 12, 31));
    LocalDate endDay = first.plusDays(Math.min(room, random.nextInt(random.nextBoolean() ? 40 : 800)));
    return DateRange.of(start, around(endDay));
  }

  /** A partial date that shares at least one day with the range. */
  private PartialDate dateWithin(DateRange range) {
    long days = ChronoUnit.DAYS.between(range.firstDay(), range.lastDay());
    return around(range.firstDay().plusDays(random.nextLong(days + 1)));
  }

  // ---- Helpers --------------------------------------------------------------------------------

  /** Up to {@code count} distinct indexes below {@code bound}, in random order. */
  private int[] distinctIndexes(int count, int bound) {
    count = Math.min(count, bound);
    int[] out = new int[count];
    int filled = 0;
    while (filled < count) {
      int candidate = random.nextInt(bound);
      boolean seen = false;
      for (int i = 0; i < filled && !seen; i++) {
        seen = out[i] == candidate;
      }
      if (!seen) {
        out[filled++] = candidate;
      }
    }
    return out;
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private <T> void shuffle(List<T> list) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T swapped = list.get(i);
      list.set(i, list.get(j));
      list.set(j, swapped);
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "ProgrammeGenerator(seed %d)", seed);
  }
}
