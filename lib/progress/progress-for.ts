import type { PrismaClient } from "@/lib/db";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { aggregateProgress, type Progress } from "./aggregate";
import { loadAttempts, loadCatalogue } from "./load";

/** Progress of one candidate: their submitted attempts against the published catalogue, prompt titles in `locale`. */
export async function progressFor(client: PrismaClient, userId: string, locale: Locale = defaultLocale): Promise<Progress> {
  const [attempts, catalogue] = await Promise.all([loadAttempts(client, [userId], locale), loadCatalogue(client, locale)]);
  return aggregateProgress(attempts, catalogue);
}
