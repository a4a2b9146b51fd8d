package census.architecture;

import census.cli.Census;
import census.testing.ModuleLayers;

/** The crawler module's packages keep the layer order. */
class LayersTest extends ModuleLayers {
  LayersTest() {
    super(Census.class);
  }
}
