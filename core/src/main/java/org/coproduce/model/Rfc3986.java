package org.coproduce.model;

/**
 * Whether a string is an absolute http or https URI with a non-empty host, exactly by the grammar
 * of RFC 3986 (appendix A). {@code java.net.URI} follows RFC 2396 instead: it takes a port of
 * letters for a registry-based authority, two {@code @}, an IPv6 zone id, and refuses IPvFuture.
 */
final class Rfc3986 {
  private static final String SUB_DELIMS = "!$&'()*+,;=";

  private Rfc3986() {}

  static boolean isHttpUrl(String value) {
    int colon = value.indexOf(':');
    if (colon < 0) {
      return false;
    }
    String scheme = value.substring(0, colon);
    if (!scheme.equalsIgnoreCase("http") && !scheme.equalsIgnoreCase("https")) {
      return false;
    }
    if (!value.startsWith("//", colon + 1)) {
      return false;
    }
    int start = colon + 3;
    int end = start;
    while (end < value.length() && "/?#".indexOf(value.charAt(end)) < 0) {
      end++;
    }
    return authority(value.substring(start, end)) && rest(value, end);
  }

  /** {@code [ userinfo "@" ] host [ ":" port ]}, with a host that is not empty. */
  private static boolean authority(String authority) {
    int at = authority.indexOf('@');
    if (at >= 0 && !chars(authority, 0, at, ":")) {
      return false;
    }
    String hostPort = authority.substring(at + 1);
    String host;
    String port;
    if (hostPort.startsWith("[")) {
      int close = hostPort.indexOf(']');
      if (close < 0 || !ipLiteral(hostPort.substring(1, close))) {
        return false;
      }
      host = hostPort.substring(0, close + 1);
      String after = hostPort.substring(close + 1);
      if (!after.isEmpty() && !after.startsWith(":")) {
        return false;
      }
      port = after.isEmpty() ? "" : after.substring(1);
    } else {
      int portColon = hostPort.indexOf(':');
      host = portColon < 0 ? hostPort : hostPort.substring(0, portColon);
      port = portColon < 0 ? "" : hostPort.substring(portColon + 1);
      if (!chars(host, 0, host.length(), "")) {
        return false;
      }
    }
    for (int i = 0; i < port.length(); i++) {
      if (!isDigit(port.charAt(i))) {
        return false;
      }
    }
    return !host.isEmpty();
  }

  /** {@code path-abempty [ "?" query ] [ "#" fragment ]}. */
  private static boolean rest(String value, int from) {
    int hash = value.indexOf('#', from);
    int end = hash < 0 ? value.length() : hash;
    if (!chars(value, from, end, ":@/?")) {
      return false;
    }
    return hash < 0 || chars(value, hash + 1, value.length(), ":@/?");
  }

  /** Unreserved characters, percent-encodings, sub-delims and the extra characters given. */
  private static boolean chars(String value, int from, int to, String extra) {
    for (int i = from; i < to; i++) {
      char c = value.charAt(i);
      if (c == '%') {
        if (i + 2 >= to || !isHex(value.charAt(i + 1)) || !isHex(value.charAt(i + 2))) {
          return false;
        }
        i += 2;
      } else if (!isUnreserved(c) && SUB_DELIMS.indexOf(c) < 0 && extra.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /** {@code IPv6address / IPvFuture}, between the brackets: no zone id. */
  private static boolean ipLiteral(String literal) {
    if (literal.startsWith("v") || literal.startsWith("V")) {
      int dot = literal.indexOf('.');
      if (dot < 2) {
        return false;
      }
      for (int i = 1; i < dot; i++) {
        if (!isHex(literal.charAt(i))) {
          return false;
        }
      }
      return dot + 1 < literal.length() && chars(literal, dot + 1, literal.length(), ":")
          && literal.indexOf('%', dot) < 0;
    }
    return ipv6(literal);
  }

  private static boolean ipv6(String text) {
    int compressed = text.indexOf("::");
    if (compressed >= 0 && text.indexOf("::", compressed + 1) >= 0) {
      return false;
    }
    if (compressed < 0) {
      return groups(text, true) == 8;
    }
    String head = text.substring(0, compressed);
    String tail = text.substring(compressed + 2);
    int before = head.isEmpty() ? 0 : groups(head, false);
    int after = tail.isEmpty() ? 0 : groups(tail, true);
    return before >= 0 && after >= 0 && before + after <= 7;
  }

  /**
   * How many 16-bit pieces a run of {@code h16} separated by colons stands for (an IPv4 address
   * at its end, where allowed, counts two), or -1 if it is not such a run.
   */
  private static int groups(String text, boolean ipv4AtEnd) {
    String[] parts = text.split(":", -1);
    int count = 0;
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (ipv4AtEnd && i == parts.length - 1 && part.indexOf('.') >= 0) {
        if (!ipv4(part)) {
          return -1;
        }
        count += 2;
      } else if (part.isEmpty() || part.length() > 4 || !allHex(part)) {
        return -1;
      } else {
        count++;
      }
    }
    return count;
  }

  private static boolean ipv4(String text) {
    String[] octets = text.split("\\.", -1);
    if (octets.length != 4) {
      return false;
    }
    for (String octet : octets) {
      if (octet.isEmpty() || octet.length() > 3 || (octet.length() > 1 && octet.charAt(0) == '0')) {
        return false;
      }
      for (int i = 0; i < octet.length(); i++) {
        if (!isDigit(octet.charAt(i))) {
          return false;
        }
      }
      if (Integer.parseInt(octet) > 255) {
        return false;
      }
    }
    return true;
  }

  private static boolean allHex(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isHex(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUnreserved(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || "-._~".indexOf(c) >= 0;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isHex(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
