package census.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {
  @Test
  void resultsKeepTheItemsOrder() {
    List<Integer> items = IntStream.range(0, 1000).boxed().toList();
    assertEquals(items.stream().map(i -> i * 2).toList(), Parallel.map(items, i -> i * 2));
    assertEquals(List.of(), Parallel.map(List.<Integer>of(), i -> i));
  }

  @Test
  void aSlowItemDoesNotHoldBackTheOthers() throws InterruptedException {
    // The first item blocks until every other item is done: that only finishes when the other
    // threads take the remaining items one by one rather than a fixed half each.
    int cores = Runtime.getRuntime().availableProcessors();
    org.junit.jupiter.api.Assumptions.assumeTrue(cores > 1, "needs two cores");
    Map<Integer, String> items = new LinkedHashMap<>();
    for (int i = 0; i < 3000; i++) {
      items.put(i, "item " + i);
    }
    CountDownLatch others = new CountDownLatch(items.size() - 1);
    Set<String> threads = ConcurrentHashMap.newKeySet();
    List<Boolean> done =
        Parallel.map(
            items.keySet(),
            i -> {
              threads.add(Thread.currentThread().getName());
              if (i == 0) {
                try {
                  return others.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                  throw new IllegalStateException(e);
                }
              }
              others.countDown();
              return true;
            });
    assertTrue(done.get(0), "the other items were not taken while the first one ran");
    assertTrue(threads.size() > 1);
  }

  @Test
  void aFailureReachesTheCallerAsItself() {
    IllegalArgumentException boom = new IllegalArgumentException("broken folder");
    List<Integer> items = new ArrayList<>(List.of(1, 2, 3, 4));
    IllegalArgumentException thrown =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Parallel.forEach(
                    items,
                    i -> {
                      if (i == 3) {
                        throw boom;
                      }
                    }));
    assertSame(boom, thrown);
  }
}
