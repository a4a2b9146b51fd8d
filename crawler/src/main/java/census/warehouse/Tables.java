package census.warehouse;

import static census.warehouse.Column.optional;
import static census.warehouse.Column.required;

import census.warehouse.Column.Type;
import java.util.List;

/**
 * The schema of every warehouse table: those the crawler writes and those the Spark jobs write, so
 * that jobs, reports and {@code census check} share one definition. docs/tables.md is generated
 * from these declarations.
 */
@SuppressWarnings("BadImport") // Type.STRING and its kin read as Column.Type in every declaration
public final class Tables {
  private Tables() {}

  public static final TableSchema CONNECTORS =
      new TableSchema(
          "connectors",
          "One row for every folder directly under certified-connectors/,"
              + " independent-publisher-connectors/ and custom-connectors/ at the crawled commit,"
              + " even when its files are missing or broken.",
          List.of(
              required("kind", Type.STRING, "certified, independent_publisher or custom"),
              required("folder", Type.STRING, "folder name, as in the repository"),
              required("path", Type.STRING, "repository path of the folder: kind folder / folder"),
              required("commit_id", Type.STRING, "commit the row was read at"),
              required("commit_time", Type.TIMESTAMP, "committer time of that commit"),
              optional("title", Type.STRING, "info.title of the API definition"),
              optional("description", Type.STRING, "info.description"),
              optional("version", Type.STRING, "info.version"),
              optional("host", Type.STRING, "host"),
              optional("base_path", Type.STRING, "basePath"),
              required("schemes", Type.STRING_LIST, "schemes"),
              optional("publisher", Type.STRING, "apiProperties publisher"),
              optional("stack_owner", Type.STRING, "apiProperties stackOwner"),
              optional("icon_brand_color", Type.STRING, "apiProperties iconBrandColor"),
              required(
                  "auth_kinds",
                  Type.STRING_LIST,
                  "authentication kinds from securityDefinitions and connection parameters:"
                      + " oauth2, api_key, basic, none"),
              optional(
                  "oauth_identity_provider",
                  Type.STRING,
                  "identityProvider of the OAuth connection parameter"),
              optional("website", Type.STRING, "x-ms-connector-metadata Website"),
              optional("privacy_policy", Type.STRING, "x-ms-connector-metadata Privacy policy"),
              required("categories", Type.STRING_LIST, "x-ms-connector-metadata Categories"),
              optional("contact_name", Type.STRING, "info.contact.name"),
              optional("contact_url", Type.STRING, "info.contact.url"),
              optional("contact_email", Type.STRING, "info.contact.email"),
              required("operation_count", Type.INT, "operations in the definition"),
              required("action_count", Type.INT, "operations that are not triggers"),
              required("trigger_count", Type.INT, "operations with x-ms-trigger"),
              required("definition_count", Type.INT, "entries under definitions"),
              optional("swagger_file", Type.STRING, "name of the API definition file, if any"),
              optional("swagger_blob", Type.STRING, "git blob id of the API definition"),
              optional("properties_blob", Type.STRING, "git blob id of apiProperties.json"),
              optional("readme_blob", Type.STRING, "git blob id of readme.md (any case)"),
              optional("intro_blob", Type.STRING, "git blob id of intro.md"),
              optional("icon_blob", Type.STRING, "git blob id of icon.png"),
              optional("script_blob", Type.STRING, "git blob id of script.csx"),
              required("has_swagger", Type.BOOLEAN, "an API definition exists"),
              required("has_properties", Type.BOOLEAN, "apiProperties.json exists"),
              required("has_readme", Type.BOOLEAN, "readme.md exists"),
              required("has_intro", Type.BOOLEAN, "intro.md exists"),
              required("has_icon", Type.BOOLEAN, "icon.png exists"),
              required("has_script", Type.BOOLEAN, "script.csx exists"),
              required(
                  "parse_status",
                  Type.STRING,
                  "ok (strict JSON), lenient (not strict, but what lenient readers accept:"
                      + " comments, trailing commas), recovered (a fault no JSON reader accepts,"
                      + " read around by a guess), failed (no JSON value in it) or missing (no API"
                      + " definition)"),
              required("error_count", Type.INT, "findings of severity error"),
              required("warning_count", Type.INT, "findings of severity warning"),
              optional(
                  "folder_tree",
                  Type.STRING,
                  "git tree id of the folder: the next crawl reuses the rows of a folder whose"
                      + " tree and check version are unchanged"),
              optional(
                  "check_version",
                  Type.STRING,
                  "RuleCatalog.version() of the rules it was checked with, plus opt-in rules"),
              optional(
                  "schema_blob",
                  Type.STRING,
                  "git blob id of the repository's schemas/paconn-apiProperties.schema.json at the"
                      + " commit (the schema apiProperties.json is validated against); a folder"
                      + " kept from an earlier crawl runs that check again when it changed")));

  public static final TableSchema OPERATIONS =
      new TableSchema(
          "operations",
          "One row per operation (path and method) of each connector's API definition.",
          List.of(
              required("connector_path", Type.STRING, "connectors.path"),
              required("commit_id", Type.STRING, "commit the row was read at"),
              required("path", Type.STRING, "path template"),
              required("method", Type.STRING, "HTTP method, lower case"),
              optional("operation_id", Type.STRING, "operationId"),
              optional("summary", Type.STRING, "summary"),
              optional("description", Type.STRING, "description"),
              optional("visibility", Type.STRING, "x-ms-visibility"),
              optional(
                  "trigger_kind",
                  Type.STRING,
                  "x-ms-trigger (batch, single), or webhook for x-ms-notification-content;"
                      + " null for actions"),
              required("deprecated", Type.BOOLEAN, "deprecated: true"),
              required("parameter_count", Type.INT, "parameters, including path-level ones"),
              required("has_success_schema", Type.BOOLEAN, "a 2xx response declares a schema")));

  public static final TableSchema FINDINGS =
      new TableSchema(
          "findings",
          "One row per rule finding on a connector at the crawled commit.",
          List.of(
              required("connector_path", Type.STRING, "connectors.path"),
              required("commit_id", Type.STRING, "commit the finding was made at"),
              required("file", Type.STRING, "file inside the folder; empty for the folder itself"),
              required("rule_id", Type.STRING, "rule id (docs/rules.md)"),
              required("severity", Type.STRING, "error, warning or info"),
              required("json_pointer", Type.STRING, "RFC 6901 pointer; empty for a whole file"),
              required("line", Type.INT, "1-based line in the original file; 0 for a whole file"),
              required("column", Type.INT, "1-based column; 0 for a whole file"),
              required("message", Type.STRING, "what is wrong, in words")));

  public static final TableSchema RUNS =
      new TableSchema(
          "runs",
          "One row per census command that wrote the warehouse, appended run after run.",
          List.of(
              required("run_id", Type.STRING, "unique id of the run"),
              required("command", Type.STRING, "crawl or run"),
              required("started_at", Type.TIMESTAMP, "start time"),
              required("finished_at", Type.TIMESTAMP, "end time"),
              required("status", Type.STRING, "succeeded or failed"),
              optional("repo", Type.STRING, "repository the run read"),
              optional("ref", Type.STRING, "ref that was crawled"),
              optional("repo_tip", Type.STRING, "commit id of that ref"),
              optional("rule_catalog_version", Type.STRING, "RuleCatalog.version() of the run"),
              required(
                  "steps",
                  Type.STRING_LIST,
                  "each step as name=milliseconds, in order, e.g. crawl=2140"),
              required(
                  "row_counts",
                  Type.STRING_LIST,
                  "rows written per table as table=count, e.g. connectors=1035"),
              optional("error", Type.STRING, "what failed, for a failed run"),
              optional(
                  "skipped",
                  Type.STRING_LIST,
                  "steps and analysis jobs not run because their fingerprint was unchanged (their"
                      + " last output kept), e.g. report, job:duplicate-titles"),
              optional(
                  "repairs",
                  Type.STRING_LIST,
                  "what the run found damaged and mended before going on, e.g. a mirror whose"
                      + " pack was cut short, set aside and cloned again")));

  public static final TableSchema FINGERPRINTS =
      new TableSchema(
          "fingerprints",
          "What each analysis job and the report last computed from, so that `census run` skips"
              + " one whose code and inputs are unchanged (census.warehouse.Fingerprints); one row"
              + " per step, replaced when the step runs.",
          List.of(
              required("step", Type.STRING, "job:NAME for an analysis job, or report"),
              required(
                  "code_version",
                  Type.STRING,
                  "hash of the compiled classes that computed it (Fingerprints.code)"),
              required(
                  "inputs",
                  Type.STRING_LIST,
                  "each table it read as table=hash, the SHA-256 of its Parquet files' bytes in"
                      + " name order (absent for a table not written)"),
              required("run_id", Type.STRING, "runs.run_id of the run that computed it")));

  public static final TableSchema DUPLICATE_PAIRS =
      new TableSchema(
          "duplicate_pairs",
          "Written by the duplicate-titles job: every related pair of connectors, classified by"
              + " census.match.TitleMatcher from title, folder name, host and publisher; one row"
              + " per pair, path_a < path_b.",
          List.of(
              required("path_a", Type.STRING, "connectors.path of one member"),
              required("path_b", Type.STRING, "connectors.path of the other"),
              required(
                  "class",
                  Type.STRING,
                  "identical, version_sibling, same_service, near_duplicate or family (a product"
                      + " family: related, not a duplicate)"),
              required("score", Type.DOUBLE, "Jaro-Winkler similarity of the normalised titles"),
              required("evidence", Type.STRING, "which evidence decided the class, in words"),
              optional("title_a", Type.STRING, "title (or folder name) of path_a"),
              optional("title_b", Type.STRING, "title (or folder name) of path_b"),
              required("kind_a", Type.STRING, "connectors.kind of path_a"),
              required("kind_b", Type.STRING, "connectors.kind of path_b")));

  public static final TableSchema DUPLICATE_GROUPS =
      new TableSchema(
          "duplicate_groups",
          "Written by the duplicate-titles job: connected groups of connectors joined by"
              + " identical, same_service and near_duplicate pairs; one row per member.",
          List.of(
              required("group_id", Type.STRING, "the smallest member path of the group"),
              required("path", Type.STRING, "connectors.path of a member"),
              required("kind", Type.STRING, "connectors.kind of the member"),
              optional("title", Type.STRING, "the member's title (or folder name) as written"),
              required("group_size", Type.INT, "members in the group")));

  public static final TableSchema CONNECTOR_VERSIONS =
      new TableSchema(
          "connector_versions",
          "Written by crawl --history: one row each time a commit of dev (merges included, each"
              + " compared with its first parent) adds, changes, renames or deletes a connector"
              + " folder.",
          List.of(
              required(
                  "connector_id",
                  Type.STRING,
                  "identity kept across renames and re-adds: the first path the connector had"),
              required("path", Type.STRING, "repository path of the folder in this version"),
              optional("previous_path", Type.STRING, "the path before, for a rename"),
              required("kind", Type.STRING, "certified, independent_publisher or custom"),
              required("commit_id", Type.STRING, "the commit that made the change"),
              required("commit_time", Type.TIMESTAMP, "committer time of that commit"),
              required("author", Type.STRING, "author name of that commit"),
              required("change", Type.STRING, "added, modified, renamed or deleted"),
              required(
                  "life",
                  Type.INT,
                  "1 for the connector's first life, 2 after it was deleted and added again, ..."),
              optional(
                  "content_hash",
                  Type.STRING,
                  "connector_contents.content_hash of the folder; null for deleted"),
              optional("swagger_blob", Type.STRING, "git blob id of the API definition"),
              required(
                  "files",
                  Type.STRING_LIST,
                  "every file of the folder as blob id, space, path inside the folder"),
              required(
                  "valid_from",
                  Type.TIMESTAMP,
                  "when this version became current: commit_time, raised to the previous"
                      + " version's valid_from when a branch commit is older, so a connector's"
                      + " versions never overlap"),
              optional(
                  "valid_to",
                  Type.TIMESTAMP,
                  "valid_from of the connector's next version; null while current")));

  public static final TableSchema CONNECTOR_CONTENTS =
      new TableSchema(
          "connector_contents",
          "Written by crawl --history: one row per distinct folder content in the history,"
              + " extracted and checked once; kept from run to run while the rule catalog is"
              + " unchanged.",
          List.of(
              required(
                  "content_hash",
                  Type.STRING,
                  "SHA-256 (first 128 bits, hex) of the kind and the sorted file paths with their"
                      + " blob ids"),
              required("kind", Type.STRING, "certified, independent_publisher or custom"),
              required(
                  "rule_catalog_version",
                  Type.STRING,
                  "RuleCatalog.version() the content was checked with"),
              optional("title", Type.STRING, "info.title of the API definition"),
              optional("host", Type.STRING, "host of the API definition"),
              optional("publisher", Type.STRING, "publisher in apiProperties.json"),
              required("parse_status", Type.STRING, "as connectors.parse_status"),
              required("operation_count", Type.INT, "operations in the definition"),
              required("error_count", Type.INT, "findings of severity error"),
              required("warning_count", Type.INT, "findings of severity warning"),
              required("finding_count", Type.INT, "findings of any severity"),
              optional(
                  "api_surface",
                  Type.STRING,
                  "JSON of host, basePath, authentication and each operation's id, trigger,"
                      + " parameters and response properties: what breaking_changes compares"),
              optional("problem", Type.STRING, "why the content could not be checked, if so")));

  public static final TableSchema CONTENT_FINDINGS =
      new TableSchema(
          "content_findings",
          "Written by crawl --history: the findings of each distinct folder content, stored once"
              + " and joined to connector_versions by content_hash.",
          List.of(
              required("content_hash", Type.STRING, "connector_contents.content_hash"),
              required("file", Type.STRING, "as findings.file"),
              required("rule_id", Type.STRING, "rule id (docs/rules.md)"),
              required("severity", Type.STRING, "error, warning or info"),
              required("json_pointer", Type.STRING, "as findings.json_pointer"),
              required("line", Type.INT, "as findings.line"),
              required("column", Type.INT, "as findings.column"),
              required("message", Type.STRING, "what is wrong, in words")));

  public static final TableSchema BREAKING_CHANGES =
      new TableSchema(
          "breaking_changes",
          "Written by crawl --history: changes between consecutive versions of a connector that"
              + " break flows built on the older one.",
          List.of(
              required("connector_id", Type.STRING, "connector_versions.connector_id"),
              required("path", Type.STRING, "path of the connector in the newer version"),
              required("commit_id", Type.STRING, "the commit of the newer version"),
              required("commit_time", Type.TIMESTAMP, "committer time of that commit"),
              required(
                  "kind",
                  Type.STRING,
                  "operation_removed, operation_id_renamed, required_parameter_added,"
                      + " parameter_removed, parameter_retyped, response_property_removed,"
                      + " response_property_retyped, trigger_changed, authentication_changed,"
                      + " host_changed or base_path_changed"),
              optional(
                  "operation_id",
                  Type.STRING,
                  "operationId in the older version (method and path if it had none); null for"
                      + " changes to the whole API"),
              required("detail", Type.STRING, "what changed: before -> after, or what went")));

  public static final TableSchema CONFORMANCE_BY_PERIOD =
      new TableSchema(
          "conformance_by_period",
          "Written by the conformance-trends job: per period (month unless census.history.period"
              + " says week, quarter or year) and kind, the connectors live at the period's end"
              + " and how well they pass the rules.",
          List.of(
              required("period", Type.STRING, "first day of the period, yyyy-MM-dd"),
              required("kind", Type.STRING, "certified, independent_publisher or custom"),
              required("connectors_live", Type.LONG, "connectors whose folder existed at the end"),
              required("connectors_with_errors", Type.LONG, "of those, with at least one error"),
              required("error_free_share", Type.DOUBLE, "share of live connectors without error"),
              required(
                  "findings_per_connector", Type.DOUBLE, "findings of any severity, on average"),
              required("errors_per_connector", Type.DOUBLE, "findings of severity error")));

  public static final TableSchema RULE_PASS_RATE_BY_PERIOD =
      new TableSchema(
          "rule_pass_rate_by_period",
          "Written by the conformance-trends job: per period, kind and rule that failed at least one"
              + " live connector of that kind in the period, the share of live connectors that"
              + " pass it.",
          List.of(
              required("period", Type.STRING, "first day of the period, yyyy-MM-dd"),
              required("kind", Type.STRING, "certified, independent_publisher or custom"),
              required("rule_id", Type.STRING, "rule id"),
              required("severity", Type.STRING, "the rule's severity"),
              required("connectors_live", Type.LONG, "connectors of the kind live at the end"),
              required("connectors_failing", Type.LONG, "with at least one finding of the rule"),
              required("pass_rate", Type.DOUBLE, "1 - failing / live")));

  public static final TableSchema CONFORMANCE_BY_COHORT =
      new TableSchema(
          "conformance_by_cohort",
          "Written by the conformance-cohorts job: connectors grouped by the year they were first"
              + " added, and kind; how they passed the rules when added and in their latest"
              + " version.",
          List.of(
              required("cohort_year", Type.INT, "year of the connector's first version"),
              required("kind", Type.STRING, "kind of the connector's first version"),
              required("connectors", Type.LONG, "connectors first added that year"),
              required("still_live", Type.LONG, "of those, not deleted in their latest version"),
              required(
                  "error_free_share_when_added", Type.DOUBLE, "share without error when added"),
              required("error_free_share_now", Type.DOUBLE, "share of the live ones without error"),
              required(
                  "findings_per_connector_when_added", Type.DOUBLE, "average findings when added"),
              required(
                  "findings_per_connector_now", Type.DOUBLE, "average findings of the live ones")));

  public static final TableSchema FINDINGS_BY_RULE =
      new TableSchema(
          "findings_by_rule",
          "Written by the findings-by-rule job: per rule with findings at the crawled commit, how"
              + " many findings and connectors it has; most findings first.",
          List.of(
              required("rule_id", Type.STRING, "findings.rule_id"),
              required("severity", Type.STRING, "the rule's severity in the findings"),
              required("findings", Type.LONG, "findings of the rule"),
              required("connectors", Type.LONG, "connectors with at least one of them")));

  public static final TableSchema CONNECTOR_COUNTS =
      new TableSchema(
          "connector_counts",
          "Written by the connector-counts job: connectors at the crawled commit counted by kind,"
              + " publisher, authentication kind, category and conformance; per dimension, most"
              + " connectors first.",
          List.of(
              required(
                  "dimension",
                  Type.STRING,
                  "kind, publisher, auth_kind, category (a connector counts once under each of its"
                      + " values) or conformance"),
              optional(
                  "value",
                  Type.STRING,
                  "the connector's value; null for no publisher, auth kind or category;"
                      + " conformance is clean, warnings_only or with_errors"),
              required("connectors", Type.LONG, "connectors with that value")));

  public static final TableSchema CONNECTOR_GROWTH =
      new TableSchema(
          "connector_growth",
          "Written by the connector-growth job from the history crawl: per month, connectors"
              + " added (or re-added) less those deleted, and the running total; by month.",
          List.of(
              required("month", Type.STRING, "yyyy-MM of the commits, UTC"),
              required("net_change", Type.LONG, "connectors added or re-added, less deleted"),
              required("total", Type.LONG, "connectors in the repository at the month's end")));

  public static final TableSchema HISTORY_STATE =
      new TableSchema(
          "history_state",
          "Written by crawl --history: one row saying how far the history tables reach, so the"
              + " next crawl walks only the commits added since.",
          List.of(
              required("ref", Type.STRING, "the ref walked"),
              required("tip", Type.STRING, "the commit the history was walked to"),
              required(
                  "rule_catalog_version",
                  Type.STRING,
                  "RuleCatalog.version() the contents were checked with"),
              required("walked_at", Type.TIMESTAMP, "when the crawl finished"),
              required("commits_walked", Type.INT, "commits this crawl walked (new ones only)"),
              required("contents_checked", Type.INT, "folder contents this crawl checked"),
              required("files_read", Type.LONG, "connector files this crawl read")));

  public static final TableSchema RULE_CATALOGS =
      new TableSchema(
          "rule_catalogs",
          "Written by the crawls: the rules of every catalog version that findings in the"
              + " warehouse were made with, so that after a catalog change a crawl re-runs only the"
              + " rules that changed on contents it checked before.",
          List.of(
              required("catalog_version", Type.STRING, "RuleCatalog.version()"),
              required("rule_id", Type.STRING, "rule id (docs/rules.md)"),
              required("severity", Type.STRING, "the rule's severity in that catalog"),
              required("rule_version", Type.INT, "the rule's version in that catalog")));

  public static final TableSchema PULL_REQUESTS =
      new TableSchema(
          "pull_requests",
          "Written by `census crawl --pulls`: one row per refs/pull/N/head in the mirror. Its own"
              + " commits are those reachable from its head but not from dev or master (for a head"
              + " that dev already contains: the commits its merge into dev brought in).",
          List.of(
              required("number", Type.INT, "pull request number N"),
              required("head_commit", Type.STRING, "commit id of refs/pull/N/head"),
              optional("author", Type.STRING, "author name of its earliest own commit"),
              optional(
                  "first_commit_time",
                  Type.TIMESTAMP,
                  "earliest committer time of its own commits"),
              optional(
                  "last_commit_time", Type.TIMESTAMP, "latest committer time of its own commits"),
              required("commit_count", Type.INT, "its own commits"),
              required(
                  "commit_messages",
                  Type.STRING_LIST,
                  "first lines of its own commits' messages, oldest first (at most 100)"),
              optional(
                  "path",
                  Type.STRING,
                  "the connector folder it proposes: of the folders it adds or modifies, one with"
                      + " an API definition first, then added ones, then by path"),
              optional("kind", Type.STRING, "connectors.kind of that folder"),
              optional(
                  "proposed_title",
                  Type.STRING,
                  "info.title of that folder's definition, else its name without \"Proposal -\""
                      + " and \"(Independent Publisher)\", else its readme's first heading"),
              required(
                  "is_proposal",
                  Type.BOOLEAN,
                  "it adds folders holding only readme/intro files, or a folder it touched or one of"
                      + " its commit messages says \"proposal\""),
              required(
                  "has_artifacts",
                  Type.BOOLEAN,
                  "its version of a folder it adds or modifies has an API definition; a proposal"
                      + " without artifacts never got past the proposal"),
              required(
                  "merged",
                  Type.BOOLEAN,
                  "its head is reachable from dev, or a dev commit's first line ends with (#N)"),
              optional("merge_commit", Type.STRING, "the dev commit that brought it in, if merged"),
              optional("merged_at", Type.TIMESTAMP, "committer time of merge_commit"),
              required("dev_commit", Type.STRING, "tip of dev the row was computed against"),
              optional("master_commit", Type.STRING, "tip of master the row was computed against"),
              required(
                  "rule_catalog_version",
                  Type.STRING,
                  "RuleCatalog.version() its folders were checked with")));

  public static final TableSchema PULL_REQUEST_CONNECTORS =
      new TableSchema(
          "pull_request_connectors",
          "Written by `census crawl --pulls`: one row per connector folder a pull request's own"
              + " commits change, compared with the newest dev (or master) commit it is based on,"
              + " as GitHub's \"Files changed\" shows it. A folder added and removed again within"
              + " the pull request has no row.",
          List.of(
              required("number", Type.INT, "pull_requests.number"),
              required("path", Type.STRING, "repository path of the folder: kind folder / folder"),
              required("kind", Type.STRING, "certified, independent_publisher or custom"),
              required("folder", Type.STRING, "folder name, as in the repository"),
              required("change", Type.STRING, "added, modified or deleted"),
              required("exists_on_dev", Type.BOOLEAN, "the folder exists at the tip of dev"),
              optional(
                  "tree_id",
                  Type.STRING,
                  "git tree id of the pull request's version of the folder (its content hash);"
                      + " null when deleted"),
              optional("title", Type.STRING, "info.title of that version's API definition"),
              optional("host", Type.STRING, "host of that version's API definition"),
              optional("publisher", Type.STRING, "publisher in that version's apiProperties.json"),
              optional("readme_title", Type.STRING, "first heading of that version's readme"),
              required("has_swagger", Type.BOOLEAN, "that version has an API definition"),
              required(
                  "only_docs",
                  Type.BOOLEAN,
                  "that version holds nothing but readme.md and intro.md (a proposal)"),
              required("error_count", Type.INT, "findings of severity error in that version"),
              required("warning_count", Type.INT, "findings of severity warning in that version"),
              optional(
                  "base_tree_id",
                  Type.STRING,
                  "git tree id of the folder at the commit the pull request is based on; null"
                      + " when it adds the folder"),
              required(
                  "new_error_count",
                  Type.INT,
                  "findings of severity error in that version that the base version does not hold"
                      + " (matched by census.rules.FindingKey: rule, stable path, message)"),
              required(
                  "new_warning_count",
                  Type.INT,
                  "findings of severity warning in that version that the base version does not"
                      + " hold"),
              required(
                  "breaking_change_count",
                  Type.INT,
                  "changes from the base version's API definition to that version's that break"
                      + " flows (census.history.BreakingChanges, the kinds of breaking_changes); 0"
                      + " when either version has no definition")));

  public static final TableSchema PULL_REQUEST_COMMITS =
      new TableSchema(
          "pull_request_commits",
          "Written by `census crawl --pulls`: one row per own commit of a pull request and"
              + " connector folder that commit changes (against its first parent; a merge only where"
              + " it differs from every parent), with the folder's version after it; the findings"
              + " of that version are in pull_request_findings (path = connector_path and"
              + " tree_id).",
          List.of(
              required("number", Type.INT, "pull_requests.number"),
              required("commit_id", Type.STRING, "the commit"),
              required("commit_time", Type.TIMESTAMP, "its committer time"),
              required(
                  "message", Type.STRING, "first line of its message (at most 300 characters)"),
              required(
                  "ordinal",
                  Type.INT,
                  "its place among the pull request's own commits, oldest first, from 0"),
              required("path", Type.STRING, "repository path of the folder it changes"),
              optional(
                  "tree_id",
                  Type.STRING,
                  "git tree id of the folder after the commit; null when the commit deletes it"),
              required(
                  "is_final",
                  Type.BOOLEAN,
                  "this version of the folder is the one at the pull request's head")));

  public static final TableSchema PULL_REQUEST_FINDINGS =
      new TableSchema(
          "pull_request_findings",
          "Written by `census crawl --pulls`: the findings of each version of a connector folder"
              + " that a pull request's commits make (every own commit's, not only the head's), and"
              + " of the version it is based on, once per version however many pull requests hold"
              + " it; join pull_request_connectors (tree_id or base_tree_id) or"
              + " pull_request_commits on path = connector_path and tree_id.",
          java.util.stream.Stream.concat(
                  java.util.stream.Stream.of(
                      required(
                          "tree_id",
                          Type.STRING,
                          "pull_request_connectors.tree_id of the version")),
                  FINDINGS.columns().stream().filter(c -> !c.name().equals("commit_id")))
              .toList());

  public static final TableSchema PR_OVERLAP =
      new TableSchema(
          "pr_overlap",
          "Written by the pr-overlap job: each open pull request (not merged; git alone cannot tell"
              + " a closed one) that adds or changes a connector folder, classified with the"
              + " publishing process's table against the connectors on dev and the open pull"
              + " requests opened before it: same folder, a title census.match.TitleMatcher"
              + " calls the same connector (identical, version sibling, same service, near"
              + " duplicate), or a definition calling the host of one service on dev.",
          List.of(
              required("number", Type.INT, "pull_requests.number"),
              required("path", Type.STRING, "pull_requests.path: the folder it proposes"),
              optional("proposed_title", Type.STRING, "pull_requests.proposed_title"),
              required("is_proposal", Type.BOOLEAN, "pull_requests.is_proposal"),
              required(
                  "has_artifacts",
                  Type.BOOLEAN,
                  "pull_requests.has_artifacts: false with is_proposal lists the proposals that"
                      + " never got artifacts"),
              required(
                  "outcome",
                  Type.STRING,
                  "on_platform (cannot be built), independent_publisher (add to it), custom_sample,"
                      + " open_proposal (contact its author), open_pull_request (wait for it), new,"
                      + " or update (it changes a connector that exists)"),
              optional("target_path", Type.STRING, "the connector that decided the outcome"),
              optional("target_number", Type.INT, "or the earlier open pull request"),
              optional("target_title", Type.STRING, "that connector's or pull request's title"),
              optional(
                  "match_class",
                  Type.STRING,
                  "same_folder, same_host (its definition calls a host that is evidence of one"
                      + " service: census.match.HostEvidence), or the matcher's class"
                      + " (duplicate_pairs.class)"),
              optional(
                  "score", Type.DOUBLE, "similarity of the titles, 0 to 1 (1 for same_folder)"),
              required("reason", Type.STRING, "why, in words")));

  public static final TableSchema PR_CONFLICTS =
      new TableSchema(
          "pr_conflicts",
          "Written by the pr-overlap job: pairs of open pull requests that change the same"
              + " connector folder; one row per pair and folder, number < other_number.",
          List.of(
              required("path", Type.STRING, "the folder both change"),
              required("number", Type.INT, "the earlier pull request"),
              required("other_number", Type.INT, "the later pull request"),
              required("change", Type.STRING, "added, modified or deleted, in the earlier one"),
              required("other_change", Type.STRING, "the same, in the later one"),
              required(
                  "same_content",
                  Type.BOOLEAN,
                  "both leave the folder with the same tree (the same files)")));

  public static final TableSchema PR_TRIAGE =
      new TableSchema(
          "pr_triage",
          "Written by the pr-triage job: the triage board, one row per pull request not merged"
              + " whose last own commit is within PullRequestTriageJob.WINDOW_MONTHS (12) months of"
              + " the newest pull-request commit in the warehouse (git cannot tell an open pull"
              + " request from a closed one: this is recent activity, not state), with what a"
              + " maintainer weighs: the pr-overlap outcome, the unmerged pull requests it"
              + " overlaps, and the new findings and breaking changes of its folders.",
          List.of(
              required("number", Type.INT, "pull_requests.number"),
              optional("author", Type.STRING, "pull_requests.author"),
              required("first_commit_time", Type.TIMESTAMP, "pull_requests.first_commit_time"),
              required(
                  "last_commit_time",
                  Type.TIMESTAMP,
                  "pull_requests.last_commit_time: its last activity in git"),
              required(
                  "age_days",
                  Type.INT,
                  "days from its first commit to the newest pull-request commit in the warehouse"),
              required("commit_count", Type.INT, "pull_requests.commit_count"),
              optional("path", Type.STRING, "pull_requests.path: the folder it proposes"),
              optional("proposed_title", Type.STRING, "pull_requests.proposed_title"),
              required(
                  "folder_count",
                  Type.INT,
                  "connector folders it changes (pull_request_connectors rows)"),
              optional(
                  "outcome",
                  Type.STRING,
                  "pr_overlap.outcome; null when it changes no connector folder"),
              optional("target_path", Type.STRING, "pr_overlap.target_path"),
              optional("target_number", Type.INT, "pr_overlap.target_number"),
              optional("target_title", Type.STRING, "pr_overlap.target_title"),
              required(
                  "overlaps",
                  Type.INT,
                  "other pull requests not merged that change one of its folders (pr_conflicts)"),
              required(
                  "new_error_count",
                  Type.INT,
                  "pull_request_connectors.new_error_count summed over its folders"),
              required(
                  "new_warning_count",
                  Type.INT,
                  "pull_request_connectors.new_warning_count summed over its folders"),
              required(
                  "breaking_change_count",
                  Type.INT,
                  "pull_request_connectors.breaking_change_count summed over its folders"),
              required(
                  "blocks",
                  Type.BOOLEAN,
                  "it would be blocked: a new error, a breaking change, or outcome on_platform"),
              required(
                  "url",
                  Type.STRING,
                  "https://github.com/microsoft/PowerPlatformConnectors/pull/ and its number")));

  public static final TableSchema RULE_EVIDENCE =
      new TableSchema(
          "rule_evidence",
          "Written by the rule-evidence job: what the repository's history says of each rule (and of"
              + " each field it checks, its facet) in a window of merges: how many merged connector"
              + " versions carry it, and how often pull requests fixed it before they were merged."
              + " census.rules.SeverityPolicy turns the calibration window's figures into"
              + " severities.",
          List.of(
              required(
                  "window",
                  Type.STRING,
                  "calibration (merges up to SeverityPolicy.CALIBRATION_END) or test (merges after"
                      + " it, kept to test the thresholds)"),
              required("rule_id", Type.STRING, "rule id (docs/rules.md)"),
              required(
                  "facet",
                  Type.STRING,
                  "empty for the whole rule; else the field its findings are on"
                      + " (FindingKey.facet(): the last named step of the pointer, or the file)"),
              required("severity", Type.STRING, "the rule's severity in the catalog of the run"),
              required(
                  "versions",
                  Type.LONG,
                  "merged connector versions in the window (connector_versions, not deleted), of"
                      + " the kinds the rule applies to"),
              required("versions_carrying", Type.LONG, "of those, with a finding of it"),
              required("carry_share", Type.DOUBLE, "versions_carrying / versions (0 when none)"),
              required(
                  "connectors_live",
                  Type.LONG,
                  "connectors of those kinds live at the window's end"),
              required("connectors_carrying", Type.LONG, "of those, with a finding of it"),
              required(
                  "review_cases",
                  Type.LONG,
                  "violations (distinct pull request, folder and FindingKey) in an earlier commit's"
                      + " version of a folder of a pull request merged in the window"),
              required(
                  "review_fixed",
                  Type.LONG,
                  "of those, absent from the pull request's final version of the folder"),
              required(
                  "review_pull_requests",
                  Type.LONG,
                  "the merged pull requests the review cases come from: how large the sample is"),
              optional("review_fix_share", Type.DOUBLE, "review_fixed / review_cases"),
              required(
                  "validation_cases",
                  Type.LONG,
                  "violations in the version before a pull-request commit whose message speaks of"
                      + " validation or certification fixes, in the window"),
              required("validation_fixed", Type.LONG, "of those, gone after that commit"),
              required(
                  "validation_commits", Type.LONG, "the commits the validation cases come from"),
              optional(
                  "validation_fix_share", Type.DOUBLE, "validation_fixed / validation_cases")));

  /** Every table, in the order the docs list them. */
  public static List<TableSchema> all() {
    return List.of(
        CONNECTORS,
        OPERATIONS,
        FINDINGS,
        RUNS,
        FINGERPRINTS,
        DUPLICATE_PAIRS,
        DUPLICATE_GROUPS,
        CONNECTOR_VERSIONS,
        CONNECTOR_CONTENTS,
        CONTENT_FINDINGS,
        BREAKING_CHANGES,
        HISTORY_STATE,
        RULE_CATALOGS,
        CONFORMANCE_BY_PERIOD,
        RULE_PASS_RATE_BY_PERIOD,
        CONFORMANCE_BY_COHORT,
        FINDINGS_BY_RULE,
        CONNECTOR_COUNTS,
        CONNECTOR_GROWTH,
        PULL_REQUESTS,
        PULL_REQUEST_CONNECTORS,
        PULL_REQUEST_FINDINGS,
        PULL_REQUEST_COMMITS,
        RULE_EVIDENCE,
        PR_OVERLAP,
        PR_CONFLICTS,
        PR_TRIAGE);
  }
}
