package org.coproduce.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The id table resolves exactly as a map from each id to its first index would, for ids whose
 * hash codes collide (blocks of "Aa" and "BB" give equal hash codes at every length) and ids that
 * repeat, one at a time and many at once.
 */
class IdTableTest {
  @Test
  void resolvesAsAMapOfFirstIndexesWouldEvenWhenHashCodesCollide() {
    long seed = 20261128L;
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 200; round++) {
      List<String> ids = new ArrayList<>();
      Map<String, Integer> first = new HashMap<>();
      int size = random.nextInt(1, 300);
      for (int i = 0; i < size; i++) {
        String id = random.nextInt(4) == 0 && !ids.isEmpty()
            ? ids.get(random.nextInt(ids.size())) // a repeat, as a new string
            : colliding(random);
        id = new String(id.toCharArray());
        ids.add(id);
        first.putIfAbsent(id, i);
      }
      IdTable table = IdTable.of(ids, Function.identity());
      List<String> refs = new ArrayList<>();
      // Few references as well as many: small lists are looked up one by one, large ones in blocks.
      int references = random.nextInt(3) == 0 ? random.nextInt(0, 20) : 400;
      for (int r = 0; r < references; r++) {
        int pick = random.nextInt(4);
        refs.add(pick == 0 ? null : pick == 1 ? colliding(random)
            : new String(ids.get(random.nextInt(ids.size())).toCharArray()));
      }
      int[] all = table.getAll(refs, Function.identity());
      for (int r = 0; r < refs.size(); r++) {
        String ref = refs.get(r);
        int expected = ref == null ? -1 : first.getOrDefault(ref, -1);
        assertThat(all[r]).as("seed %d, round %d: %s", seed, round, ref).isEqualTo(expected);
        if (ref != null) {
          assertThat(table.get(ref)).as("seed %d, round %d: %s", seed, round, ref)
              .isEqualTo(expected);
        }
      }
      for (int i = 0; i < ids.size(); i++) {
        assertThat(table.first(i)).as("seed %d, round %d: item %d", seed, round, i)
            .isEqualTo(first.get(ids.get(i)));
      }
    }
  }

  // Two to five blocks of "Aa" or "BB": 2 to 32 strings of a length share one hash code.
  private static String colliding(SplittableRandom random) {
    StringBuilder id = new StringBuilder();
    for (int b = random.nextInt(2, 6); b > 0; b--) {
      id.append(random.nextBoolean() ? "Aa" : "BB");
    }
    return id.toString();
  }
}
