package org.coproduce.json;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coproduce.model.Problem;
import org.coproduce.model.internal.Unicode;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Goes through a value the declaration does not describe (an unknown member, or a value of the
 * wrong type), checking what the format asks of every part of a document: no repeated member
 * name, at most so many members in an object, valid Unicode in every string. An unknown member's
 * value is copied as compact JSON text, numbers keeping their text. Iterative, so that depth is
 * bounded only by the parser's nesting limit.
 */
final class ValueCopier {
  /** Thrown when a limit is exceeded: reading stops and the document is refused at {@code ""}. */
  static final class LimitExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LimitExceeded(String message) {
      super(message, null, false, false);
    }
  }

  private final JsonParser parser;
  private final JsonFactory factory;
  private final PathStack path;
  private final ProblemLog log;
  private final int maxObjectMembers;

  ValueCopier(JsonParser parser, JsonFactory factory, PathStack path, ProblemLog log,
      int maxObjectMembers) {
    this.parser = parser;
    this.factory = factory;
    this.path = path;
    this.log = log;
    this.maxObjectMembers = maxObjectMembers;
  }

  /** Copies the current value, checking it. */
  RawJson copy() {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = factory.createGenerator(ObjectWriteContext.empty(), out)) {
      walk(g);
    }
    return new RawJson(out.toString());
  }

  /** Goes past the current value, checking it. */
  void check() {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      checkText(parser.getString(), "text");
    } else if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      walk(null);
    }
  }

  private void walk(@Nullable JsonGenerator g) {
    List<Frame> frames = new ArrayList<>();
    JsonToken token = parser.currentToken();
    while (true) {
      Frame top = frames.isEmpty() ? null : frames.get(frames.size() - 1);
      if (token == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        path.push(name);
        top.member(name);
        if (g != null) {
          g.writeName(name);
        }
        token = parser.nextToken();
        continue; // the member's value follows, with the name on the path
      }
      if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        if (g != null && token == JsonToken.END_OBJECT) {
          g.writeEndObject();
        } else if (g != null) {
          g.writeEndArray();
        }
        frames.remove(frames.size() - 1);
      } else {
        if (top != null && top.array) {
          path.push(top.index++);
        }
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          boolean array = token == JsonToken.START_ARRAY;
          if (g != null && array) {
            g.writeStartArray();
          } else if (g != null) {
            g.writeStartObject();
          }
          frames.add(new Frame(array));
          token = parser.nextToken();
          continue;
        }
        scalar(token, g);
      }
      if (frames.isEmpty()) {
        break;
      }
      path.pop(); // the name or index of the value just finished
      token = parser.nextToken();
    }
  }

  /** An object or array being gone through. */
  private final class Frame {
    final boolean array;
    int index;
    private @Nullable Set<String> names;

    Frame(boolean array) {
      this.array = array;
    }

    void member(String name) {
      if (++index > maxObjectMembers) {
        throw tooManyMembers(maxObjectMembers, parser);
      }
      if (names == null) {
        names = new HashSet<>();
      }
      if (!names.add(name)) {
        log.add(path.toList(), "repeats the member " + Problem.quote(name) + " of this object");
      }
      checkText(name, "member name");
    }
  }

  static LimitExceeded tooManyMembers(int maxObjectMembers, JsonParser parser) {
    return new LimitExceeded("limit exceeded: an object has more than " + maxObjectMembers
        + " members (maxObjectMembers), at "
        + JacksonErrors.location(parser.currentTokenLocation()));
  }

  private void scalar(JsonToken token, @Nullable JsonGenerator g) {
    switch (token) {
      case VALUE_STRING:
        String text = parser.getString();
        checkText(text, "text");
        if (g != null) {
          g.writeString(text);
        }
        break;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        if (g != null) {
          g.writeNumber(parser.getString());
        }
        break;
      case VALUE_TRUE:
      case VALUE_FALSE:
        if (g != null) {
          g.writeBoolean(token == JsonToken.VALUE_TRUE);
        }
        break;
      default:
        if (g != null) {
          g.writeNull();
        }
    }
  }

  /** Reports text that is not valid Unicode at the current path. */
  void checkText(String text, String what) {
    int at = Unicode.unpairedSurrogate(text);
    if (at >= 0) {
      log.add(path.toList(), "the " + what + " holds an unpaired surrogate at character " + at
          + ": text must be valid Unicode");
    }
  }

  /** Skips the current value without checking it, decoding every string so that bad bytes show. */
  void skip() {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      parser.getString();
      return;
    }
    if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
      return;
    }
    int depth = 1;
    while (depth > 0) {
      token = parser.nextToken();
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        depth++;
      } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        depth--;
      } else if (token == JsonToken.VALUE_STRING) {
        parser.getString();
      } else if (token == null) {
        return;
      }
    }
  }
}
