import { z } from "zod";

/**
 * The one place that reads process.env. Everything else imports `env()`, so a bad setting
 * fails at start-up with a message naming the variable instead of deep inside a request.
 */
const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string")
      .optional(),
    // Read replicas (PostgreSQL streaming standbys): reads that may be a moment stale go there
    // (lib/db.ts); writes, migrations and reads that must see a write just made use DATABASE_URL.
    DATABASE_REPLICA_URLS: z
      .string()
      .transform((value) => value.split(",").map((url) => url.trim()).filter((url) => url !== ""))
      .pipe(z.array(z.string().regex(/^postgres(ql)?:\/\//, "each must be a postgresql:// connection string")))
      .optional(),
    // Connections per instance to each database (primary, and each replica).
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).optional(),
    DATA_DIR: z.string().min(1).default(".data"),
    // Rate-limit counters in Redis instead of PostgreSQL (lib/rate-limit.ts); either way every
    // instance shares one budget.
    REDIS_URL: z.string().regex(/^rediss?:\/\//, "must be a redis:// or rediss:// URL").optional(),
    // Bearer token for GET /api/metrics; unset, the endpoint answers 404.
    METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
    // How long a SIGTERM waits for requests in flight before closing the database anyway.
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(25_000),
    NEXTAUTH_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
    NEXTAUTH_URL: z.url().optional(),
    // Interview-seconds per real second; lets end-to-end tests sit a 45-minute interview in
    // seconds. Refused in production unless the end-to-end flag is also set (see below).
    TEST_TIME_SCALE: z.coerce.number().positive().max(10_000).optional(),
    DESIGNDRILL_E2E: z.enum(["0", "1"]).optional(),
    // Behind a reverse proxy that sets X-Forwarded-For: believe its last entry for per-address
    // rate limits. Off by default, because any client can write that header.
    TRUST_PROXY: z.enum(["0", "1"]).default("0"),
    // One simulator run (lib/simulation): its time limit, its worker's heap, and how many run at once.
    SIMULATION_TIME_LIMIT_MS: z.coerce.number().int().min(100).max(120_000).optional(),
    SIMULATION_MEMORY_MB: z.coerce.number().int().min(32).max(4096).optional(),
    SIMULATION_THREADS: z.coerce.number().int().min(1).max(16).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.DATABASE_REPLICA_URLS && value.DATABASE_REPLICA_URLS.length > 0 && !value.DATABASE_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["DATABASE_REPLICA_URLS"],
        message: "needs DATABASE_URL (the primary); replicas of the embedded database do not exist",
      });
    }
    if (value.TEST_TIME_SCALE && value.NODE_ENV === "production" && value.DESIGNDRILL_E2E !== "1") {
      ctx.addIssue({
        code: "custom",
        path: ["TEST_TIME_SCALE"],
        message: "is for tests only and is refused in production; unset it",
      });
    }
  });

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

/** Validates a set of variables; throws one error naming every bad variable. */
export function parseEnv(variables: Record<string, string | undefined>): Env {
  // An empty variable means "not set" (a shell's `DATABASE_URL=` should fall back to PGlite).
  const source = Object.fromEntries(Object.entries(variables).filter(([, value]) => value !== "" && value !== undefined));
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export function env(): Env {
  return (cached ??= parseEnv(process.env));
}

/** The interview clock's speed: 1 in normal use. */
export function timeScale(): number {
  return env().TEST_TIME_SCALE ?? 1;
}
