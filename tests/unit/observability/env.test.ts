import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

describe("scale settings in the environment", () => {
  it("splits DATABASE_REPLICA_URLS on commas, trimming blanks", () => {
    const parsed = parseEnv({
      DATABASE_URL: "postgresql://db-primary/designdrill",
      DATABASE_REPLICA_URLS: " postgresql://replica-1/designdrill, postgres://replica-2/designdrill ,",
    });
    expect(parsed.DATABASE_REPLICA_URLS).toEqual(["postgresql://replica-1/designdrill", "postgres://replica-2/designdrill"]);
    expect(parsed.SHUTDOWN_TIMEOUT_MS).toBe(25_000);
  });

  it("names the variable when a replica URL is not PostgreSQL, when replicas have no primary, or the metrics token is short", () => {
    expect(() => parseEnv({ DATABASE_URL: "postgresql://p/d", DATABASE_REPLICA_URLS: "postgresql://r1/d,mysql://r2/d" })).toThrow(
      /DATABASE_REPLICA_URLS\.1: each must be a postgresql:\/\/ connection string/,
    );
    expect(() => parseEnv({ DATABASE_REPLICA_URLS: "postgresql://r1/d" })).toThrow(/DATABASE_REPLICA_URLS: needs DATABASE_URL/);
    expect(() => parseEnv({ METRICS_TOKEN: "short" })).toThrow(/METRICS_TOKEN: must be at least 16 characters/);
    expect(() => parseEnv({ DATABASE_POOL_SIZE: "0" })).toThrow(/DATABASE_POOL_SIZE/);
  });
});
