package census.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Changes between two versions of a connector that break flows built on the older one: what
 * Microsoft's pull-request pipeline checks on the newest change only, here for every pair of
 * consecutive versions.
 */
public final class BreakingChanges {
  private BreakingChanges() {}

  /** The kinds, as stored in {@code breaking_changes.kind}. */
  public static final String OPERATION_REMOVED = "operation_removed";

  public static final String OPERATION_ID_RENAMED = "operation_id_renamed";
  public static final String REQUIRED_PARAMETER_ADDED = "required_parameter_added";
  public static final String PARAMETER_REMOVED = "parameter_removed";
  public static final String PARAMETER_RETYPED = "parameter_retyped";
  public static final String RESPONSE_PROPERTY_REMOVED = "response_property_removed";
  public static final String RESPONSE_PROPERTY_RETYPED = "response_property_retyped";
  public static final String TRIGGER_CHANGED = "trigger_changed";
  public static final String AUTHENTICATION_CHANGED = "authentication_changed";
  public static final String HOST_CHANGED = "host_changed";
  public static final String BASE_PATH_CHANGED = "base_path_changed";

  /** One breaking change; {@code operationId} is the older version's, null for the whole API. */
  public record Change(String kind, String operationId, String detail) {}

  /**
   * What breaks from {@code before} to {@code after}. Operations are matched by operationId first
   * (a moved path keeps its flows), then by method and path (the id was renamed).
   */
  public static List<Change> between(ApiSurface before, ApiSurface after) {
    List<Change> changes = new ArrayList<>();
    if (before.operations().isEmpty() && before.host() == null) {
      return changes; // nothing a flow could have used: a broken or missing definition
    }
    if (after.operations().isEmpty() && after.host() == null && after.auth().isEmpty()) {
      return changes; // the new definition could not be read; that is a finding, not a break
    }
    changed(changes, HOST_CHANGED, before.host(), after.host());
    changed(changes, BASE_PATH_CHANGED, before.basePath(), after.basePath());
    if (!before.auth().equals(after.auth())) {
      changes.add(new Change(AUTHENTICATION_CHANGED, null, before.auth() + " -> " + after.auth()));
    }
    Map<String, String> afterById = new HashMap<>();
    after
        .operations()
        .forEach(
            (key, op) -> {
              if (op.operationId() != null) {
                afterById.putIfAbsent(op.operationId(), key);
              }
            });
    for (Map.Entry<String, ApiSurface.Operation> old : before.operations().entrySet()) {
      ApiSurface.Operation op = old.getValue();
      String id = op.operationId() != null ? op.operationId() : old.getKey();
      String key = op.operationId() == null ? null : afterById.get(op.operationId());
      if (key == null && after.operations().containsKey(old.getKey())) {
        key = old.getKey();
        ApiSurface.Operation renamed = after.operations().get(key);
        if (op.operationId() != null && !afterById.containsKey(op.operationId())) {
          changes.add(
              new Change(
                  OPERATION_ID_RENAMED,
                  id,
                  old.getKey() + ": " + op.operationId() + " -> " + renamed.operationId()));
        }
      }
      if (key == null) {
        changes.add(new Change(OPERATION_REMOVED, id, old.getKey()));
        continue;
      }
      operation(changes, id, op, after.operations().get(key));
    }
    return changes;
  }

  private static void operation(
      List<Change> changes, String id, ApiSurface.Operation before, ApiSurface.Operation after) {
    if (!Objects.equals(before.trigger(), after.trigger())) {
      changes.add(new Change(TRIGGER_CHANGED, id, before.trigger() + " -> " + after.trigger()));
    }
    for (Map.Entry<String, String> p : before.parameters().entrySet()) {
      String now = after.parameters().get(p.getKey());
      if (now == null) {
        changes.add(new Change(PARAMETER_REMOVED, id, p.getKey()));
      } else if (retyped(bare(p.getValue()), bare(now))) {
        changes.add(
            new Change(
                PARAMETER_RETYPED,
                id,
                p.getKey() + ": " + bare(p.getValue()) + " -> " + bare(now)));
      }
    }
    for (Map.Entry<String, String> p : after.parameters().entrySet()) {
      String was = before.parameters().get(p.getKey());
      if (p.getValue().endsWith("!") && (was == null || !was.endsWith("!"))) {
        changes.add(
            new Change(
                REQUIRED_PARAMETER_ADDED,
                id,
                p.getKey() + (was == null ? " (new)" : " (was optional)")));
      }
    }
    Map<String, String> removed = new LinkedHashMap<>();
    for (Map.Entry<String, String> p : before.response().entrySet()) {
      String now = after.response().get(p.getKey());
      if (now == null) {
        removed.put(p.getKey(), p.getValue());
      } else if (retyped(p.getValue(), now)) {
        changes.add(
            new Change(
                RESPONSE_PROPERTY_RETYPED, id, p.getKey() + ": " + p.getValue() + " -> " + now));
      }
    }
    // A removed object is one change, not one per property it held.
    removed.keySet().stream()
        .filter(name -> removed.keySet().stream().noneMatch(parent -> isInside(name, parent)))
        .forEach(name -> changes.add(new Change(RESPONSE_PROPERTY_REMOVED, id, name)));
  }

  private static boolean isInside(String name, String parent) {
    return !name.equals(parent)
        && name.startsWith(parent)
        && (name.charAt(parent.length()) == '.' || name.charAt(parent.length()) == '[');
  }

  /** An unknown (empty) type on either side is not a change of type. */
  private static boolean retyped(String before, String after) {
    return !before.isEmpty() && !after.isEmpty() && !before.equals(after);
  }

  private static String bare(String parameterType) {
    return parameterType.endsWith("!")
        ? parameterType.substring(0, parameterType.length() - 1)
        : parameterType;
  }

  private static void changed(List<Change> changes, String kind, String before, String after) {
    if (before != null && !before.equals(after)) {
      changes.add(new Change(kind, null, before + " -> " + after));
    }
  }
}
