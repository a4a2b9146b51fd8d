package census.parallel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a task for each item on every core, handing items out one at a time.
 *
 * <p>Connector folders differ in size by three orders of magnitude. A parallel stream splits its
 * source up front (a {@code LinkedHashMap}'s values into batches of 1,024 and 2,048), so one core
 * can finish its share long before the other; here the next free thread takes the next item.
 */
public final class Parallel {
  private static final AtomicInteger POOLS = new AtomicInteger();

  private Parallel() {}

  /** The results of {@code task} over {@code items}, in the items' order. */
  public static <T, R> List<R> map(Collection<T> items, Function<? super T, ? extends R> task) {
    if (items.isEmpty()) {
      return List.of();
    }
    int threads = Math.min(Runtime.getRuntime().availableProcessors(), items.size());
    int pool = POOLS.incrementAndGet();
    AtomicInteger made = new AtomicInteger();
    ExecutorService executor =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "census-" + pool + "-" + made.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      List<Callable<R>> calls = new ArrayList<>(items.size());
      for (T item : items) {
        calls.add(() -> task.apply(item));
      }
      List<R> results = new ArrayList<>(items.size());
      for (Future<R> f : executor.invokeAll(calls)) {
        results.add(f.get());
      }
      return results;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      executor.shutdownNow();
    }
  }

  /** Runs {@code task} on each of {@code items}. */
  public static <T> void forEach(Collection<T> items, Consumer<? super T> task) {
    map(
        items,
        item -> {
          task.accept(item);
          return Boolean.TRUE;
        });
  }
}
