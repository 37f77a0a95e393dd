// POST /api/sessions/:id/scenarios – run one failure scenario against the board.
import { db } from "@/lib/db";
import { timeScale } from "@/lib/env";
import { route } from "@/lib/http/route";
import { enforceSimulateLimit } from "@/lib/rate-limit";
import { runScenario } from "@/lib/sessions/operations";
import { ScenarioRequestSchema, SessionParamsSchema } from "@/lib/sessions/route-schemas";

export const POST = route({ auth: "session-reader", params: SessionParamsSchema, body: ScenarioRequestSchema }, async ({ user, params, body }) => {
  await enforceSimulateLimit(db(), user.id);
  return runScenario(db(), { sessionId: params.id, userId: user.id, now: new Date(), timeScale: timeScale() }, body.requestId, body.scenario);
});
