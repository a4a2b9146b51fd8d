package census.pipeline;

import java.util.ServiceLoader;

/** The steps other modules provide (analyze, report), found on the class path when they run. */
final class Services {
  private Services() {}

  static <S> S find(Class<S> service, String command) {
    return ServiceLoader.load(service)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the "
                        + command
                        + " command is not on the class path; run census through scripts/census"));
  }
}
