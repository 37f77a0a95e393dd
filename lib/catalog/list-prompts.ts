import type { PrismaClient } from "@/lib/db";

export type PromptSummary = {
  slug: string;
  title: string;
  summary: string;
  difficulty: string;
  topics: string[];
  versionId: string;
  version: number;
  published: boolean;
  versionCount: number;
};

/** Every prompt with its newest version (authors see drafts too); the catalogue filters to published. */
export async function listPrompts(client: PrismaClient, options: { publishedOnly: boolean }): Promise<PromptSummary[]> {
  const prompts = await client.prompt.findMany({
    orderBy: { slug: "asc" },
    select: {
      slug: true,
      _count: { select: { versions: true } },
      versions: {
        where: options.publishedOnly ? { published: true } : {},
        orderBy: { version: "desc" },
        take: 1,
        select: { id: true, version: true, title: true, summary: true, difficulty: true, topics: true, published: true },
      },
    },
  });
  return prompts.flatMap((prompt) => {
    const latest = prompt.versions[0];
    if (!latest) return [];
    return [
      {
        slug: prompt.slug,
        title: latest.title,
        summary: latest.summary,
        difficulty: latest.difficulty,
        topics: latest.topics,
        versionId: latest.id,
        version: latest.version,
        published: latest.published,
        versionCount: prompt._count.versions,
      },
    ];
  });
}
