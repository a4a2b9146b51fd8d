package census.architecture;

import census.notebook.NotebookKernel;
import census.testing.ModuleLayers;

/** The notebooks module's packages keep the layer order of census.testing.Layers. */
class NotebooksLayersTest extends ModuleLayers {
  NotebooksLayersTest() {
    super(NotebookKernel.class);
  }
}
