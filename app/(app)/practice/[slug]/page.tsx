import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { DifficultyBadge } from "@/components/catalogue/difficulty-badge";
import { PhaseBands } from "@/components/catalogue/phase-bands";
import { PromptStatement } from "@/components/catalogue/prompt-statement";
import { toPublicPrompt } from "@/components/catalogue/public-prompt";
import { StartForm } from "@/components/catalogue/start-form";
import { TopicChips } from "@/components/catalogue/topic-chips";
import { UntranslatedNote } from "@/components/content/untranslated-note";
import { cardClass } from "@/components/ui/styles";
import { localizePrompt } from "@/lib/prompts/localize";
import { asLocale } from "@/lib/i18n/locales";
import { requirePageUser } from "@/lib/session";
import { startInterviewAction } from "./actions";
import { loadPublishedPrompt } from "./load-prompt";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const doc = await loadPublishedPrompt((await params).slug);
  return { title: doc ? localizePrompt(doc, asLocale(await getLocale())).prompt.title : (await getTranslations("practice"))("notFoundTitle") };
}

export default async function PromptPage({ params }: Props) {
  const { slug } = await params;
  await requirePageUser(`/practice/${encodeURIComponent(slug)}`);
  const doc = await loadPublishedPrompt(slug);
  if (!doc) notFound();
  // The reader's language where the prompt has it (English with a note where it does not). Only
  // the public view goes any further; the document's secrets stay in this function.
  const localized = localizePrompt(doc, asLocale(await getLocale()));
  const prompt = toPublicPrompt(localized.prompt);
  const t = await getTranslations("practice");
  return (
    <div className="space-y-8">
      {localized.fellBack ? <UntranslatedNote kind="prompt" /> : null}
      <div className="space-y-3">
        <Link href="/practice" className="text-sm font-medium text-brand-600 hover:underline">
          {t("allPrompts")}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold">{prompt.title}</h1>
          <DifficultyBadge difficulty={prompt.difficulty} />
        </div>
        <p className="text-slate-600 dark:text-slate-400">{prompt.summary}</p>
        <TopicChips topics={prompt.topics} />
      </div>
      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-8">
          <section aria-labelledby="statement-heading" className="space-y-3">
            <h2 id="statement-heading" className="text-lg font-semibold">
              {t("problem")}
            </h2>
            <PromptStatement source={prompt.statement} />
          </section>
          <PhaseBands phases={prompt.phases} />
        </div>
        <aside aria-labelledby="start-heading" className={`${cardClass} h-fit space-y-4`}>
          <h2 id="start-heading" className="text-lg font-semibold">
            {t("startHeading")}
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {t("clockNote")}
          </p>
          <StartForm slug={prompt.slug} action={startInterviewAction} />
        </aside>
      </div>
    </div>
  );
}
