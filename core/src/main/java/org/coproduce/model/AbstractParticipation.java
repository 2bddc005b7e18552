package org.coproduce.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A participant taking part in a conference in a role, optionally in one of its sessions and on
 * behalf of an organisation. Build it with {@code Participation.builder()}.
 */
@Value.Immutable
abstract class AbstractParticipation {
  /**
   * The id of the participant.
   *
   * @return the participant id
   */
  public abstract String participant();

  /**
   * The role taken.
   *
   * @return the role
   */
  public abstract Role role();

  /**
   * The id of a session of the same conference, when the participation is in one session.
   *
   * @return the session id, or empty
   */
  public abstract Optional<String> session();

  /**
   * The id of the organisation the participant represents here.
   *
   * @return the organisation id, or empty
   */
  public abstract Optional<String> representing();

  /**
   * Members of a document that the model does not know.
   *
   * @return the extensions, empty by default
   */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }
}
