/** How much a finding matters; `--fail-on` and SARIF's security-severity are derived from it. */
export type Severity = "critical" | "high" | "medium" | "low";

export const SEVERITIES: readonly Severity[] = ["critical", "high", "medium", "low"];

/** The file type a rule reads; one source file per type under src/rules/. */
export type RuleType = "workflow" | "dockerfile" | "compose" | "dependency-updates" | "shell" | "kubernetes" | "nginx" | "prometheus" | "cross-file";

/** A YAML document with its data and a way back from a key path to its 1-based line. */
export interface YamlDoc {
  readonly data: unknown;
  /** Line of the key (for a map entry) or item (for a sequence entry) at `path`; undefined when absent. */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

export interface YamlFile extends YamlDoc {
  readonly path: string;
  readonly text: string;
}

/** A multi-document YAML file (Kubernetes manifests). */
export interface MultiYamlFile {
  readonly path: string;
  readonly text: string;
  readonly docs: readonly YamlDoc[];
}

/** One Dockerfile instruction, continuation lines joined, comments dropped. */
export interface Instruction {
  readonly keyword: string;
  /** Everything after the keyword, flags included. */
  readonly args: string;
  /** 1-based. */
  readonly line: number;
}

export interface Stage {
  /** Lower-cased `AS` name, if any. */
  readonly name: string | undefined;
  /** The FROM image reference without `--platform` and `AS name`. */
  readonly image: string;
  readonly from: Instruction;
  readonly body: readonly Instruction[];
}

export interface DockerfileDoc {
  readonly path: string;
  readonly text: string;
  readonly instructions: readonly Instruction[];
  readonly stages: readonly Stage[];
}

export interface TextFile {
  readonly path: string;
  readonly text: string;
}

export interface JsonFile {
  readonly path: string;
  readonly data: unknown;
}

/** One nginx directive; `block` holds the directives between its braces. */
export interface NginxDirective {
  readonly name: string;
  readonly args: readonly string[];
  /** 1-based. */
  readonly line: number;
  readonly block?: readonly NginxDirective[];
}

export interface NginxFile {
  readonly path: string;
  readonly text: string;
  readonly directives: readonly NginxDirective[];
}

/** A file that exists but could not be parsed; reported, never silently skipped. */
export interface UnreadableFile {
  readonly path: string;
  readonly reason: string;
}

/** Everything the rules see of a repository: paths, and the DevOps files parsed by type. */
export interface RepoView {
  /** Every repository-relative POSIX path listed (dependency and build folders excluded). */
  readonly paths: readonly string[];
  readonly workflows: readonly YamlFile[];
  /** Composite and other actions (`action.yml` outside `.github/workflows`). */
  readonly actions: readonly YamlFile[];
  readonly dockerfiles: readonly DockerfileDoc[];
  readonly composes: readonly YamlFile[];
  readonly dependabot: YamlFile | undefined;
  readonly renovate: JsonFile | undefined;
  readonly shells: readonly TextFile[];
  readonly kubernetes: readonly MultiYamlFile[];
  readonly nginx: readonly NginxFile[];
  /** Prometheus rule files (`groups:` of `rules:`). */
  readonly prometheusRules: readonly YamlFile[];
  readonly unreadable: readonly UnreadableFile[];
}

/** What a check returns: where, and what is wrong there. */
export interface Hit {
  readonly file: string;
  /** 1-based, when the problem has a line. */
  readonly line?: number;
  readonly message: string;
}

/** A rule is data: a stable id, what it protects against, how to fix it, and a pure check. */
export interface Rule {
  /** Stable: never renumbered, never reused (`WF001`). */
  readonly id: string;
  readonly type: RuleType;
  /** One line: what good looks like. */
  readonly title: string;
  readonly severity: Severity;
  /** Why it matters. */
  readonly rationale: string;
  /** What to change. */
  readonly fix: string;
  readonly check: (repo: RepoView) => Hit[];
}

/** A hit with its rule's data attached. */
export interface Finding extends Hit {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly title: string;
  readonly fix: string;
}
