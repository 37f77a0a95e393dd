"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { Translate } from "@/lib/i18n/translate";
import { SCENARIO_KINDS, ScenarioSchema, type DesignNode, type Scenario, type ScenarioKind, type TimelinePoint } from "@/lib/simulator/schema";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { useIssueWords } from "@/components/ui/use-issue-words";
import type { IssueLike } from "@/lib/i18n/issue-text";
import { formatMs, formatPercent } from "./format";
import { TimelineChart } from "./timeline-chart";

export type ScenarioRunResult = {
  servedShare: number;
  p99Ms: number | null;
  summary: string;
  timeline: TimelinePoint[];
};

export type ScenarioRunnerProps = {
  nodes: DesignNode[];
  regions: string[];
  /** Where nodes without a region run (the first user region), said beside the region picker. */
  homeRegion?: string;
  /** The clarified share of reads for the hottest key: the hot-key scenario's default. */
  hotKeyShare?: number;
  onRun: (scenario: Scenario) => Promise<ScenarioRunResult | { error: string }>;
  /** The last run before a reload, shown again with its scenario picked. */
  lastRun?: { scenario: Scenario; result: ScenarioRunResult } | null;
};

type Params = { node: string; instances: string; region: string; factor: string; share: string };

/** Builds the scenario from the form, checked by the simulator's schema. */
export function buildScenario(kind: ScenarioKind, p: Params, t: Translate, say: (issue: IssueLike) => string = (issue) => issue.message): { ok: true; scenario: Scenario } | { ok: false; message: string } {
  const candidate: Record<string, unknown> = { kind };
  if (kind === "instance_failure" || kind === "node_down") {
    if (!p.node) return { ok: false, message: t("scenarios.pickNode") };
    candidate.node = p.node;
  }
  if (kind === "instance_failure") candidate.instances = Number(p.instances);
  if (kind === "region_outage") {
    if (!p.region) return { ok: false, message: t("scenarios.pickRegion") };
    candidate.region = p.region;
  }
  if (kind === "traffic_spike") candidate.factor = Number(p.factor);
  if (kind === "hot_key") candidate.shareOfReads = Number(p.share);
  const parsed = ScenarioSchema.safeParse(candidate, { reportInput: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = { instances: "instancesFailing", factor: "trafficFactor", shareOfReads: "shareOfReads" }[String(issue.path[0])] ?? "scenario";
    return { ok: false, message: t("scenarios.fieldIssue", { field: t(`scenarios.${key}`), message: say(issue) }) };
  }
  return { ok: true, scenario: parsed.data };
}

/**
 * Puts the board through one failure and shows what the users would see. Its field labels
 * differ from the inspector's ("Region", "Instances") and the requirements sheet's, since all
 * three can be on screen at once and tests find fields by label.
 */
function paramsOf(scenario: Scenario | undefined, hotKeyShare?: number): Params {
  const params: Params = { node: "", instances: "1", region: "", factor: "3", share: hotKeyShare && hotKeyShare > 0 ? String(hotKeyShare) : "0.2" };
  if (scenario?.kind === "instance_failure") Object.assign(params, { node: scenario.node, instances: String(scenario.instances) });
  if (scenario?.kind === "node_down") params.node = scenario.node;
  if (scenario?.kind === "region_outage") params.region = scenario.region;
  if (scenario?.kind === "traffic_spike") params.factor = String(scenario.factor);
  if (scenario?.kind === "hot_key") params.share = String(scenario.shareOfReads);
  return params;
}

export function ScenarioRunner({ nodes, regions, homeRegion, hotKeyShare, onRun, lastRun }: ScenarioRunnerProps) {
  const id = useId();
  const t = useTranslations("interview");
  const say = useIssueWords();
  const targets = nodes.filter((n) => n.kind !== "client");
  const [kind, setKind] = useState<ScenarioKind>(lastRun?.scenario.kind ?? "instance_failure");
  const [params, setParams] = useState<Params>(() => paramsOf(lastRun?.scenario, hotKeyShare));
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ScenarioRunResult | null>(lastRun?.result ?? null);

  // A node or region that left the board falls back to the first one still there.
  const node = targets.some((n) => n.id === params.node) ? params.node : (targets[0]?.id ?? "");
  const region = regions.includes(params.region) ? params.region : (regions[0] ?? "");
  const set = (key: keyof Params) => (value: string) => setParams((p) => ({ ...p, [key]: value }));

  const run = async () => {
    const built = buildScenario(kind, { ...params, node, region }, t, say);
    if (!built.ok) return setError(built.message);
    setError(null);
    setRunning(true);
    try {
      const outcome = await onRun(built.scenario);
      if ("error" in outcome) {
        setError(outcome.error);
        setResult(null);
      } else setResult(outcome);
    } catch (e) {
      setError(e instanceof Error ? e.message : t("scenarios.couldNotRun"));
    } finally {
      setRunning(false);
    }
  };

  const field = (suffix: string) => `${id}-${suffix}`;
  const label = "block text-xs font-medium text-slate-700 dark:text-slate-300";

  return (
    <section aria-labelledby={field("title")} className="space-y-3">
      <h2 id={field("title")} className="text-sm font-semibold text-slate-800 dark:text-slate-200">
        {t("scenarios.title")}
      </h2>
      <form
        noValidate
        className="grid gap-3 sm:grid-cols-2"
        onSubmit={(event) => {
          event.preventDefault();
          void run();
        }}
      >
        <div className="space-y-1 sm:col-span-2">
          <label htmlFor={field("kind")} className={label}>
            {t("scenarios.kind")}
          </label>
          <select id={field("kind")} className={inputClass} value={kind} onChange={(e) => setKind(e.target.value as ScenarioKind)}>
            {SCENARIO_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`scenarios.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>

        {kind === "instance_failure" || kind === "node_down" ? (
          <div className="space-y-1">
            <label htmlFor={field("node")} className={label}>
              {t("scenarios.nodeToFail")}
            </label>
            <select id={field("node")} className={inputClass} value={node} onChange={(e) => set("node")(e.target.value)}>
              {targets.length === 0 ? <option value="">{t("scenarios.noComponents")}</option> : null}
              {targets.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.label ? `${n.label} (${n.id})` : n.id}
                </option>
              ))}
            </select>
            {homeRegion && nodes.some((n) => !n.region && n.kind !== "client" && n.kind !== "dns" && n.kind !== "cdn") ? (
              <p className="text-xs text-slate-600 dark:text-slate-400">{t("scenarios.homeRegion", { region: homeRegion })}</p>
            ) : null}
          </div>
        ) : null}
        {kind === "instance_failure" ? (
          <NumberInput id={field("instances")} label={t("scenarios.instancesFailing")} value={params.instances} onChange={set("instances")} step="1" min="1" />
        ) : null}
        {kind === "region_outage" ? (
          <div className="space-y-1">
            <label htmlFor={field("region")} className={label}>
              {t("scenarios.regionToFail")}
            </label>
            <select id={field("region")} className={inputClass} value={region} onChange={(e) => set("region")(e.target.value)}>
              {regions.length === 0 ? <option value="">{t("scenarios.noRegions")}</option> : null}
              {regions.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
            {homeRegion && nodes.some((n) => !n.region && n.kind !== "client" && n.kind !== "dns" && n.kind !== "cdn") ? (
              <p className="text-xs text-slate-600 dark:text-slate-400">{t("scenarios.homeRegion", { region: homeRegion })}</p>
            ) : null}
          </div>
        ) : null}
        {kind === "traffic_spike" ? (
          <NumberInput id={field("factor")} label={t("scenarios.trafficFactor")} value={params.factor} onChange={set("factor")} step="0.5" min="0.5" />
        ) : null}
        {kind === "hot_key" ? (
          <NumberInput id={field("share")} label={t("scenarios.shareOfReads")} value={params.share} onChange={set("share")} step="0.05" min="0" max="1" />
        ) : null}

        <div className="flex items-center gap-3 sm:col-span-2">
          <button type="submit" className={buttonClass.primary} disabled={running}>
            {t("scenarios.run")}
          </button>
          <span role="status" className="text-xs text-slate-600 dark:text-slate-400">
            {running ? t("scenarios.running") : ""}
          </span>
        </div>
      </form>

      {error ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}

      {result ? (
        <div className="space-y-2" aria-label={t("scenarios.result")} role="region">
          <p className="text-sm">
            {t.rich("scenarios.served", {
              share: formatPercent(result.servedShare),
              p99: formatMs(result.p99Ms, t),
              strong: (chunks) => <span className="font-semibold">{chunks}</span>,
            })}
          </p>
          <p className="text-sm text-slate-700 dark:text-slate-300">{result.summary}</p>
          <TimelineChart timeline={result.timeline} />
        </div>
      ) : null}
    </section>
  );
}

function NumberInput(props: { id: string; label: string; value: string; onChange: (v: string) => void; step: string; min: string; max?: string }) {
  return (
    <div className="space-y-1">
      <label htmlFor={props.id} className="block text-xs font-medium text-slate-700 dark:text-slate-300">
        {props.label}
      </label>
      <input
        id={props.id}
        type="number"
        inputMode="decimal"
        className={inputClass}
        value={props.value}
        step={props.step}
        min={props.min}
        max={props.max}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  );
}
