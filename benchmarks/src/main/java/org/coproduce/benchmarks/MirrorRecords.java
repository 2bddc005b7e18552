package org.coproduce.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The peer a user would otherwise write: plain Java records mirroring document format 1.0, bound
 * by Jackson 3 databind. Dates stay strings and nothing is validated (no id syntax, no reference
 * resolution, no date checks), so this peer does strictly less work than {@code ProgrammeJson}.
 * Enumerations are Java enums with their wire names, as a user would map them.
 */
public final class MirrorRecords {
  private MirrorRecords() {}

  /**
   * The mapper a user would build: record component order on output (Jackson 3 sorts properties
   * alphabetically by default), absent and empty members omitted as the format requires, unknown
   * members ignored as a tolerant reader must.
   *
   * @return a new mapper
   */
  public static JsonMapper mapper() {
    return JsonMapper.builder()
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .changeDefaultPropertyInclusion(inclusion -> JsonInclude.Value.construct(
            JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
        .build();
  }

  /** The root. */
  public record ProgrammeRecord(
      String formatVersion,
      String language,
      String id,
      String name,
      String summary,
      DateRangeRecord period,
      List<String> leads,
      List<String> funders,
      List<String> themes,
      List<String> hashtags,
      List<Integer> sdgs,
      List<OrganisationRecord> organisations,
      List<ParticipantRecord> participants,
      List<ConferenceRecord> conferences,
      List<VisitRecord> visits,
      List<QuoteRecord> quotes,
      List<OutputRecord> outputs,
      Map<String, NameSummaryTranslation> translations) {}

  /** An organisation. */
  public record OrganisationRecord(
      String id,
      String name,
      String shortName,
      SectorValue sector,
      String parent,
      PlaceRecord place,
      String url,
      Map<String, NameShortNameTranslation> translations) {}

  /** A participant. */
  public record ParticipantRecord(
      String id,
      String name,
      SectorValue sector,
      List<AffiliationRecord> affiliations,
      String url) {}

  /** An affiliation. */
  public record AffiliationRecord(String organisation, String title, DateRangeRecord period) {}

  /** A conference. */
  public record ConferenceRecord(
      String id,
      String name,
      String summary,
      List<String> hosts,
      PlaceRecord place,
      DateRangeRecord dates,
      List<String> themes,
      String url,
      List<StrandRecord> strands,
      List<SessionRecord> sessions,
      List<ParticipationRecord> participations,
      Map<String, NameSummaryTranslation> translations) {}

  /** A strand. */
  public record StrandRecord(String id, String title, String summary,
      Map<String, TitleSummaryTranslation> translations) {}

  /** A session. */
  public record SessionRecord(
      String id, String title, KindValue kind, String strand, String date, String summary,
      Map<String, TitleSummaryTranslation> translations) {}

  /** A participation. */
  public record ParticipationRecord(
      String participant, RoleValue role, String session, String representing) {}

  /** A visit. */
  public record VisitRecord(
      String id,
      String title,
      String conference,
      PlaceRecord origin,
      List<String> participants,
      List<String> funders,
      String summary,
      Map<String, TitleSummaryTranslation> translations) {}

  /** A quote. */
  public record QuoteRecord(
      String id,
      String speaker,
      String text,
      String language,
      String said,
      String conference,
      SourceRecord source,
      Map<String, TextTranslation> translations) {}

  /** A source. */
  public record SourceRecord(String title, String publisher, String url, String published) {}

  /** A place. */
  public record PlaceRecord(
      String name, String region, String country, CoordinatesRecord coordinates,
      Map<String, NameRegionTranslation> translations) {}

  /** An output. */
  public record OutputRecord(
      String id,
      String title,
      OutputKindValue kind,
      List<String> authors,
      List<String> organisations,
      String published,
      String url,
      String language,
      List<String> conferences,
      List<String> visits,
      String summary,
      Map<String, TitleSummaryTranslation> translations) {}

  /** A translation of a name and a summary. */
  public record NameSummaryTranslation(String name, String summary) {}

  /** A translation of a name and a short name. */
  public record NameShortNameTranslation(String name, String shortName) {}

  /** A translation of a title and a summary. */
  public record TitleSummaryTranslation(String title, String summary) {}

  /** A translation of a quote's text. */
  public record TextTranslation(String text) {}

  /** A translation of a place's name and region. */
  public record NameRegionTranslation(String name, String region) {}

  /** Coordinates; both members are required, so they are primitives. */
  public record CoordinatesRecord(double latitude, double longitude) {}

  /** A date range of partial dates kept as strings. */
  public record DateRangeRecord(String start, String end) {}

  /** Sector. */
  public enum SectorValue {
    @JsonProperty("public") PUBLIC,
    @JsonProperty("academic") ACADEMIC,
    @JsonProperty("community") COMMUNITY,
    @JsonProperty("voluntary") VOLUNTARY,
    @JsonProperty("private") PRIVATE
  }

  /** Role. */
  public enum RoleValue {
    @JsonProperty("organiser") ORGANISER,
    @JsonProperty("speaker") SPEAKER,
    @JsonProperty("facilitator") FACILITATOR,
    @JsonProperty("delegate") DELEGATE,
    @JsonProperty("observer") OBSERVER,
    @JsonProperty("attendee") ATTENDEE
  }

  /** Session kind. */
  public enum KindValue {
    @JsonProperty("keynote") KEYNOTE,
    @JsonProperty("plenary") PLENARY,
    @JsonProperty("panel") PANEL,
    @JsonProperty("workshop") WORKSHOP,
    @JsonProperty("field-trip") FIELD_TRIP,
    @JsonProperty("discussion") DISCUSSION,
    @JsonProperty("presentation") PRESENTATION,
    @JsonProperty("other") OTHER
  }

  /** Output kind. */
  public enum OutputKindValue {
    @JsonProperty("report") REPORT,
    @JsonProperty("article") ARTICLE,
    @JsonProperty("blog-post") BLOG_POST,
    @JsonProperty("social-post") SOCIAL_POST,
    @JsonProperty("presentation") PRESENTATION,
    @JsonProperty("video") VIDEO,
    @JsonProperty("podcast") PODCAST,
    @JsonProperty("toolkit") TOOLKIT,
    @JsonProperty("dataset") DATASET,
    @JsonProperty("other") OTHER
  }
}
