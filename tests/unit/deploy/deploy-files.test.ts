import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { lintDockerfile } from "./dockerfile-lint";

/**
 * The deployment files are documented in the README and never run by the test suite (no Docker
 * daemon here); these checks catch what would break them: YAML and Compose structure, references
 * between services, volumes and files, the Dockerfile's instructions and the files it copies, and
 * nginx's block structure. `docker compose config` runs too when the Compose plugin is installed.
 */
const root = path.resolve(import.meta.dirname, "../../..");
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");

const Service = z.strictObject({
  image: z.string().optional(),
  build: z.union([z.string(), z.strictObject({ context: z.string(), dockerfile: z.string().optional() })]).optional(),
  command: z.union([z.string(), z.array(z.string())]).optional(),
  entrypoint: z.union([z.string(), z.array(z.string())]).optional(),
  user: z.string().optional(),
  environment: z.record(z.string(), z.string()).optional(),
  ports: z.array(z.string().regex(/^\d+:\d+$/)).optional(),
  volumes: z.array(z.string().regex(/^[^:]+:[^:]+(:ro)?$/)).optional(),
  depends_on: z.record(z.string(), z.strictObject({ condition: z.enum(["service_started", "service_healthy", "service_completed_successfully"]) })).optional(),
  healthcheck: z.strictObject({ test: z.array(z.string()).min(2), interval: z.string(), timeout: z.string(), retries: z.number().int() }).optional(),
  deploy: z.strictObject({ replicas: z.number().int().min(1) }).optional(),
  stop_grace_period: z.string().regex(/^\d+s$/).optional(),
  restart: z.enum(["no", "always", "unless-stopped", "on-failure"]).optional(),
});
const Compose = z.strictObject({
  name: z.string(),
  services: z.record(z.string(), Service),
  volumes: z.record(z.string(), z.null()).optional(),
});

describe("compose.yaml", () => {
  const compose = Compose.parse(parseYaml(read("compose.yaml")));

  it("has the app, a PostgreSQL primary and replica, the migration and nginx, each built or pulled", () => {
    expect(Object.keys(compose.services).sort()).toEqual(["app", "db-primary", "db-replica", "migrate", "nginx"]);
    for (const [name, service] of Object.entries(compose.services)) expect(service.image ?? service.build, name).toBeDefined();
  });

  it("references only services, volumes and files that exist", () => {
    for (const [name, service] of Object.entries(compose.services)) {
      for (const dependency of Object.keys(service.depends_on ?? {})) expect(compose.services, `${name} depends on ${dependency}`).toHaveProperty(dependency);
      for (const volume of service.volumes ?? []) {
        const source = volume.split(":")[0];
        if (source.startsWith("./")) expect(fs.existsSync(path.join(root, source)), `${name}: ${source}`).toBe(true);
        else expect(compose.volumes, `${name}: volume ${source}`).toHaveProperty(source);
      }
      if (typeof service.build === "string") expect(fs.existsSync(path.join(root, service.build, "Dockerfile"))).toBe(true);
    }
  });

  it("configures the app for scale: primary and replica URLs, shared secret, metrics token, migrations first, a stop grace past the shutdown timeout", () => {
    const app = compose.services.app;
    expect(app.environment?.DATABASE_URL).toMatch(/@db-primary:5432\//);
    expect(app.environment?.DATABASE_REPLICA_URLS).toMatch(/@db-replica:5432\//);
    expect(app.environment).toHaveProperty("NEXTAUTH_SECRET");
    expect(app.environment).toHaveProperty("METRICS_TOKEN");
    expect(app.depends_on?.migrate?.condition).toBe("service_completed_successfully");
    expect(compose.services.migrate.environment?.DATABASE_URL).toMatch(/@db-primary:/);
    expect(compose.services.migrate.environment).not.toHaveProperty("DATABASE_REPLICA_URLS");
    expect(Number.parseInt(app.stop_grace_period ?? "0", 10) * 1000).toBeGreaterThan(25_000);
    expect(app.deploy?.replicas).toBeGreaterThanOrEqual(2);
  });

  it("uses only well-formed ${VAR} interpolations", () => {
    const text = read("compose.yaml");
    const uses = [...text.matchAll(/\$\{([^}]*)\}/g)].map((match) => match[1]);
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) expect(use).toMatch(/^[A-Z_][A-Z0-9_]*((:?[-?])[^}]*)?$/);
  });

  const docker = spawnSync("docker", ["compose", "version"], { encoding: "utf8" });
  it.skipIf(docker.status !== 0)("passes `docker compose config` (when the Compose plugin is installed)", () => {
    const result = spawnSync("docker", ["compose", "-f", "compose.yaml", "config", "-q"], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, POSTGRES_PASSWORD: "p", REPLICATION_PASSWORD: "r", NEXTAUTH_SECRET: "s".repeat(32), METRICS_TOKEN: "m".repeat(32) },
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});

describe("Dockerfile", () => {
  it("passes the lint: known instructions, exec-form CMD, copied files present, a non-root user, a health check", () => {
    expect(lintDockerfile(read("Dockerfile"), (file) => fs.existsSync(path.join(root, file)))).toEqual([]);
  });

  it("the lint finds what it is meant to find", () => {
    const problems = lintDockerfile("RUN echo before\nFROM node:20 AS a\nCOPY missing.txt ./\nCPOY x y\nCMD node server.js\n", () => false);
    expect(problems).toEqual([
      "line 1: the first instruction must be FROM (or ARG)",
      "line 3: COPY source missing.txt does not exist",
      "line 4: unknown instruction CPOY",
      "line 5: CMD should use the exec form (a JSON array) so signals reach the server",
      "no USER: the server would run as root",
      "no HEALTHCHECK",
    ]);
  });
});

describe("deploy/nginx.conf", () => {
  it("balances its blocks, ends every directive, and proxies to the upstream it defines", () => {
    const text = read("deploy/nginx.conf").replace(/#.*$/gm, "");
    let depth = 0;
    for (const char of text) {
      if (char === "{") depth += 1;
      if (char === "}") depth -= 1;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    for (const line of text.split("\n").map((l) => l.trim()).filter((l) => l !== "")) expect(line, line).toMatch(/[;{}]$/);
    const upstream = /upstream\s+(\w+)\s*\{/.exec(text)?.[1];
    expect(text).toContain(`proxy_pass http://${upstream};`);
    expect(text).toMatch(/proxy_set_header X-Request-Id \$request_id;/);
    expect(text).toMatch(/proxy_set_header X-Forwarded-For/);
  });
});
