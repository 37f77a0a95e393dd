import type { PrismaClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { PromptDocumentSchema, type PromptDocument } from "@/lib/prompts/schema";
import { text } from "@/lib/simulator/text-tree";

/**
 * Parsed prompt documents by prompt-version id. A version never changes once written (an edit
 * makes a new version, and sessions pin theirs), so caching it in the process cannot serve a
 * stale prompt, on this instance or any other. Every autosave loads its session; without this,
 * each one fetched the whole document (~10 KB of JSON) and validated it again.
 */
const MAX_ENTRIES = 256;

type Holder = { prompts?: Map<string, Promise<PromptDocument>> };
const holder = globalThis as typeof globalThis & { __designdrillPromptCache?: Holder };

function cache(): Map<string, Promise<PromptDocument>> {
  return ((holder.__designdrillPromptCache ??= {}).prompts ??= new Map());
}

export function promptVersionDocument(client: PrismaClient, promptVersionId: string): Promise<PromptDocument> {
  const entries = cache();
  const cached = entries.get(promptVersionId);
  if (cached) return cached;
  const loading = client.promptVersion
    .findUnique({ where: { id: promptVersionId }, select: { document: true } })
    .then((row) => {
      if (!row) throw new AppError("not_found", text("problems.detail.sessionPromptGone"));
      // Shared by every request from now on: frozen, so no caller can change it for the others.
      return deepFreeze(PromptDocumentSchema.parse(row.document));
    });
  // A failed load is not remembered: the next request tries again.
  loading.catch(() => entries.delete(promptVersionId));
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
  entries.set(promptVersionId, loading);
  return loading;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
