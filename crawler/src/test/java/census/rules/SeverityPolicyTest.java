package census.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every rule's severity is the one {@link SeverityPolicy} gives its checked-in evidence, or it says
 * why not: a rule cannot drift from the policy silently, and new evidence tells which rules to
 * decide again.
 */
class SeverityPolicyTest {

  @Test
  void everyRuleHasCalibrationEvidence() {
    List<String> missing = new ArrayList<>();
    for (Rule rule : RuleCatalog.standard().rules()) {
      if (RuleEvidence.standard().of(rule.info().id(), RuleEvidence.CALIBRATION).isEmpty()) {
        missing.add(rule.info().id());
      }
    }
    assertEquals(List.of(), missing, "rules without evidence: run scripts/evidence.sh");
  }

  @Test
  void everySeverityIsThePolicysOrSaysWhyNot() {
    List<String> departures = new ArrayList<>();
    for (Rule rule : RuleCatalog.standard().rules()) {
      RuleInfo info = rule.info();
      Optional<RuleEvidence.Row> row =
          RuleEvidence.standard().of(info.id(), RuleEvidence.CALIBRATION);
      Severity policy =
          SeverityPolicy.decide(
              info.enforcedBy(),
              row.map(RuleEvidence.Row::evidence).orElse(SeverityPolicy.Evidence.NONE));
      if (policy != info.severity() && info.rationale().isBlank()) {
        departures.add(
            info.id() + " is " + info.severity().id() + ", the policy says " + policy.id());
      }
    }
    assertEquals(List.of(), departures);
  }

  @Test
  void declaredBlockersAreErrorsAndSayWhy() {
    for (Rule rule : RuleCatalog.standard().rules()) {
      RuleInfo info = rule.info();
      if (info.enforcedBy() != Enforcement.EVIDENCE) {
        assertEquals(Severity.ERROR, info.severity(), info.id());
        assertFalse(info.rationale().isBlank(), info.id() + " must say what rejects it");
      }
    }
  }

  @Test
  void thePolicyReadsItsThresholdsAsWritten() {
    // Rare and fixed in review: error. Fixed, but carried by many merged versions: warning.
    assertEquals(Severity.ERROR, decide(1000, 100, 10, 6));
    assertEquals(Severity.WARNING, decide(1000, 101, 10, 6));
    assertEquals(Severity.WARNING, decide(1000, 100, 10, 5));
    // Too few cases say nothing of review, either way.
    assertEquals(Severity.WARNING, decide(1000, 10, 9, 9));
    // Most merged versions carry it: info, unless reviews ask for it.
    assertEquals(Severity.INFO, decide(1000, 501, 100, 34));
    assertEquals(Severity.WARNING, decide(1000, 501, 100, 35));
    assertEquals(Severity.WARNING, decide(1000, 500, 0, 0));
    // Commits that say they fix validation count as reviews asking for it.
    assertEquals(
        Severity.WARNING,
        SeverityPolicy.decide(
            Enforcement.EVIDENCE, new SeverityPolicy.Evidence(1000, 900, 0, 0, 10, 4)));
    // What the platform or the format rejects is an error whatever the evidence.
    assertEquals(
        Severity.ERROR,
        SeverityPolicy.decide(
            Enforcement.FORMAT, new SeverityPolicy.Evidence(1000, 900, 100, 0, 0, 0)));
    assertTrue(
        SeverityPolicy.reason(
                Enforcement.EVIDENCE, new SeverityPolicy.Evidence(1000, 501, 100, 34, 0, 0))
            .startsWith("info: 50.1 % of 1000 merged versions carry it"));
  }

  private static Severity decide(long versions, long carrying, long cases, long fixed) {
    return SeverityPolicy.decide(
        Enforcement.EVIDENCE, new SeverityPolicy.Evidence(versions, carrying, cases, fixed, 0, 0));
  }
}
