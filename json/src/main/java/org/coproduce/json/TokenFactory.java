package org.coproduce.json;

import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * The Jackson factory behind a {@link ProgrammeJson}: its limits, messages quoting at most 80
 * characters of input and no source, the caller's streams left open.
 */
final class TokenFactory {
  private TokenFactory() {}

  static JsonFactory of(long maxDocumentBytes, int maxNestingDepth, int maxStringLength,
      int maxNumberLength) {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(maxDocumentBytes)
            .maxNestingDepth(maxNestingDepth)
            .maxStringLength(maxStringLength)
            .maxNameLength(maxStringLength)
            .maxNumberLength(maxNumberLength)
            .build())
        // Unknown members are copied through a generator, whose own nesting limit (500) must not
        // be lower than that of the parser they are read from (this one's, or a mapper's).
        .streamWriteConstraints(StreamWriteConstraints.builder()
            .maxNestingDepth(Integer.MAX_VALUE)
            .build())
        // Messages quote at most 80 characters of input.
        .errorReportConfiguration(ErrorReportConfiguration.builder()
            .maxErrorTokenLength(80)
            .maxRawContentLength(80)
            .build())
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
  }
}
