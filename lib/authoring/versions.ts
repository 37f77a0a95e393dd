import type { PrismaClient } from "@/lib/db";
import { AppError, fieldProblem } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PromptDocumentSchema, type PromptDocument } from "@/lib/prompts/schema";
import { checkSave, clashingFields } from "./conflict.ts";
import { diffDocuments, type FieldChange } from "./diff.ts";
import { contentChecksum, storedDocument } from "./document.ts";
import { assertReferenceMeetsRequirements } from "./reference-check.ts";
import { text } from "@/lib/simulator/text-tree";

// Prompts and their versions, as the editor sees them. Every save is a new immutable version
// (sessions pin the version they started with); at most one version of a prompt is published,
// and it is the one new sessions start with. Unpublishing publishes none: the prompt leaves the
// catalogue, while past sessions keep their pinned version, report and replay.

export type VersionInfo = {
  version: number;
  title: string;
  published: boolean;
  author: string | null;
  createdAt: string;
};

export type LoadedVersion = VersionInfo & { document: PromptDocument };

export type SaveResult =
  | { ok: true; version: number }
  | {
      ok: false;
      /** The version another save stored since this editor loaded `baseVersion`. */
      theirs: LoadedVersion;
      /** The text that was not saved, returned whole so nothing is lost. */
      yours: PromptDocument;
      baseVersion: number;
      /** Fields both saves changed since the base. */
      clashes: string[];
    };

const VERSION_SELECT = {
  version: true,
  title: true,
  published: true,
  createdAt: true,
  document: true,
  author: { select: { name: true } },
} as const;

type VersionRow = { version: number; title: string; published: boolean; createdAt: Date; document: unknown; author: { name: string } | null };

function loaded(row: VersionRow): LoadedVersion {
  return {
    version: row.version,
    title: row.title,
    published: row.published,
    author: row.author?.name ?? null,
    createdAt: row.createdAt.toISOString(),
    // Documents are validated before they are stored; parsing again fills defaults of older rows.
    document: PromptDocumentSchema.parse(row.document),
  };
}

async function promptId(client: PrismaClient | Prisma.TransactionClient, slug: string): Promise<string> {
  const prompt = await client.prompt.findUnique({ where: { slug }, select: { id: true } });
  if (!prompt) throw new AppError("not_found", text("problems.detail.noPrompt", { slug }));
  return prompt.id;
}

function versionData(document: PromptDocument, authorId: string | null) {
  const stored = storedDocument(document);
  return {
    title: document.title,
    summary: document.summary,
    difficulty: document.difficulty,
    topics: document.topics,
    document: stored as unknown as Prisma.InputJsonValue,
    checksum: contentChecksum(stored),
    authorId,
  };
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "P2002";
}

/** A new prompt with its first version, a draft. */
export async function createPrompt(client: PrismaClient, authorId: string, document: PromptDocument): Promise<{ slug: string; version: number }> {
  try {
    await client.prompt.create({
      data: { slug: document.slug, versions: { create: { version: 1, published: false, ...versionData(document, authorId) } } },
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("conflict", text("problems.detail.slugTaken", { slug: document.slug }), { problems: [fieldProblem("slug", text("problems.field.slugUsed"))] });
    }
    throw error;
  }
  return { slug: document.slug, version: 1 };
}

/**
 * Saves a draft on top of `baseVersion`. If a newer version was stored since, nothing is
 * written and both texts come back. Two saves racing on the same base both pass the check,
 * but the (promptId, version) key lets only one insert; the other is answered as a conflict.
 */
export async function saveDraft(client: PrismaClient, authorId: string, slug: string, baseVersion: number, document: PromptDocument): Promise<SaveResult> {
  if (document.slug !== slug) {
    throw new AppError("bad_request", text("problems.detail.slugFixed"), {
      problems: [fieldProblem("document.slug", text("problems.field.slugMustStay", { slug }))],
    });
  }
  const id = await promptId(client, slug);
  for (;;) {
    const latest = await client.promptVersion.findFirst({ where: { promptId: id }, orderBy: { version: "desc" }, select: VERSION_SELECT });
    const check = checkSave(latest?.version ?? 0, baseVersion);
    if (!check.ok) {
      const base = await client.promptVersion.findUnique({ where: { promptId_version: { promptId: id, version: baseVersion } }, select: { document: true } });
      const theirs = loaded(latest!);
      return {
        ok: false,
        theirs,
        yours: document,
        baseVersion,
        clashes: base ? clashingFields(base.document, storedDocument(theirs.document), storedDocument(document)) : [],
      };
    }
    try {
      await client.promptVersion.create({ data: { promptId: id, version: check.nextVersion, published: false, ...versionData(document, authorId) } });
      return { ok: true, version: check.nextVersion };
    } catch (error) {
      // Another save took this number between our read and our write: read again, report it.
      if (!isUniqueViolation(error)) throw error;
    }
  }
}

/** Stores an imported file: a new prompt, or a new draft on top of an existing one. */
export async function importPrompt(client: PrismaClient, authorId: string, document: PromptDocument): Promise<{ slug: string; version: number; created: boolean }> {
  const existing = await client.prompt.findUnique({ where: { slug: document.slug }, select: { id: true } });
  if (!existing) return { ...(await createPrompt(client, authorId, document)), created: true };
  for (;;) {
    const latest = await client.promptVersion.findFirst({ where: { promptId: existing.id }, orderBy: { version: "desc" }, select: { version: true } });
    const result = await saveDraft(client, authorId, document.slug, latest?.version ?? 0, document);
    if (result.ok) return { slug: document.slug, version: result.version, created: false };
  }
}

/**
 * Makes `version` the one new sessions start with (and the only published one), once its
 * reference design meets the prompt's full requirements (./reference-check.ts).
 */
export async function publishVersion(client: PrismaClient, slug: string, version: number): Promise<void> {
  await assertReferenceMeetsRequirements((await loadVersion(client, slug, version)).document, version);
  await client.$transaction(async (tx) => {
    const id = await promptId(tx, slug);
    const target = await tx.promptVersion.findUnique({ where: { promptId_version: { promptId: id, version } }, select: { id: true } });
    if (!target) throw new AppError("not_found", text("problems.detail.noVersion", { slug, version }), { problems: [fieldProblem("version", text("problems.field.noSuchVersion"))] });
    await tx.promptVersion.updateMany({ where: { promptId: id, NOT: { id: target.id } }, data: { published: false } });
    await tx.promptVersion.update({ where: { id: target.id }, data: { published: true } });
  });
}

/** Takes the prompt out of the catalogue. Sessions already taken keep their version. */
export async function unpublishPrompt(client: PrismaClient, slug: string): Promise<void> {
  const id = await promptId(client, slug);
  await client.promptVersion.updateMany({ where: { promptId: id }, data: { published: false } });
}

/** One version, or the newest when `version` is omitted. */
export async function loadVersion(client: PrismaClient, slug: string, version?: number): Promise<LoadedVersion> {
  const id = await promptId(client, slug);
  const row = await client.promptVersion.findFirst({
    where: { promptId: id, ...(version === undefined ? {} : { version }) },
    orderBy: { version: "desc" },
    select: VERSION_SELECT,
  });
  if (!row) throw new AppError("not_found", version === undefined ? text("problems.detail.noVersions", { slug }) : text("problems.detail.noVersion", { slug, version }));
  return loaded(row);
}

export type HistoryEntry = VersionInfo & { changes: FieldChange[] };

/** Every version, newest first, each with what changed since the one before it. */
export async function versionHistory(client: PrismaClient, slug: string): Promise<HistoryEntry[]> {
  const id = await promptId(client, slug);
  const rows = await client.promptVersion.findMany({ where: { promptId: id }, orderBy: { version: "asc" }, select: VERSION_SELECT });
  const versions = rows.map(loaded);
  return versions
    .map(({ document, ...info }, i) => ({
      ...info,
      changes: i === 0 ? [] : diffDocuments(storedDocument(versions[i - 1].document), storedDocument(document)),
    }))
    .reverse();
}

/** Field-by-field changes from version `from` to version `to`. */
export async function compareVersions(client: PrismaClient, slug: string, from: number, to: number): Promise<FieldChange[]> {
  const [a, b] = await Promise.all([loadVersion(client, slug, from), loadVersion(client, slug, to)]);
  return diffDocuments(storedDocument(a.document), storedDocument(b.document));
}
