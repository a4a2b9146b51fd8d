package census.rules.files;

import census.connector.ReadProblem;
import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Enforcement;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "FileUnreadable",
    severity = Severity.ERROR,
    enforcedBy = Enforcement.FORMAT,
    rationale = "A file that cannot be read cannot be checked or imported.",
    files = {"*"},
    source = Sources.CENSUS,
    doc =
        "A file of the folder could not be read: it is over Census's size limit, or its content"
            + " is missing from the repository (a partial clone), or a parser gave up on it.",
    fix = "Keep connector files small (definitions under 1 MB) and committed in full.")
public final class FileUnreadable implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    // Touch the files rules read, so that problems reading any of them surface here. Not
    // swagger-parser's model: no rule reads it, and building it cost a tenth of a lint.
    connector.definitionFile();
    connector.properties();
    connector.readme();
    connector.icon();
    for (ReadProblem problem : connector.readProblems()) {
      findings.file(problem.file(), problem.message());
    }
  }
}
