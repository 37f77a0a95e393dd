import { z } from "zod";
import type { PrismaClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { text } from "@/lib/simulator/text-tree";

export const StartSessionSchema = z.strictObject({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Unknown prompt.").max(80),
  mode: z.enum(["STRICT", "PRACTICE"], { error: "Choose strict or practice mode." }),
});
export type StartSessionInput = z.infer<typeof StartSessionSchema>;

/**
 * Starts an interview on the newest published version of a prompt. The session pins that
 * version, so later edits to the prompt never change an interview already under way.
 */
export async function startSession(client: PrismaClient, userId: string, input: StartSessionInput): Promise<{ id: string }> {
  const version = await client.promptVersion.findFirst({
    where: { published: true, prompt: { slug: input.slug } },
    orderBy: { version: "desc" },
    select: { id: true },
  });
  if (!version) throw new AppError("not_found", text("problems.detail.promptNotPublished"));
  return client.interviewSession.create({
    data: { userId, promptVersionId: version.id, mode: input.mode },
    select: { id: true },
  });
}
