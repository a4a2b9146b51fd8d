package census.notebook;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import jdk.jshell.execution.DirectExecutionControl;

/**
 * Runs JShell's snippets in the kernel's own JVM and keeps each snippet's value as the object
 * itself, not JShell's string of it, so the kernel can show a Spark {@code Dataset} as a table.
 * JShell gets a key in place of the value string and the kernel looks the object up by it.
 */
final class InProcessControl extends DirectExecutionControl {
  private final Map<String, Object> values = new HashMap<>();
  private volatile Thread running;

  @Override
  protected String invoke(Method doitMethod) throws Exception {
    // Spark's local executors load classes through the context class loader of the thread that
    // started the session: this way they find the lambdas a cell defines (a UDF, say).
    Thread.currentThread().setContextClassLoader(doitMethod.getDeclaringClass().getClassLoader());
    Object value = doitMethod.invoke(null);
    String key = "value#" + values.size();
    values.put(key, value);
    return key;
  }

  @Override
  protected void clientCodeEnter() {
    running = Thread.currentThread();
  }

  @Override
  protected void clientCodeLeave() {
    running = null;
  }

  /** The value a snippet returned under {@code key}. */
  Object value(String key) {
    return values.get(key);
  }

  /** Forgets the values of the previous cell (they may be large). */
  void clear() {
    values.clear();
  }

  void interruptRunning() {
    Thread thread = running;
    if (thread != null) {
      thread.interrupt();
    }
  }
}
