package census.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HostEvidenceTest {
  private static Candidate certified(String title, String host) {
    return Candidate.of("certified-connectors/" + title, "certified", title, title, host, null);
  }

  @Test
  void aHostCalledByVersionsOfOneServiceIsEvidence() {
    Candidate v1 = certified("Tailspin Flights", "api.tailspin.io");
    Candidate v2 = certified("Tailspin Flights V2", "API.Tailspin.io ");
    assertEquals(List.of(v1, v2), HostEvidence.of(List.of(v1, v2)).callers("api.tailspin.io"));
  }

  @Test
  void aHostCalledByAProductFamilyIsNot() {
    HostEvidence hosts =
        HostEvidence.of(
            List.of(
                certified("HubSpot CRM", "api.hubapi.com"),
                certified("HubSpot CMS", "api.hubapi.com")));
    assertEquals(List.of(), hosts.callers("api.hubapi.com"));
  }

  @Test
  void aHostCalledByMoreConnectorsThanOneServiceHasIsNot() {
    List<Candidate> many =
        List.of(
            certified("Fabrikam", "api.fabrikam.io"),
            certified("Fabrikam V2", "api.fabrikam.io"),
            certified("Fabrikam V3", "api.fabrikam.io"),
            certified("Fabrikam V4", "api.fabrikam.io"),
            certified("Fabrikam V5", "api.fabrikam.io"));
    assertEquals(4, HostEvidence.of(many.subList(0, 4)).callers("api.fabrikam.io").size());
    assertEquals(List.of(), HostEvidence.of(many).callers("api.fabrikam.io"));
  }

  @Test
  void placeholdersAndMultiTenantApisAreNeverEvidence() {
    for (String host :
        List.of(
            "graph.microsoft.com", "api.contoso.com", "{host}", "definedinconnectionparameters")) {
      Candidate only = certified("Tailspin Flights", host);
      assertEquals(List.of(), HostEvidence.of(List.of(only)).callers(host), host);
    }
  }
}
