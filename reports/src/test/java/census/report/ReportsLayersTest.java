package census.report;

import census.testing.ModuleLayers;

/**
 * The reports module's packages keep the layer order of census.testing.Layers (in census.report for
 * Site).
 */
class ReportsLayersTest extends ModuleLayers {
  ReportsLayersTest() {
    super(Site.class);
  }
}
