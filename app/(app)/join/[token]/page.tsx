import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { JoinCohortForm } from "@/components/coaching/cohort-forms";
import { cardClass } from "@/components/ui/styles";
import { InviteTokenSchema, findCohortByToken } from "@/lib/cohorts/cohorts";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { requirePageUser } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cohorts"))("joinTitle") };
}

export default async function JoinPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  await requirePageUser(`/join/${encodeURIComponent(token)}`);
  const parsed = InviteTokenSchema.safeParse(token);
  if (!parsed.success) notFound();
  const cohort = await findCohortByToken(db(), parsed.data).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const t = await getTranslations("cohorts");
  return (
    <div className={`${cardClass} mx-auto max-w-xl space-y-4`}>
      <h1 className="text-2xl font-semibold">{t("joinHeading", { name: cohort.name })}</h1>
      <p className="text-slate-600 dark:text-slate-400">
        {t("joinBody", { instructors: cohort.instructors.join(", ") || t("anInstructor") })}
      </p>
      <JoinCohortForm token={parsed.data} name={cohort.name} />
    </div>
  );
}
