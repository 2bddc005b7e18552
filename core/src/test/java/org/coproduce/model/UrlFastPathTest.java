package org.coproduce.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The quick check of plain URLs never accepts what the full check refuses. */
class UrlFastPathTest {
  @Test
  void plainUrlsAcceptedQuicklyAreAcceptedByTheFullCheck() {
    long seed = 20261127L;
    Random random = new Random(seed);
    String alphabet = "htps:/.-_~!$&'()*+,;=@?#%0123456789aAfFzZ[] \u00e9";
    String[] prefixes = {"http://", "https://", "http:/", "HTTP://", ""};
    int accepted = 0;
    for (int i = 0; i < 300_000; i++) {
      StringBuilder url = new StringBuilder(prefixes[random.nextInt(prefixes.length)]);
      for (int k = random.nextInt(20); k > 0; k--) {
        url.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String value = url.toString();
      if (Checks.isPlainHttpUrl(value)) {
        accepted++;
        assertThat(Checks.isHttpUri(value)).as("seed %d: %s", seed, value).isTrue();
      }
    }
    assertThat(accepted).isGreaterThan(1000);
  }

  @Test
  void commonUrlsTakeTheQuickPath() {
    assertThat(Checks.isPlainHttpUrl("https://www.mistraurbanfutures.org/en/realising-just-cities"))
        .isTrue();
    assertThat(Checks.isPlainHttpUrl("http://example.org:8080/a%20b?x=1&y=2#top")).isTrue();
    assertThat(Checks.isPlainHttpUrl("https://example.org/caf\u00e9")).isFalse();
    assertThat(Checks.isHttpUrl("https://example.org/caf\u00e9")).isFalse();
    assertThat(Checks.isHttpUrl("https://user@ex_ample.org:1/")).isTrue();
  }
}
