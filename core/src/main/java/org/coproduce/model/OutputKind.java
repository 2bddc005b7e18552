package org.coproduce.model;

/**
 * What kind of thing an {@link Output} is. In a document each kind is written in lower case with
 * words joined by {@code -}: {@code blog-post}, {@code social-post}.
 */
public enum OutputKind {
  /** A report. */
  REPORT,
  /** An article, as in a journal, a magazine or a newspaper. */
  ARTICLE,
  /** A post on a blog. */
  BLOG_POST,
  /** A post on a social network. */
  SOCIAL_POST,
  /** A presentation or a talk. */
  PRESENTATION,
  /** A video. */
  VIDEO,
  /** A podcast or an episode of one. */
  PODCAST,
  /** A toolkit: guidance, methods or templates for others to use. */
  TOOLKIT,
  /** A data set. */
  DATASET,
  /** Anything else. */
  OTHER
}
