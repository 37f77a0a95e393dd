import type { PrismaClient } from "@/lib/db";
import { aggregateProgress, type Progress } from "./aggregate";
import { loadAttempts, loadCatalogue } from "./load";

/** Progress of one candidate: their submitted attempts against the published catalogue. */
export async function progressFor(client: PrismaClient, userId: string): Promise<Progress> {
  const [attempts, catalogue] = await Promise.all([loadAttempts(client, [userId]), loadCatalogue(client)]);
  return aggregateProgress(attempts, catalogue);
}
