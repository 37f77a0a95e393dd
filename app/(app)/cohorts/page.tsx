import type { Metadata } from "next";
import Link from "next/link";
import { CreateCohortForm, LeaveCohortForm } from "@/components/coaching/cohort-forms";
import { EmptyState } from "@/components/ui/empty-state";
import { cardClass } from "@/components/ui/styles";
import { listCohorts } from "@/lib/cohorts/cohorts";
import { db } from "@/lib/db";
import { hasRole, requirePageUser } from "@/lib/session";

export const metadata: Metadata = { title: "Cohorts" };

export default async function CohortsPage() {
  const user = await requirePageUser("/cohorts");
  const cohorts = await listCohorts(db(), user.id);
  const running = cohorts.filter((c) => c.role === "INSTRUCTOR");
  const member = cohorts.filter((c) => c.role === "MEMBER");
  const instructor = hasRole(user, "INSTRUCTOR");
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">Cohorts</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-400">
          {instructor
            ? "Create a cohort, share its invite link, and review your members' sessions: reports and replays, with comments pinned to a moment or a criterion."
            : "Join a cohort through the invite link your instructor shares; its instructors can then read your sessions and comment on them. Leave whenever you like."}
        </p>
      </div>
      {instructor ? (
        <section aria-labelledby="running-heading" className="space-y-3">
          <h2 id="running-heading" className="text-lg font-semibold">
            Cohorts you run
          </h2>
          <div className={cardClass}>
            <CreateCohortForm />
          </div>
          {running.length > 0 ? (
            <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
              {running.map((c) => (
                <li key={c.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                  <Link href={`/cohorts/${c.id}`} className="font-medium text-brand-600 hover:underline">
                    {c.name}
                  </Link>
                  <span className="text-sm text-slate-500">
                    {c.memberCount} {c.memberCount === 1 ? "member" : "members"}
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
      <section aria-labelledby="member-heading" className="space-y-3">
        <h2 id="member-heading" className="text-lg font-semibold">
          Cohorts you belong to
        </h2>
        {member.length === 0 ? (
          <EmptyState title="Not in a cohort" body="Your sessions stay private. Open an instructor's invite link to join their cohort." />
        ) : (
          <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
            {member.map((c) => (
              <li key={c.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                <span className="font-medium">{c.name}</span>
                <LeaveCohortForm cohortId={c.id} name={c.name} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
