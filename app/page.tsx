import Link from "next/link";
import { redirect } from "next/navigation";
import { buttonClass, cardClass } from "@/components/ui/styles";
import { DEFAULT_PHASE_BANDS_MINUTES, INTERVIEW_TOTAL_MINUTES, PHASES } from "@/lib/interview/phases";
import { getSession } from "@/lib/session";

export default async function LandingPage() {
  if (await getSession()) redirect("/home");
  return (
    <div className="space-y-12">
      <section className="py-8">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-600">System design interview practice</p>
        <h1 className="mt-2 max-w-3xl text-4xl font-bold tracking-tight">
          Sit a {INTERVIEW_TOTAL_MINUTES}-minute system design interview, then see how your design holds up.
        </h1>
        <p className="mt-4 max-w-2xl text-lg text-slate-600 dark:text-slate-400">
          Question a scripted interviewer, write the requirements and the numbers, draw the architecture from real
          components — DNS, CDN, load balancers, caches, replicas, shards, queues — and a simulator puts it under the load
          you clarified and the failures an interviewer asks about, and scores it.
        </p>
        <div className="mt-6 flex gap-3">
          <Link href="/register" className={buttonClass.primary}>
            Create an account
          </Link>
          <Link href="/login" className={buttonClass.secondary}>
            Sign in
          </Link>
        </div>
      </section>
      <section aria-labelledby="how-heading">
        <h2 id="how-heading" className="text-2xl font-semibold">
          How an interview runs
        </h2>
        <ol className="mt-4 grid gap-4 md:grid-cols-4">
          {PHASES.map((phase, index) => {
            const [min, max] = DEFAULT_PHASE_BANDS_MINUTES[index];
            return (
              <li key={phase.id} className={cardClass}>
                <p className="text-sm font-semibold text-brand-600">
                  Step {phase.number} · {min}–{max} min
                </p>
                <h3 className="mt-1 font-semibold">{phase.title}</h3>
                <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{phase.guide}</p>
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}
