package org.coproduce.json;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/**
 * What the parser reports, said in the library's own words, with line and column: never the
 * parser's advice to enable a feature, which a user of this library cannot do.
 */
final class JacksonErrors {
  private static final Pattern START_BYTE = Pattern.compile("Invalid UTF-8 start byte 0x(\\p{XDigit}+)");
  private static final Pattern MIDDLE_BYTE =
      Pattern.compile("Invalid UTF-8 middle byte 0x(\\p{XDigit}+)");
  private static final Pattern SURROGATE =
      Pattern.compile("Invalid UTF-8: Illegal surrogate character 0x(\\p{XDigit}+)");
  private static final Pattern UNEXPECTED =
      Pattern.compile("Unexpected character \\((.*?)\\)(?:: (.*))?", Pattern.DOTALL);
  private static final Pattern IN_NUMBER = Pattern.compile(
      "Unexpected character \\((.*?)\\) in numeric value: (.*)", Pattern.DOTALL);
  private static final Pattern CODE = Pattern.compile("code (\\d+)");
  private static final Pattern TOKEN = Pattern.compile("Unrecognized token '(.*)':.*", Pattern.DOTALL);
  private static final Pattern ESCAPE =
      Pattern.compile("Unrecognized character escape (.*)", Pattern.DOTALL);
  private static final Pattern CLOSE = Pattern.compile("Unexpected close marker '(.)'.*",
      Pattern.DOTALL);

  private JacksonErrors() {}

  static String syntaxMessage(StreamReadException e) {
    return said(e.getOriginalMessage()) + " at " + location(e.getLocation());
  }

  /** The parser's message in the library's words. */
  static String said(String original) {
    Matcher m;
    if ((m = START_BYTE.matcher(original)).matches()) {
      return "invalid UTF-8: byte " + hex(m.group(1)) + " cannot start a character,";
    }
    if ((m = MIDDLE_BYTE.matcher(original)).matches()) {
      return "invalid UTF-8: byte " + hex(m.group(1))
          + " does not continue the character before it,";
    }
    if ((m = SURROGATE.matcher(original)).matches()) {
      return "invalid UTF-8: the surrogate U+" + m.group(1).toUpperCase(Locale.ROOT)
          + " is encoded, which UTF-8 forbids,";
    }
    if (original.startsWith("Invalid UTF-8")) {
      return "invalid UTF-8: " + (original.contains("overlong") ? "an overlong encoding,"
          : original.contains("10FFFF") ? "a code point beyond U+10FFFF," : "a malformed sequence,");
    }
    if (original.startsWith("Illegal unquoted character")) {
      return "malformed JSON: a control character (" + code(original)
          + ") must be escaped in a string,";
    }
    if (original.startsWith("Illegal character")) {
      return "malformed JSON: a control character (" + code(original)
          + ") stands between tokens, where only white space may,";
    }
    if ((m = TOKEN.matcher(original)).matches()) {
      return "malformed JSON: '" + m.group(1) + "' is not a JSON value,";
    }
    if ((m = ESCAPE.matcher(original)).matches()) {
      return "malformed JSON: the escape " + m.group(1) + " is not one of JSON's,";
    }
    if ((m = CLOSE.matcher(original)).matches()) {
      return "malformed JSON: '" + m.group(1) + "' closes nothing that is open,";
    }
    if (original.startsWith("Unexpected end-of-input")) {
      return "malformed JSON: the document ends before its last value does,";
    }
    if ((m = IN_NUMBER.matcher(original)).matches()) {
      return "malformed JSON: a malformed number, at the character " + character(m.group(1))
          + ": " + lowerFirst(withoutAdvice(m.group(2))) + ",";
    }
    if (original.startsWith("Invalid numeric value: ")) {
      return "malformed JSON: a malformed number: "
          + lowerFirst(withoutAdvice(original.substring(23))) + ",";
    }
    if ((m = UNEXPECTED.matcher(original)).matches()) {
      return "malformed JSON: unexpected character " + character(m.group(1))
          + expected(m.group(2)) + ",";
    }
    if (original.startsWith("Non-standard token")) {
      return "malformed JSON: " + original.replaceAll(":.*", "").substring(13)
          + " is not a JSON number,";
    }
    return "malformed JSON: " + withoutSource(withoutAdvice(original));
  }

  private static String hex(String digits) {
    return "0x" + (digits.length() == 1 ? "0" : "") + digits.toUpperCase(Locale.ROOT);
  }

  private static String code(String original) {
    Matcher m = CODE.matcher(original);
    return m.find() ? "code " + m.group(1) : "a control character";
  }

  /** A character as the parser describes it, shown itself only where it is printable ASCII. */
  private static String character(String described) {
    Matcher m = CODE.matcher(described);
    if (!m.find()) {
      return described;
    }
    int code = Integer.parseInt(m.group(1));
    return code > 32 && code < 127 ? "'" + (char) code + "' (code " + code + ")"
        : "(code " + code + ")";
  }

  private static String expected(@Nullable String reason) {
    if (reason == null) {
      return "";
    }
    if (reason.contains("comment")) {
      return ": JSON has no comments";
    }
    if (reason.contains("double-quote to start")) {
      return ": a member name in double quotes was expected";
    }
    if (reason.contains("comma to separate")) {
      return ": a comma was expected between " + (reason.contains("Array") ? "elements" : "members");
    }
    if (reason.contains("colon")) {
      return ": a colon was expected after the member name";
    }
    if (reason.contains("valid value") || reason.equals("expected a value")) {
      return ": a JSON value was expected";
    }
    if (reason.contains("hex-digit")) {
      return ": a \\u escape takes four hexadecimal digits";
    }
    if (reason.contains("root-level")) {
      return ": only white space may follow the root value";
    }
    if (reason.contains("valid value")) {
      return ": a JSON value was expected";
    }
    String kept = withoutAdvice(reason);
    return kept.isEmpty() ? "" : ": " + lowerFirst(kept);
  }

  private static String lowerFirst(String text) {
    if (text.length() < 2 || Character.isUpperCase(text.charAt(1))) {
      return text; // an abbreviation such as JSON
    }
    return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }

  /** The parser's words, without a sentence or bracket that tells how to change its settings. */
  private static String withoutAdvice(String original) {
    String kept = original.replaceAll("\\s*\\([^()]*(?:Feature|enable|ALLOW_)[^()]*\\)", "")
        .replaceAll("[;:,]?\\s*[^;:,]*(?:Feature|enable|ALLOW_|JsonReadFeature)[^;:]*", "");
    return kept.strip();
  }

  /**
   * An exceeded limit of the parser, named as the builder of {@link ProgrammeJson} names it. The
   * location is the parser's own: Jackson's exception has none.
   */
  static String limitMessage(StreamConstraintsException e, JsonParser parser) {
    StreamReadConstraints limits = parser.streamReadConstraints();
    String original = e.getOriginalMessage();
    String what;
    if (original.contains("nesting depth")) {
      // Just after the bracket one level too deep. The other limits are found wherever the
      // parser's buffers happen to end, which would make the message vary from run to run.
      return "limit exceeded: the document nests deeper than " + limits.getMaxNestingDepth()
          + " levels (maxNestingDepth), at " + location(parser.currentLocation());
    } else if (original.contains("Number value length") || original.contains("Number length")) {
      what = "a number is longer than " + limits.getMaxNumberLength()
          + " characters (maxNumberLength)";
    } else if (original.contains("Document length") || original.contains("document length")) {
      what = "the document is longer than " + limits.getMaxDocumentLength()
          + " bytes (maxDocumentBytes)";
    } else if (original.contains("Name length") || original.contains("String value length")
        || original.contains("String length")) {
      what = "a string is longer than " + limits.getMaxStringLength()
          + " characters (maxStringLength)";
    } else {
      what = withoutSource(withoutAdvice(original));
    }
    return "limit exceeded: " + what + ", at " + location(e.getLocation());
  }

  /** A message without the source and offset that Jackson appends to some of its own. */
  static String withoutSource(String message) {
    return message.replaceAll("\\s*\\[Source: .*$", "");
  }

  static String location(@Nullable TokenStreamLocation location) {
    if (location == null) {
      return "an unknown place";
    }
    return "line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  /** A token as a message names it. */
  static String describe(@Nullable JsonToken token) {
    if (token == null) {
      return "the end of the document";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.toString();
    }
  }
}
