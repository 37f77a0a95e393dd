import { ESTIMATE_FIELD_UI } from "@/components/interview/panels/estimator";
import { REQUIREMENT_FIELD_UI } from "@/components/interview/panels/requirement-fields";
import type { CandidateEstimateField } from "@/lib/interview/events";
import type { SessionState } from "@/lib/interview/fold";
import { formatRequirement } from "@/lib/report/format";

// Labels come from the sheet and the estimator, numbers from the report's formatter: replay
// shows a requirement exactly as the candidate and the report saw it.
const requirementLabel = (field: string) => (REQUIREMENT_FIELD_UI as Record<string, { label: string }>)[field]?.label ?? field;
const estimateLabel = (field: string) => ESTIMATE_FIELD_UI[field as CandidateEstimateField]?.label ?? field;

/** The requirements sheet as it stood at the replay time. */
export function ReplayRequirements({ state }: { state: Pick<SessionState, "requirements" | "functional" | "estimates"> }) {
  const requirements = Object.entries(state.requirements).filter(([, entry]) => entry !== undefined);
  const estimates = Object.entries(state.estimates);
  return (
    <section aria-labelledby="replay-requirements-heading" className="min-w-0 space-y-3">
      <h2 id="replay-requirements-heading" className="text-base font-semibold">
        Requirements
      </h2>
      {state.functional.length > 0 ? (
        <ul aria-label="Functional requirements" className="list-disc space-y-1 pl-5 text-sm [overflow-wrap:anywhere]">
          {state.functional.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      ) : null}
      {requirements.length === 0 && estimates.length === 0 && state.functional.length === 0 ? (
        <p className="text-sm text-slate-500 dark:text-slate-400">Nothing written yet at this point.</p>
      ) : null}
      {requirements.length > 0 ? (
        <dl aria-label="Non-functional requirements" className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm [overflow-wrap:anywhere]">
          {requirements.map(([field, entry]) => (
            <div key={field} className="contents">
              <dt className="text-slate-600 dark:text-slate-400">{requirementLabel(field)}</dt>
              <dd>
                {formatRequirement(field, entry!.value)}{" "}
                <span className="text-xs text-slate-500">({entry!.source === "fact" ? "from the interviewer" : "assumed"})</span>
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {estimates.length > 0 ? (
        <dl aria-label="Estimates" className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          {estimates.map(([field, value]) => (
            <div key={field} className="contents">
              <dt className="text-slate-600 dark:text-slate-400">{estimateLabel(field)}</dt>
              <dd>{value === undefined ? "—" : formatRequirement(field, value)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </section>
  );
}
