package census.testing;

import census.cli.Census;
import java.io.PrintWriter;
import java.io.StringWriter;

/** A {@code census} command run through the real command line, its output and status captured. */
public record CliRun(int status, String out, String err) {
  /** {@code census ARGS...}. */
  public static CliRun census(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        Census.commandLine()
            .setOut(new PrintWriter(out))
            .setErr(new PrintWriter(err))
            .execute(args);
    return new CliRun(status, out.toString(), err.toString());
  }

  /** {@code census lint ARGS...}. */
  public static CliRun lint(String... args) {
    String[] full = new String[args.length + 1];
    full[0] = "lint";
    System.arraycopy(args, 0, full, 1, args.length);
    return census(full);
  }

  @Override
  public String toString() {
    return "exit " + status + "\n" + out + err;
  }
}
