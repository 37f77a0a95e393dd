import { describe, expect, it } from "vitest";
import { route } from "@/lib/http/route";
import { beginRequest, drainAndClose, inFlightRequests, isDraining } from "@/lib/server/lifecycle";

describe("graceful shutdown", () => {
  it("closes only after the requests in flight are answered, then refuses new API requests with 503", async () => {
    const order: string[] = [];
    let release!: () => void;
    const slow = route({ auth: "public" }, async () => {
      await new Promise<void>((resolve) => (release = resolve));
      order.push("slow answered");
      return { ok: true };
    });
    const inFlight = slow(new Request("http://localhost/api/slow"));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(inFlightRequests()).toBe(1);

    const closed = drainAndClose({ timeoutMs: 5_000, log: () => {}, close: async () => void order.push("closed") });
    expect(isDraining()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).toEqual([]);
    release();
    expect((await inFlight).status).toBe(200);
    await closed;
    expect(order).toEqual(["slow answered", "closed"]);

    const late = await route({ auth: "public" }, async () => ({ ok: true }))(new Request("http://localhost/api/late"));
    expect(late.status).toBe(503);
    expect(late.headers.get("retry-after")).toBe("1");
  });

  it("closes anyway when a request outlives the time limit", async () => {
    const done = beginRequest();
    const started = Date.now();
    let closed = false;
    await drainAndClose({ timeoutMs: 50, log: () => {}, close: async () => void (closed = true) });
    expect(closed).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    done();
    expect(inFlightRequests()).toBe(0);
  });
});
