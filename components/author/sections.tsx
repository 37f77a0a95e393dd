"use client";

import { buttonClass, inputClass } from "@/components/ui/styles";
import { emptyFact, RUBRIC_KEYS, type Draft, type DraftCurveball, type DraftFact, type DraftProbe, type ProbeWhen, type RubricKey } from "@/lib/authoring/editor-model";
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
  return (
    <Section
      title="Facts"
      actions={
        <button type="button" className={buttonClass.secondary} onClick={() => update((d) => ({ ...d, facts: [...d.facts, emptyFact(d.facts.length)] }))}>
          Add a fact
        </button>
      }
    >
      <p className="text-sm text-slate-600 dark:text-slate-400">What the interviewer knows and reveals when asked. A key fact counts towards “clarified the essentials”.</p>
      <ol className="space-y-4">
        {facts.map((fact, index) => {
          const n = index + 1;
          const at = `facts[${index}]`;
          return (
            <li key={index} className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 className="font-medium">Fact {n}</h3>
                <button type="button" className={buttonClass.ghost} onClick={() => update((d) => ({ ...d, facts: d.facts.filter((_, i) => i !== index) }))}>
                  Remove fact {n}
                </button>
              </div>
              <div className="grid gap-3 md:grid-cols-3">
                <TextInput path={`${at}.id`} label={`Fact ${n} id`} value={fact.id} onChange={(id) => setFact(index, { ...fact, id })} hint="kebab-case, e.g. daily-users" />
                <TextInput path={`${at}.topic`} label={`Fact ${n} topic`} value={fact.topic} onChange={(topic) => setFact(index, { ...fact, topic })} />
                <div className="flex items-center gap-2 pt-6">
                  <input id={fieldId(`${at}.key`)} type="checkbox" checked={fact.key} onChange={(e) => setFact(index, { ...fact, key: e.target.checked })} />
                  <label htmlFor={fieldId(`${at}.key`)} className="text-sm">
                    Fact {n} is a key fact
                  </label>
                </div>
              </div>
              <Bilingual
                path={`${at}.answer`}
                koPath={`${at}.ko.answer`}
                label={`Fact ${n} answer`}
                en={fact.answer}
                ko={fact.answerKo}
                onEn={(answer) => setFact(index, { ...fact, answer })}
                onKo={(answerKo) => setFact(index, { ...fact, answerKo })}
                multiline
              />
              <ListInput path={`${at}.ask`} label={`Fact ${n} phrasings`} value={fact.ask} onChange={(ask) => setFact(index, { ...fact, ask })} separator="line" hint="One per line, any language: how a candidate might ask for this." />
              <ListInput path={`${at}.intents`} label={`Fact ${n} intent topics`} value={fact.intents} onChange={(intents) => setFact(index, { ...fact, intents })} separator="comma" hint="Optional, for facts that set no requirement (e.g. features, growth)." />
              <RequirementSets path={`${at}.sets`} owner={`fact ${n}`} sets={fact.sets} onChange={(sets) => setFact(index, { ...fact, sets })} />
            </li>
          );
        })}
      </ol>
    </Section>
  );
}

const WHEN_KINDS = [
  { id: "phase", label: "when phase starts" },
  { id: "missing", label: "when the board lacks" },
  { id: "has", label: "when the board has" },
] as const;

function whenKind(when: ProbeWhen): "phase" | "missing" | "has" {
  return "phase" in when ? "phase" : "missing" in when ? "missing" : "has";
}

export function ProbesSection({ probes, update }: { probes: DraftProbe[]; update: Update }) {
  const setProbe = (index: number, probe: DraftProbe) => update((d) => ({ ...d, probes: replaceAt(d.probes, index, probe) }));
  return (
    <Section
      title="Probes"
      actions={
        <button type="button" className={buttonClass.secondary} onClick={() => update((d) => ({ ...d, probes: [...d.probes, { when: { phase: 3 }, ask: "", lookFor: [], askKo: "" }] }))}>
          Add a probe
        </button>
      }
    >
      {probes.length === 0 ? <p className="text-sm text-slate-500">No probes yet: questions the interviewer asks when their condition holds.</p> : null}
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
                <h3 className="font-medium">Probe {n}</h3>
                <button type="button" className={buttonClass.ghost} onClick={() => update((d) => ({ ...d, probes: d.probes.filter((_, i) => i !== index) }))}>
                  Remove probe {n}
                </button>
              </div>
              <div className="grid gap-3 md:grid-cols-2">
                <div className="space-y-1">
                  <label htmlFor={fieldId(`${at}.when.kind`)} className="block text-sm font-medium">
                    Probe {n} condition
                  </label>
                  <select id={fieldId(`${at}.when.kind`)} className={inputClass} value={kind} onChange={(e) => setWhen(e.target.value, e.target.value === "phase" ? "3" : NODE_KINDS[0])}>
                    {WHEN_KINDS.map((k) => (
                      <option key={k.id} value={k.id}>
                        {k.label}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="space-y-1">
                  <label htmlFor={fieldId(`${at}.when`)} className="block text-sm font-medium">
                    Probe {n} {kind === "phase" ? "phase" : "component"}
                  </label>
                  <select id={fieldId(`${at}.when`)} className={inputClass} value={value} onChange={(e) => setWhen(kind, e.target.value)}>
                    {(kind === "phase" ? ["2", "3", "4"] : NODE_KINDS).map((option) => (
                      <option key={option} value={option}>
                        {kind === "phase" ? `phase ${option}` : option.replace(/_/g, " ")}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
              <Bilingual path={`${at}.ask`} koPath={`${at}.ko.ask`} label={`Probe ${n} question`} en={probe.ask} ko={probe.askKo} onEn={(ask) => setProbe(index, { ...probe, ask })} onKo={(askKo) => setProbe(index, { ...probe, askKo })} multiline />
              <ListInput path={`${at}.lookFor`} label={`Probe ${n} words a good answer contains`} value={probe.lookFor} onChange={(lookFor) => setProbe(index, { ...probe, lookFor })} separator="comma" />
            </li>
          );
        })}
      </ol>
    </Section>
  );
}

export function CurveballsSection({ curveballs, update }: { curveballs: DraftCurveball[]; update: Update }) {
  const setBall = (index: number, ball: DraftCurveball) => update((d) => ({ ...d, curveballs: replaceAt(d.curveballs, index, ball) }));
  return (
    <Section
      title="Curveballs"
      actions={
        <button type="button" className={buttonClass.secondary} onClick={() => update((d) => ({ ...d, curveballs: [...d.curveballs, { atMinute: 25, say: "", sets: {}, sayKo: "" }] }))}>
          Add a curveball
        </button>
      }
    >
      {curveballs.length === 0 ? <p className="text-sm text-slate-500">No curveballs: a change of requirements the interviewer announces at a given minute.</p> : null}
      <ol className="space-y-4">
        {curveballs.map((ball, index) => {
          const n = index + 1;
          const at = `curveballs[${index}]`;
          return (
            <li key={index} className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 className="font-medium">Curveball {n}</h3>
                <button type="button" className={buttonClass.ghost} onClick={() => update((d) => ({ ...d, curveballs: d.curveballs.filter((_, i) => i !== index) }))}>
                  Remove curveball {n}
                </button>
              </div>
              <NumberInput path={`${at}.atMinute`} label={`Curveball ${n} minute`} value={ball.atMinute} onChange={(v) => setBall(index, { ...ball, atMinute: v ?? 0 })} min={0} max={120} />
              <Bilingual path={`${at}.say`} koPath={`${at}.ko.say`} label={`Curveball ${n} announcement`} en={ball.say} ko={ball.sayKo} onEn={(say) => setBall(index, { ...ball, say })} onKo={(sayKo) => setBall(index, { ...ball, sayKo })} multiline />
              <RequirementSets path={`${at}.sets`} owner={`curveball ${n}`} sets={ball.sets} onChange={(sets) => setBall(index, { ...ball, sets })} />
            </li>
          );
        })}
      </ol>
    </Section>
  );
}

const RUBRIC_LABELS: Record<RubricKey, string> = {
  problemNavigation: "Problem navigation weight",
  solutionDesign: "Solution design weight",
  technicalExcellence: "Technical excellence weight",
  communication: "Communication weight",
};
const PHASE_NAMES = ["Phase 1 (requirements)", "Phase 2 (high-level design)", "Phase 3 (deep dive)", "Phase 4 (wrap-up)"];

export function RubricAndPhasesSection({ rubric, phases, update }: { rubric: Draft["rubric"]; phases: Draft["phases"]; update: Update }) {
  const bands = phases ?? DEFAULT_PHASE_BANDS.map(([a, b]) => [a, b] as [number, number]);
  const setBand = (index: number, end: 0 | 1, value: number | undefined) =>
    update((d) => ({ ...d, phases: bands.map((band, i) => (i === index ? (end === 0 ? [value ?? 0, band[1]] : [band[0], value ?? 0]) : band)) as [number, number][] }));
  return (
    <Section title="Rubric and phases">
      <p className="text-sm text-slate-600 dark:text-slate-400">Weights (0–100) of the four rubric groups; leave empty for the defaults.</p>
      <div className="grid gap-3 md:grid-cols-4">
        {RUBRIC_KEYS.map((key) => (
          <NumberInput
            key={key}
            path={`rubric.${key}`}
            label={RUBRIC_LABELS[key]}
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
      <p className="text-sm text-slate-600 dark:text-slate-400">Phase bands: the minutes each phase should take, as [min, max].</p>
      <div className="grid gap-3 md:grid-cols-4">
        {bands.map((band, index) => (
          <fieldset key={index} className="space-y-2">
            <legend className="text-sm font-medium">{PHASE_NAMES[index]}</legend>
            <NumberInput path={`phases[${index}][0]`} label={`${PHASE_NAMES[index]} minimum minutes`} value={band[0]} min={0} max={120} onChange={(v) => setBand(index, 0, v)} />
            <NumberInput path={`phases[${index}][1]`} label={`${PHASE_NAMES[index]} maximum minutes`} value={band[1]} min={0} max={120} onChange={(v) => setBand(index, 1, v)} />
          </fieldset>
        ))}
      </div>
      {phases ? (
        <button type="button" className={buttonClass.ghost} onClick={() => update((d) => ({ ...d, phases: null }))}>
          Use the default phase bands
        </button>
      ) : null}
    </Section>
  );
}
