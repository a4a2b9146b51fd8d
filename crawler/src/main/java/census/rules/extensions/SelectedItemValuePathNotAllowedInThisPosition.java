package census.rules.extensions;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "SelectedItemValuePathNotAllowedInThisPosition",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": SelectedItemValuePathNotAllowedInThisPosition",
    doc =
        "selectedItemValuePath (a value taken from the item picked in the tree) "
            + "is used only by the parameters of x-ms-dynamic-tree's browse "
            + "operation.",
    fix =
        "Remove selectedItemValuePath here, or pass the value with \"value\" or "
            + "\"parameterReference\".")
public final class SelectedItemValuePathNotAllowedInThisPosition implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Extensions.eachOccurrence(
        connector,
        Extensions.SELECTED_ITEM_VALUE_PATH,
        (ext, o) -> {
          if (!inBrowseParameters(o.ownerTrail())) {
            findings.at(
                ext.doc(),
                o.pointer(),
                "selectedItemValuePath outside the parameters of x-ms-dynamic-tree's browse");
          }
        });
  }

  /** True for {@code .../x-ms-dynamic-tree/browse/parameters/NAME}. */
  private static boolean inBrowseParameters(census.rules.JsonTrail owner) {
    census.rules.JsonTrail parameters = owner.parent();
    census.rules.JsonTrail browse = parameters == null ? null : parameters.parent();
    census.rules.JsonTrail tree = browse == null ? null : browse.parent();
    return tree != null
        && "parameters".equals(parameters.token())
        && "browse".equals(browse.token())
        && Extensions.DYNAMIC_TREE.equals(tree.token());
  }
}
