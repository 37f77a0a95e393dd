import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/http/client-address";

const headers = (values: Record<string, string>) => ({ get: (name: string) => values[name] ?? null });

describe("clientAddress", () => {
  it("ignores X-Forwarded-For unless a proxy is trusted (any client can write it)", () => {
    expect(clientAddress(headers({ "x-forwarded-for": "6.6.6.6" }), false)).toBeNull();
  });

  it("behind a trusted proxy takes the last entry, the one the proxy added", () => {
    expect(clientAddress(headers({ "x-forwarded-for": "6.6.6.6, 10.0.0.7" }), true)).toBe("10.0.0.7");
    expect(clientAddress(headers({ "x-real-ip": "10.0.0.8" }), true)).toBe("10.0.0.8");
    expect(clientAddress(headers({}), true)).toBeNull();
  });
});
