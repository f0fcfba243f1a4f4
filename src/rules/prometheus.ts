import type { Hit, Rule, YamlFile } from "./types.js";
import { asObj, isObj, str } from "./walk.js";

const type = "prometheus";

interface AlertAt {
  readonly file: YamlFile;
  readonly alert: Record<string, unknown>;
  readonly name: string;
  readonly path: readonly (string | number)[];
}

function alerts(files: readonly YamlFile[]): AlertAt[] {
  return files.flatMap((file) => {
    const groups = asObj(file.data).groups;
    if (!Array.isArray(groups)) return [];
    return groups.flatMap((g: unknown, gi) => {
      const rules = asObj(g).rules;
      if (!Array.isArray(rules)) return [];
      return rules.flatMap((r: unknown, ri) =>
        isObj(r) && typeof r.alert === "string" ? [{ file, alert: r as Record<string, unknown>, name: r.alert, path: ["groups", gi, "rules", ri] }] : [],
      );
    });
  });
}

const hit = (at: AlertAt, message: string): Hit => ({ file: at.file.path, line: at.file.lineOf(at.path), message: `alert ${at.name}: ${message}` });

export const prometheusRules: readonly Rule[] = [
  {
    id: "PR001",
    type,
    title: "Alerts wait a `for:` duration before firing",
    severity: "low",
    rationale: "An alert that fires on one evaluation pages people for every blip and teaches them to ignore it. Always-firing watchdogs (`vector(1)`) and `absent()` checks are the exception.",
    fix: "Add `for: 5m` (or what the symptom needs) to the alerting rule.",
    check: (repo) =>
      alerts(repo.prometheusRules).flatMap((at) => {
        const expr = String(at.alert.expr ?? "");
        if (at.alert.for !== undefined || /\babsent(_over_time)?\(|^\s*vector\(1\)\s*$/.test(expr)) return [];
        return [hit(at, "no for: it fires on a single evaluation")];
      }),
  },
  {
    id: "PR002",
    type,
    title: "Alerts carry a severity, a summary and a runbook link",
    severity: "low",
    rationale: "Alertmanager routes on the severity label; whoever is paged needs a one-line summary and the runbook that says what to do next.",
    fix: "Add `labels: { severity: critical|warning }` and `annotations: { summary: …, runbook_url: … }`.",
    check: (repo) =>
      alerts(repo.prometheusRules).flatMap((at) => {
        const labels = asObj(at.alert.labels);
        const annotations = asObj(at.alert.annotations);
        const missing = [
          ...(str(labels.severity) ? [] : ["labels.severity"]),
          ...(str(annotations.summary) ?? str(annotations.description) ? [] : ["annotations.summary"]),
          ...(str(annotations.runbook_url) ? [] : ["annotations.runbook_url"]),
        ];
        return missing.length > 0 ? [hit(at, `no ${missing.join(", ")}`)] : [];
      }),
  },
];
