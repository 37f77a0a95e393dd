import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { buttonClass, cardClass } from "@/components/ui/styles";
import { DEFAULT_PHASE_BANDS_MINUTES, INTERVIEW_TOTAL_MINUTES, PHASES } from "@/lib/interview/phases";
import { getSession } from "@/lib/session";

export default async function LandingPage() {
  if (await getSession()) redirect("/home");
  const t = await getTranslations("home");
  const tPhase = await getTranslations("catalogue.phase");
  return (
    <div className="space-y-12">
      <section className="py-8">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-600">{t("landing.kicker")}</p>
        <h1 className="mt-2 max-w-3xl text-4xl font-bold tracking-tight">
          {t("landing.headline", { minutes: INTERVIEW_TOTAL_MINUTES })}
        </h1>
        <p className="mt-4 max-w-2xl text-lg text-slate-600 dark:text-slate-400">
          {t("landing.pitch")}
        </p>
        <div className="mt-6 flex gap-3">
          <Link href="/register" className={buttonClass.primary}>
            {t("landing.createAccount")}
          </Link>
          <Link href="/login" className={buttonClass.secondary}>
            {t("landing.signIn")}
          </Link>
        </div>
      </section>
      <section aria-labelledby="how-heading">
        <h2 id="how-heading" className="text-2xl font-semibold">
          {t("landing.howHeading")}
        </h2>
        <ol className="mt-4 grid gap-4 md:grid-cols-4">
          {PHASES.map((phase, index) => {
            const [min, max] = DEFAULT_PHASE_BANDS_MINUTES[index];
            return (
              <li key={phase.id} className={cardClass}>
                <p className="text-sm font-semibold text-brand-600">
                  {t("landing.step", { number: phase.number, min, max })}
                </p>
                <h3 className="mt-1 font-semibold">{tPhase(`${phase.number}.title`)}</h3>
                <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{tPhase(`${phase.number}.guide`)}</p>
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}
