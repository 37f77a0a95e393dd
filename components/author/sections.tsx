"use client";

import { useTranslations } from "next-intl";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { emptyFact, RUBRIC_KEYS, type Draft, type DraftCurveball, type DraftFact, type DraftProbe, type ProbeWhen } from "@/lib/authoring/editor-model";
import { DEFAULT_PHASE_BANDS } from "@/lib/prompts/schema";
import { NODE_KINDS } from "@/lib/simulator/schema";
import { Bilingual, fieldId, ListInput, NumberInput, Section, TextInput } from "./fields";
import { RequirementSets } from "./requirement-sets";

type Update = (change: (draft: Draft) => Draft) => void;

function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((old, i) => (i === index ? item : old));
}

export function FactsSection({ facts, update }: { facts: DraftFact[]; update: Update }) {
  const setFact = (index: number, fact: DraftFact) => update((d) => ({ ...d, facts: replaceAt(d.facts, index, fact) }));
  const t = useTranslations("author.facts");
  return (
    <Section
      title={t("title")}
      actions={
        <button type="button" className={buttonClass.secondary} onClick={() => update((d) => ({ ...d, facts: [...d.facts, emptyFact(d.facts.length)] }))}>
          {t("add")}
        </button>
      }
    >
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("intro")}</p>
      <ol className="space-y-4">
        {facts.map((fact, index) => {
          const n = index + 1;
          const at = `facts[${index}]`;
          return (
            <li key={index} className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 className="font-medium">{t("fact", { n })}</h3>
                <button type="button" className={buttonClass.ghost} onClick={() => update((d) => ({ ...d, facts: d.facts.filter((_, i) => i !== index) }))}>
                  {t("remove", { n })}
                </button>
              </div>
              <div className="grid gap-3 md:grid-cols-3">
                <TextInput path={`${at}.id`} label={t("id", { n })} value={fact.id} onChange={(id) => setFact(index, { ...fact, id })} hint={t("idHint")} />
                <TextInput path={`${at}.topic`} label={t("topic", { n })} value={fact.topic} onChange={(topic) => setFact(index, { ...fact, topic })} />
                <div className="flex items-center gap-2 pt-6">
                  <input id={fieldId(`${at}.key`)} type="checkbox" checked={fact.key} onChange={(e) => setFact(index, { ...fact, key: e.target.checked })} />
                  <label htmlFor={fieldId(`${at}.key`)} className="text-sm">
                    {t("key", { n })}
                  </label>
                </div>
              </div>
              <Bilingual
                path={`${at}.answer`}
                koPath={`${at}.ko.answer`}
                label={t("answer", { n })}
                en={fact.answer}
                ko={fact.answerKo}
                onEn={(answer) => setFact(index, { ...fact, answer })}
                onKo={(answerKo) => setFact(index, { ...fact, answerKo })}
                multiline
              />
              <ListInput path={`${at}.ask`} label={t("phrasings", { n })} value={fact.ask} onChange={(ask) => setFact(index, { ...fact, ask })} separator="line" hint={t("phrasingsHint")} />
              <ListInput path={`${at}.intents`} label={t("intents", { n })} value={fact.intents} onChange={(intents) => setFact(index, { ...fact, intents })} separator="comma" hint={t("intentsHint")} />
              <RequirementSets path={`${at}.sets`} owner={t("owner", { n })} sets={fact.sets} onChange={(sets) => setFact(index, { ...fact, sets })} />
            </li>
          );
        })}
      </ol>
    </Section>
  );
}

// Each kind's words are author.probes.when.<id>.
const WHEN_KINDS = ["phase", "missing", "has"] as const;

function whenKind(when: ProbeWhen): "phase" | "missing" | "has" {
  return "phase" in when ? "phase" : "missing" in when ? "missing" : "has";
}

export function ProbesSection({ probes, update }: { probes: DraftProbe[]; update: Update }) {
  const setProbe = (index: number, probe: DraftProbe) => update((d) => ({ ...d, probes: replaceAt(d.probes, index, probe) }));
  const t = useTranslations("author.probes");
  const tBoard = useTranslations("whiteboard.kinds");
  return (
    <Section
      title={t("title")}
      actions={
        <button type="button" className={buttonClass.secondary} onClick={() => update((d) => ({ ...d, probes: [...d.probes, { when: { phase: 3 }, ask: "", lookFor: [], askKo: "" }] }))}>
          {t("add")}
        </button>
      }
    >
      {probes.length === 0 ? <p className="text-sm text-slate-500">{t("empty")}</p> : null}
      <ol className="space-y-4">
        {probes.map((probe, index) => {
          const n = index + 1;
          const at = `probes[${index}]`;
          const kind = whenKind(probe.when);
          const value = "phase" in probe.when ? String(probe.when.phase) : "missing" in probe.when ? probe.when.missing : probe.when.has;
          const setWhen = (k: string, v: string) =>
            setProbe(index, { ...probe, when: k === "phase" ? { phase: (Number(v) || 3) as 2 | 3 | 4 } : k === "missing" ? { missing: v || NODE_KINDS[0] } : { has: v || NODE_KINDS[0] } });
          return (
            <li key={index} className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 className="font-medium">{t("probe", { n })}</h3>
                <button type="button" className={buttonClass.ghost} onClick={() => update((d) => ({ ...d, probes: d.probes.filter((_, i) => i !== index) }))}>
                  {t("remove", { n })}
                </button>
              </div>
              <div className="grid gap-3 md:grid-cols-2">
                <div className="space-y-1">
                  <label htmlFor={fieldId(`${at}.when.kind`)} className="block text-sm font-medium">
                    {t("condition", { n })}
                  </label>
                  <select id={fieldId(`${at}.when.kind`)} className={inputClass} value={kind} onChange={(e) => setWhen(e.target.value, e.target.value === "phase" ? "3" : NODE_KINDS[0])}>
                    {WHEN_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {t(`when.${k}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="space-y-1">
                  <label htmlFor={fieldId(`${at}.when`)} className="block text-sm font-medium">
                    {t(kind === "phase" ? "phaseLabel" : "componentLabel", { n })}
                  </label>
                  <select id={fieldId(`${at}.when`)} className={inputClass} value={value} onChange={(e) => setWhen(kind, e.target.value)}>
                    {(kind === "phase" ? ["2", "3", "4"] : NODE_KINDS).map((option) => (
                      <option key={option} value={option}>
                        {kind === "phase" ? t("phaseOption", { phase: option }) : tBoard(`${option}.noun`)}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
              <Bilingual path={`${at}.ask`} koPath={`${at}.ko.ask`} label={t("question", { n })} en={probe.ask} ko={probe.askKo} onEn={(ask) => setProbe(index, { ...probe, ask })} onKo={(askKo) => setProbe(index, { ...probe, askKo })} multiline />
              <ListInput path={`${at}.lookFor`} label={t("lookFor", { n })} value={probe.lookFor} onChange={(lookFor) => setProbe(index, { ...probe, lookFor })} separator="comma" />
            </li>
          );
        })}
      </ol>
    </Section>
  );
}

export function CurveballsSection({ curveballs, update }: { curveballs: DraftCurveball[]; update: Update }) {
  const setBall = (index: number, ball: DraftCurveball) => update((d) => ({ ...d, curveballs: replaceAt(d.curveballs, index, ball) }));
  const t = useTranslations("author.curveballs");
  return (
    <Section
      title={t("title")}
      actions={
        <button type="button" className={buttonClass.secondary} onClick={() => update((d) => ({ ...d, curveballs: [...d.curveballs, { atMinute: 25, say: "", sets: {}, sayKo: "" }] }))}>
          {t("add")}
        </button>
      }
    >
      {curveballs.length === 0 ? <p className="text-sm text-slate-500">{t("empty")}</p> : null}
      <ol className="space-y-4">
        {curveballs.map((ball, index) => {
          const n = index + 1;
          const at = `curveballs[${index}]`;
          return (
            <li key={index} className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 className="font-medium">{t("curveball", { n })}</h3>
                <button type="button" className={buttonClass.ghost} onClick={() => update((d) => ({ ...d, curveballs: d.curveballs.filter((_, i) => i !== index) }))}>
                  {t("remove", { n })}
                </button>
              </div>
              <NumberInput path={`${at}.atMinute`} label={t("minute", { n })} value={ball.atMinute} onChange={(v) => setBall(index, { ...ball, atMinute: v ?? 0 })} min={0} max={120} />
              <Bilingual path={`${at}.say`} koPath={`${at}.ko.say`} label={t("announcement", { n })} en={ball.say} ko={ball.sayKo} onEn={(say) => setBall(index, { ...ball, say })} onKo={(sayKo) => setBall(index, { ...ball, sayKo })} multiline />
              <RequirementSets path={`${at}.sets`} owner={t("owner", { n })} sets={ball.sets} onChange={(sets) => setBall(index, { ...ball, sets })} />
            </li>
          );
        })}
      </ol>
    </Section>
  );
}


export function RubricAndPhasesSection({ rubric, phases, update }: { rubric: Draft["rubric"]; phases: Draft["phases"]; update: Update }) {
  const t = useTranslations("author.rubric");
  const phaseName = (index: number) => t(`phases.${index + 1}`);
  const bands = phases ?? DEFAULT_PHASE_BANDS.map(([a, b]) => [a, b] as [number, number]);
  const setBand = (index: number, end: 0 | 1, value: number | undefined) =>
    update((d) => ({ ...d, phases: bands.map((band, i) => (i === index ? (end === 0 ? [value ?? 0, band[1]] : [band[0], value ?? 0]) : band)) as [number, number][] }));
  return (
    <Section title={t("title")}>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("weightsIntro")}</p>
      <div className="grid gap-3 md:grid-cols-4">
        {RUBRIC_KEYS.map((key) => (
          <NumberInput
            key={key}
            path={`rubric.${key}`}
            label={t(`labels.${key}`)}
            value={rubric?.[key]}
            min={0}
            max={100}
            onChange={(value) =>
              update((d) => {
                const next = { ...(d.rubric ?? {}) };
                if (value === undefined) delete next[key];
                else next[key] = value;
                return { ...d, rubric: Object.keys(next).length > 0 ? next : null };
              })
            }
          />
        ))}
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("bandsIntro")}</p>
      <div className="grid gap-3 md:grid-cols-4">
        {bands.map((band, index) => (
          <fieldset key={index} className="space-y-2">
            <legend className="text-sm font-medium">{phaseName(index)}</legend>
            <NumberInput path={`phases[${index}][0]`} label={t("minimum", { phase: phaseName(index) })} value={band[0]} min={0} max={120} onChange={(v) => setBand(index, 0, v)} />
            <NumberInput path={`phases[${index}][1]`} label={t("maximum", { phase: phaseName(index) })} value={band[1]} min={0} max={120} onChange={(v) => setBand(index, 1, v)} />
          </fieldset>
        ))}
      </div>
      {phases ? (
        <button type="button" className={buttonClass.ghost} onClick={() => update((d) => ({ ...d, phases: null }))}>
          {t("useDefaults")}
        </button>
      ) : null}
    </Section>
  );
}
