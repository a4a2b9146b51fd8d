package census.architecture;

import census.jobs.Analysis;
import census.testing.ModuleLayers;

/** The analysis-jobs module's packages keep the layer order of census.testing.Layers. */
class JobsLayersTest extends ModuleLayers {
  JobsLayersTest() {
    super(Analysis.class);
  }
}
