package org.coproduce.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.coproduce.model.internal.ProblemReports;
import org.coproduce.model.internal.Repeats;
import org.coproduce.model.internal.Unicode;

/**
 * Collects the problems of one object's own members, each at a path relative to that object, and
 * throws them together. The rules are those of document format 1.1.
 */
final class Checks {
  static final int MAX_ID_LENGTH = 64;
  private static final Pattern HASHTAG = Pattern.compile("[A-Za-z0-9_]{1,100}");

  // Most objects are valid: the list is made on the first problem.
  private List<Problem> problems = List.of();
  private boolean truncated;

  void add(String member, String message) {
    add(Problem.of(List.of(member), message));
  }

  void add(String member, int index, String message) {
    add(Problem.of(List.of(member, index), message));
  }

  // A list of millions of repeats must not cost a problem each: keep as many as a programme does.
  private void add(Problem problem) {
    if (problems.isEmpty()) {
      problems = new ArrayList<>();
    }
    if (problems.size() < ProblemReports.MAX_PROBLEMS) {
      problems.add(problem);
    } else if (!truncated) {
      truncated = true;
      problems.add(ProblemReports.truncated());
    }
  }

  void id(String member, String value) {
    if (!isId(value)) {
      add(member, idMessage(value));
    }
  }

  void requiredText(String member, String value) {
    text(member, value);
    if (isBlank(value)) {
      add(member, "must not be blank");
    }
  }

  void text(String member, Optional<String> value) {
    if (value.isPresent()) {
      text(member, value.get());
    }
  }

  private void text(String member, String value) {
    int bad = Unicode.unpairedSurrogate(value);
    if (bad >= 0) {
      add(member, "holds an unpaired surrogate at character " + bad + ": text must be valid Unicode");
    }
  }

  /** A list of required text, such as themes: no blank item, no item twice. */
  void textList(String member, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    Repeats seen = Repeats.exactly();
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      int bad = Unicode.unpairedSurrogate(value);
      if (bad >= 0) {
        add(member, i, "holds an unpaired surrogate at character " + bad);
      } else if (isBlank(value)) {
        add(member, i, "must not be blank");
      } else if (seen.repeats(value)) {
        add(member, i, "repeats " + Problem.quote(value));
      }
    }
  }

  void hashtags(String member, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    Repeats seen = Repeats.ignoringCase();
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      if (!HASHTAG.matcher(value).matches()) {
        add(member, i, Problem.quote(value)
            + " is not a hashtag: 1 to 100 ASCII letters, digits or _, without #");
      } else if (seen.repeats(value)) {
        add(member, i, "repeats " + Problem.quote(value) + " (hashtags are compared ignoring case)");
      }
    }
  }

  void sdgs(String member, List<Integer> values) {
    if (values.isEmpty()) {
      return;
    }
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      int goal = values.get(i);
      if (goal < 1 || goal > 17) {
        add(member, i, goal + " is not a Sustainable Development Goal: goals are 1 to 17");
      } else if (!seen.add(goal)) {
        add(member, i, "repeats goal " + goal);
      }
    }
  }

  /** A list of references that must not repeat, such as a visit's participants. */
  void distinct(String member, List<String> values) {
    if (values.size() < 2) {
      return;
    }
    Repeats seen = Repeats.exactly();
    for (int i = 0; i < values.size(); i++) {
      if (seen.repeats(values.get(i))) {
        add(member, i, "repeats " + Problem.quote(values.get(i)));
      }
    }
  }

  void url(String member, Optional<String> value) {
    // Most URLs are plain ASCII, accepted at a glance (so without a surrogate); java.net.URI
    // takes unpaired surrogates as "other" characters.
    if (value.isPresent() && isPlainHttpUrl(value.get())) {
      return;
    }
    if (value.isPresent() && Unicode.unpairedSurrogate(value.get()) >= 0) {
      text(member, value.get());
    } else if (value.isPresent() && !isHttpUrl(value.get())) {
      add(member, Problem.quote(value.get())
          + " is not an absolute http or https URL with a host");
    }
  }

  void country(String member, String value) {
    if (!Countries.isAssigned(value)) {
      add(member, Problem.quote(value)
          + " is not an officially assigned ISO 3166-1 alpha-2 country code in upper case");
    }
  }

  void language(String member, Optional<String> value) {
    if (value.isPresent() && !LanguageTags.isWellFormed(value.get())) {
      add(member, Problem.quote(value.get()) + " is not a well-formed BCP 47 language tag");
    }
  }

  /** An optional translated member: where given, valid Unicode and not blank. */
  void translatedText(String member, Optional<String> value) {
    if (value.isPresent()) {
      requiredText(member, value.get());
    }
  }

  /** A translation must translate something, or carry members of a newer format that may. */
  void translatesSomething(boolean anyMember, Extensions extensions) {
    if (!anyMember && extensions.members().isEmpty()) {
      add(Problem.of(List.of(), "translates nothing: give at least one translated member"));
    }
  }

  /**
   * The rules of an object's {@code translations}: tags well-formed and distinct ignoring ASCII
   * case (the later one is the problem), none equal to the language of the original text where the
   * object knows it, and no translation of a member the object lacks. A repeated tag counts as a
   * repeat only: nothing inside it is checked.
   *
   * @param original the language of the object's own text, where the object itself says it
   * @param lacking the members a translation translates that the object lacks
   */
  <T> void translations(Map<String, T> translations, Optional<String> original,
      Function<T, List<String>> lacking) {
    if (translations.isEmpty()) {
      return;
    }
    // One translation repeats nothing; and the map's own forEach walks it without an iterator.
    Repeats seen = translations.size() > 1 ? Repeats.ignoringCase() : null;
    String language = original.isPresent() && LanguageTags.isWellFormed(original.get())
        ? original.get() : null;
    translations.forEach((tag, translation) -> {
      if (!LanguageTags.isWellFormed(tag)) {
        add(Problem.of(List.of("translations", tag), Problem.quote(tag)
            + " is not a well-formed BCP 47 language tag"));
      } else if (seen != null && seen.repeats(tag)) {
        add(Problem.of(List.of("translations", tag), "repeats the language " + Problem.quote(tag)
            + " (language tags are compared ignoring case)"));
        return;
      } else if (language != null && tag.equalsIgnoreCase(language)) {
        add(Problem.of(List.of("translations", tag), originalLanguage(tag)));
      }
      for (String member : lacking.apply(translation)) {
        add(Problem.of(List.of("translations", tag, member),
            "translates " + member + ", which this object does not have"));
      }
    });
  }

  /** The member's name if a translation gives it where the object lacks it; else nothing. */
  static List<String> lacking(String member, Optional<String> own, Optional<String> translated) {
    return own.isEmpty() && translated.isPresent() ? List.of(member) : List.of();
  }

  static String originalLanguage(String tag) {
    return Problem.quote(tag) + " is the language of the original text, which is not a translation";
  }

  List<Problem> problems() {
    return problems;
  }

  void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  static boolean isId(String value) {
    int n = value.length();
    if (n == 0 || n > MAX_ID_LENGTH) {
      return false;
    }
    boolean afterHyphen = true;
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c == '-') {
        if (afterHyphen) {
          return false;
        }
        afterHyphen = true;
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        afterHyphen = false;
      } else {
        return false;
      }
    }
    return !afterHyphen;
  }

  static String idMessage(String value) {
    if (value.length() > MAX_ID_LENGTH) {
      return "an id is at most 64 characters; this one has " + value.length();
    }
    return Problem.quote(value)
        + " is not an id: lowercase ASCII letters and digits in words joined by single hyphens";
  }

  static boolean isBlank(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != ' ' && (c < '\t' || c > '\r')) {
        return false;
      }
    }
    return true;
  }

  static boolean isHttpUrl(String value) {
    return isPlainHttpUrl(value) || isHttpUri(value);
  }

  /**
   * A quick yes for the common shape {@code http(s)://host[:port][/path][?query][#fragment]} in
   * plain characters, all of which {@link #isHttpUri} accepts too; anything else goes there.
   */
  static boolean isPlainHttpUrl(String value) {
    int i = value.startsWith("https://") ? 8 : value.startsWith("http://") ? 7 : -1;
    if (i < 0) {
      return false;
    }
    int n = value.length();
    int hostStart = i;
    while (i < n && isHostChar(value.charAt(i))) {
      i++;
    }
    if (i == hostStart) {
      return false;
    }
    if (i < n && value.charAt(i) == ':') {
      i++;
      while (i < n && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
        i++;
      }
    }
    if (i < n && "/?#".indexOf(value.charAt(i)) < 0) {
      return false;
    }
    boolean fragment = false;
    for (; i < n; i++) {
      char c = value.charAt(i);
      if (c == '#') {
        if (fragment) {
          return false;
        }
        fragment = true;
      } else if (c == '%') {
        if (i + 2 >= n || !isHex(value.charAt(i + 1)) || !isHex(value.charAt(i + 2))) {
          return false;
        }
        i += 2;
      } else if (!isPathChar(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHostChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '.' || c == '-';
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static boolean isPathChar(char c) {
    return c < PATH_CHARS.length && PATH_CHARS[c];
  }

  /** The characters a plain URL's path, query and fragment may hold as they are, by code. */
  private static final boolean[] PATH_CHARS = new boolean[128];

  static {
    for (char c = 0; c < PATH_CHARS.length; c++) {
      PATH_CHARS[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "-._~!$&'()*+,;=:@/?".indexOf(c) >= 0;
    }
  }

  /** Exactly by RFC 3986: see {@link Rfc3986}. */
  static boolean isHttpUri(String value) {
    return Rfc3986.isHttpUrl(value);
  }
}
