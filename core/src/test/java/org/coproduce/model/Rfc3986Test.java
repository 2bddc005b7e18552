package org.coproduce.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** URLs exactly by RFC 3986, where java.net.URI (RFC 2396) differs. */
class Rfc3986Test {
  @ParameterizedTest
  @ValueSource(strings = {
      "http://example.org", "https://example.org/a/b?c=d&e#f", "HTTP://Example.ORG/",
      "http://[::1]/", "http://[v1.x]/", "http://[V7.a:b]/", "http://[2001:db8::7]:80/",
      "http://[::ffff:192.0.2.1]/", "http://[1:2:3:4:5:6:7:8]/", "http://user:pw@h/",
      "http://h:/", "http://h:8080", "http://ex_ample.org/", "http://a/%20b?x=%41#y/?",
      "http://a/:@!$&'()*+,;=-._~", "http://192.0.2.1/"})
  void acceptsWhatTheGrammarAllows(String url) {
    assertThat(Checks.isHttpUrl(url)).as(url).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "http://example.org:abc/", "http://a@b@c/", "http://[::1%eth0]/", "http://[::1%25en0]/",
      "http:/a", "ftp://a/", "http://", "http:///x", "http://a b/", "http://a/%zz",
      "http://a/#x#y", "http://[1:2:3:4:5:6:7:8:9]/", "http://[1::2::3]/", "http://[v.x]/",
      "http://[vz.x]/", "http://[v1.]/", "http://[::1]x/", "http://a/caf\u00e9", "http://a/<b>",
      "http://[::256.0.0.1]/", "http://[12345::]/", "mailto:a@b", "http://a:1:2/"})
  void refusesWhatTheGrammarDoesNot(String url) {
    assertThat(Checks.isHttpUrl(url)).as(url).isFalse();
  }
}
