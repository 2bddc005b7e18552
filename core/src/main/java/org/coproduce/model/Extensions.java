package org.coproduce.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Members of a document that this version of the model does not know, kept so that nothing is
 * lost when a newer document passes through: an opaque, immutable, ordered map from member name to
 * value.
 *
 * <p>The model never looks inside the values: a format module (such as the json module) fills
 * them when it reads and writes them back when it writes. Values must be immutable and implement
 * {@code equals}. A programme's extensions may also record the {@linkplain #version() version} of
 * the format the members belong to.
 */
public final class Extensions {
  private static final Extensions EMPTY = new Extensions(Map.of(), null);

  private final Map<String, Object> members;
  private final String version;

  private Extensions(Map<String, Object> members, String version) {
    this.members = members;
    this.version = version;
  }

  /**
   * No unknown members.
   *
   * @return the empty instance
   */
  public static Extensions empty() {
    return EMPTY;
  }

  /**
   * A builder of extensions.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The members in the order they were added.
   *
   * @return an unmodifiable map from member name to opaque value
   */
  public Map<String, Object> members() {
    return members;
  }

  /**
   * The version of the format that these members belong to, where it is newer than the reader's.
   *
   * @return the version, such as {@code "1.3"}, or empty
   */
  public Optional<String> version() {
    return Optional.ofNullable(version);
  }

  /**
   * Whether there is nothing here: no member and no version.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return members.isEmpty() && version == null;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Extensions)) {
      return false;
    }
    Extensions that = (Extensions) other;
    // Order matters: a writer writes the members back in the order they were read.
    return members.equals(that.members)
        && java.util.Arrays.equals(members.keySet().toArray(), that.members.keySet().toArray())
        && java.util.Objects.equals(version, that.version);
  }

  @Override
  public int hashCode() {
    return members.hashCode() * 31 + (version == null ? 0 : version.hashCode());
  }

  @Override
  public String toString() {
    return version == null ? "Extensions" + members : "Extensions" + members + "@" + version;
  }

  /** Builds {@link Extensions}; not thread-safe. */
  public static final class Builder {
    private final Map<String, Object> members = new LinkedHashMap<>();
    private String version;

    private Builder() {}

    /**
     * Adds a member after those already added.
     *
     * @param name the member name
     * @param value an immutable value that implements {@code equals}
     * @return this builder
     * @throws IllegalArgumentException if a member of that name was already added
     */
    public Builder put(String name, Object value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      if (members.putIfAbsent(name, value) != null) {
        throw new IllegalArgumentException("extension member " + Problem.quote(name) + " repeats");
      }
      return this;
    }

    /**
     * Records the format version the members belong to.
     *
     * @param version the version, such as {@code "1.3"}
     * @return this builder
     */
    public Builder version(String version) {
      Objects.requireNonNull(version, "version");
      this.version = version;
      return this;
    }

    /**
     * Builds the extensions.
     *
     * @return the extensions, {@link #empty()} if nothing was added
     */
    public Extensions build() {
      if (members.isEmpty() && version == null) {
        return EMPTY;
      }
      return new Extensions(Collections.unmodifiableMap(new LinkedHashMap<>(members)), version);
    }
  }
}
