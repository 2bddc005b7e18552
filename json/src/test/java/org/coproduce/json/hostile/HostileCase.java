package org.coproduce.json.hostile;

/**
 * One hostile read and the refusal it must end in: a {@code DocumentException} with {@code
 * problems} problems, the first at {@code first}, the last at {@code pointer} with a message that
 * contains {@code message}.
 */
record HostileCase(String name, Measured.ThrowingSupplier read, int problems, String first,
    String pointer, String message) {
  @Override
  public String toString() {
    return name;
  }
}
