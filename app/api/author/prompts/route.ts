// GET /api/author/prompts – every prompt with its newest version, drafts included (instructors).
import { listPrompts } from "@/lib/catalog/list-prompts";
import { db } from "@/lib/db";
import { route } from "@/lib/http/route";

export const GET = route({ auth: ["INSTRUCTOR"] }, async () => ({ prompts: await listPrompts(db(), { publishedOnly: false }) }));
