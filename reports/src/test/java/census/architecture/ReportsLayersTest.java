package census.architecture;

import census.report.Site;
import census.testing.ModuleLayers;

/** The reports module's packages keep the layer order of census.testing.Layers. */
class ReportsLayersTest extends ModuleLayers {
  ReportsLayersTest() {
    super(Site.class);
  }
}
