// Any /api path no route handles: a problem+json 404 (not the HTML not-found page, which API
// callers cannot read and which would go out without the proxy's page headers: see proxy.ts).
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { text } from "@/lib/simulator/text-tree";

const missing = route({ auth: "public", metricsLabel: "/api/(unknown)" }, async () => {
  throw new AppError("not_found", text("problems.detail.noSuchEndpoint"));
});

export const GET = missing;
export const POST = missing;
export const PUT = missing;
export const PATCH = missing;
export const DELETE = missing;
