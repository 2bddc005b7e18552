package org.coproduce.interop.frab;

import static org.coproduce.interop.frab.Warnings.escape;
import static org.coproduce.interop.frab.Warnings.kind;
import static org.coproduce.interop.frab.Warnings.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coproduce.model.Source;
import org.coproduce.model.ValidationException;
import tools.jackson.databind.JsonNode;

/**
 * Reads the schedule's plain values (text, text per language, ids, keywords, URLs) leniently,
 * warning of each one it cannot take.
 */
final class Values {
  private final Warnings warnings;
  private Optional<String> language = Optional.empty();

  Values(Warnings warnings) {
    this.warnings = warnings;
  }

  /** The conference's own language, preferred where a text is given per language. */
  void language(Optional<String> conferenceLanguage) {
    this.language = conferenceLanguage;
  }

  /** A string member: trimmed, its broken Unicode repaired (with a warning), empty if blank. */
  Optional<String> text(JsonNode node, String pointer) {
    if (node.isMissingNode() || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isString()) {
      if (node.isNumber() || node.isBoolean()) {
        return Optional.of(node.asString());
      }
      warnings.warn(pointer, "is " + kind(node) + ", not text: it is ignored");
      return Optional.empty();
    }
    String value = node.stringValue();
    if (Texts.hasBrokenUnicode(value)) {
      warnings.warn(pointer, "holds an unpaired surrogate: it is replaced by U+FFFD");
      value = Texts.repairUnicode(value);
    }
    value = value.strip();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /** Text version 2 may give per language: the conference's, else English, else the first. */
  Optional<String> localized(JsonNode node, String pointer) {
    if (!node.isObject()) {
      return text(node, pointer);
    }
    List<String> order = new ArrayList<>();
    language.ifPresent(order::add);
    order.add("en");
    for (String lang : order) {
      Optional<String> text = text(node.path(lang), pointer + "/" + escape(lang));
      if (text.isPresent()) {
        return text;
      }
    }
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      Optional<String> text = text(entry.getValue(), pointer + "/" + escape(entry.getKey()));
      if (text.isPresent()) {
        return text;
      }
    }
    return Optional.empty();
  }

  /** An id-like member, a string or an integer. */
  static Optional<String> scalar(JsonNode node) {
    if (node.isString() || node.isIntegralNumber()) {
      String value = node.asString().strip();
      return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
    return Optional.empty();
  }

  List<String> keywords(JsonNode node, String pointer) {
    List<String> themes = new ArrayList<>();
    if (node.isMissingNode() || node.isNull()) {
      return themes;
    }
    if (!node.isArray()) {
      warnings.warn(pointer,
          "the keywords are " + kind(node) + ", not an array: they are not imported");
      return themes;
    }
    for (int i = 0; i < node.size(); i++) {
      text(node.get(i), pointer + "/" + i).filter(k -> !themes.contains(k)).ifPresent(themes::add);
    }
    return themes;
  }

  Optional<String> url(JsonNode node, String pointer) {
    return text(node, pointer).filter(url -> {
      if (modelAcceptsUrl(url)) {
        return true;
      }
      warnings.warn(pointer,
          quote(url) + " is not an absolute http or https URL: it is not imported");
      return false;
    });
  }

  /** Whether the model takes the URL; asking it keeps one rule for what a URL is. */
  private static boolean modelAcceptsUrl(String url) {
    try {
      Source.builder().title("probe").url(url).build();
      return true;
    } catch (ValidationException e) {
      return false;
    }
  }
}
