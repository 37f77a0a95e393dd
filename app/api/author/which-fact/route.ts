// POST /api/author/which-fact – { question, facts } → the facts the interview's matcher reveals
// for that question and the reply a candidate would read.
import { WhichFactSchema } from "@/lib/authoring/route-schemas";
import { whichFact } from "@/lib/authoring/which-fact";
import { MAX_DOCUMENT_BODY } from "@/lib/authoring/route-schemas";
import { route } from "@/lib/http/route";

export const POST = route({ auth: ["INSTRUCTOR"], body: WhichFactSchema, maxBodyBytes: MAX_DOCUMENT_BODY }, async ({ body }) => whichFact(body.question, body.facts, body));
