package census.cli;

import java.util.concurrent.Callable;

/**
 * A subcommand that another module contributes ({@code analyze} from analysis-jobs, {@code report}
 * from reports), found with {@link java.util.ServiceLoader} so that the commands which need no
 * Spark never load it. Implementations are picocli {@code @Command}s.
 */
public interface CensusCommand extends Callable<Integer> {}
