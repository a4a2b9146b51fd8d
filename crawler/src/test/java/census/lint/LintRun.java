package census.lint;

import census.cli.Census;
import java.io.PrintWriter;
import java.io.StringWriter;

/** {@code census lint} run through the real command line, its output and status captured. */
record LintRun(int status, String out, String err) {
  static LintRun lint(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] full = new String[args.length + 1];
    full[0] = "lint";
    System.arraycopy(args, 0, full, 1, args.length);
    int status =
        Census.commandLine()
            .setOut(new PrintWriter(out))
            .setErr(new PrintWriter(err))
            .execute(full);
    return new LintRun(status, out.toString(), err.toString());
  }

  @Override
  public String toString() {
    return "exit " + status + "\n" + out + err;
  }
}
