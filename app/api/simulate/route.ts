// POST /api/simulate – a design document in, the simulator's report out (signed-in users);
// 422 when the design is too large to simulate within the worker pool's limits.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { enforceSimulateLimit } from "@/lib/rate-limit";
import { runSimulation } from "@/lib/simulation/run-simulation";
import { validateDesignDocument } from "@/lib/simulator";
import { z } from "zod";
import { text } from "@/lib/simulator/text-tree";

const MAX_DOCUMENT_BYTES = 1024 * 1024;

export const POST = route({ auth: "user", body: z.unknown(), maxBodyBytes: MAX_DOCUMENT_BYTES }, async ({ user, body }) => {
  await enforceSimulateLimit(db(), user.id);
  const result = validateDesignDocument(body);
  if (!result.ok) {
    throw new AppError("bad_request", text("problems.detail.designProblems", { count: result.problems.length }), { problems: result.problems });
  }
  return runSimulation(result.document);
});
