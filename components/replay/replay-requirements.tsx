import type { SessionState } from "@/lib/interview/fold";

function show(value: number | string | string[]): string {
  if (Array.isArray(value)) return value.join(", ");
  if (typeof value === "number") return value.toLocaleString("en");
  return value;
}

/** The requirements sheet as it stood at the replay time. */
export function ReplayRequirements({ state }: { state: Pick<SessionState, "requirements" | "functional" | "estimates"> }) {
  const requirements = Object.entries(state.requirements).filter(([, entry]) => entry !== undefined);
  const estimates = Object.entries(state.estimates);
  return (
    <section aria-labelledby="replay-requirements-heading" className="space-y-3">
      <h2 id="replay-requirements-heading" className="text-base font-semibold">
        Requirements
      </h2>
      {state.functional.length > 0 ? (
        <ul aria-label="Functional requirements" className="list-disc space-y-1 pl-5 text-sm">
          {state.functional.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      ) : null}
      {requirements.length === 0 && estimates.length === 0 && state.functional.length === 0 ? (
        <p className="text-sm text-slate-500 dark:text-slate-400">Nothing written yet at this point.</p>
      ) : null}
      {requirements.length > 0 ? (
        <dl aria-label="Non-functional requirements" className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          {requirements.map(([field, entry]) => (
            <div key={field} className="contents">
              <dt className="text-slate-600 dark:text-slate-400">{field}</dt>
              <dd>
                {show(entry!.value)} <span className="text-xs text-slate-500">({entry!.source === "fact" ? "from the interviewer" : "assumed"})</span>
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {estimates.length > 0 ? (
        <dl aria-label="Estimates" className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          {estimates.map(([field, value]) => (
            <div key={field} className="contents">
              <dt className="text-slate-600 dark:text-slate-400">{field}</dt>
              <dd>{value === undefined ? "—" : show(value)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </section>
  );
}
