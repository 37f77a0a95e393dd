import fs from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { MIGRATIONS_DIR, readMigrations } from "./migration-files";

export { MIGRATIONS_DIR, readMigrations };

/**
 * Migrations made and applied by Prisma's own schema engine, in its WebAssembly build, through
 * the same driver adapter the app uses. The native engine that `prisma migrate` downloads cannot
 * be fetched on these machines; this is the same engine compiled to WebAssembly, so the SQL and
 * the `_prisma_migrations` bookkeeping are exactly Prisma's.
 */

export const SCHEMA_FILE = path.resolve(process.cwd(), "prisma/schema.prisma");
const LOCKFILE = "migration_lock.toml";
const NO_FILTERS = { externalTables: [], externalEnums: [] };

type EngineModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
type SchemaEngine = Awaited<ReturnType<EngineModule["SchemaEngine"]["new"]>>;

let engineModule: Promise<EngineModule> | undefined;

/** Instantiates the WebAssembly module once per process (the package's own entry expects a bundler). */
function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= (async () => {
    const require = createRequire(import.meta.url);
    // The package exports no ./package.json, so find its folder through the JS entry.
    const wasmPath = path.join(
      path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
      "schema_engine_bg.wasm",
    );
    const bindings = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as EngineModule & {
      __wbg_set_wasm: (exports: WebAssembly.Exports) => void;
    };
    const { instance } = await WebAssembly.instantiate(await fs.readFile(wasmPath), {
      "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return engineModule;
}

export async function openSchemaEngine(
  factory: SqlMigrationAwareDriverAdapterFactory,
  schemaText?: string,
): Promise<SchemaEngine> {
  const { SchemaEngine } = await loadEngineModule();
  const datamodel = schemaText ?? (await fs.readFile(SCHEMA_FILE, "utf8"));
  const log = () => {};
  return SchemaEngine.new({ datamodels: [["schema.prisma", datamodel]] }, log, bindMigrationAwareSqlAdapterFactory(factory));
}

async function migrationList(dir: string) {
  const migrations = await readMigrations(dir);
  let lockContent: string | null = null;
  try {
    lockContent = await fs.readFile(path.join(dir, LOCKFILE), "utf8");
  } catch {
    lockContent = null;
  }
  return {
    baseDir: dir,
    lockfile: { path: LOCKFILE, content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories: migrations.map((migration) => ({
      path: migration.name,
      migrationFile: { path: "migration.sql", content: { tag: "ok" as const, value: migration.sql } },
    })),
  };
}

/** Applies every migration not yet recorded in `_prisma_migrations`; returns their names. */
export async function applyPendingMigrations(
  factory: SqlMigrationAwareDriverAdapterFactory,
  dir = MIGRATIONS_DIR,
): Promise<string[]> {
  const engine = await openSchemaEngine(factory);
  try {
    const result = await engine.applyMigrations({ migrationsList: await migrationList(dir), filters: NO_FILTERS });
    return result.appliedMigrationNames;
  } finally {
    engine.free();
  }
}

/**
 * The SQL that takes the migration history to the current schema, or "" when they agree.
 * Diffing from the history replays it in a shadow database the adapter provides.
 */
export async function diffSchemaAgainstMigrations(
  factory: SqlMigrationAwareDriverAdapterFactory,
  dir = MIGRATIONS_DIR,
  schemaText?: string,
): Promise<string> {
  const datamodel = schemaText ?? (await fs.readFile(SCHEMA_FILE, "utf8"));
  const engine = await openSchemaEngine(factory, datamodel);
  try {
    const list = await migrationList(dir);
    const from = list.migrationDirectories.length > 0 ? { tag: "migrations" as const, ...list } : { tag: "empty" as const };
    const result = await engine.diff({
      from,
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: datamodel }] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    const sql = (result.stdout ?? "").trim();
    return sql === "-- This is an empty migration." ? "" : sql;
  } finally {
    engine.free();
  }
}

/** Writes `<timestamp>_<name>/migration.sql` in Prisma's layout (and the lock file on first use). */
export async function writeMigration(name: string, sql: string, dir = MIGRATIONS_DIR, now = new Date()): Promise<string> {
  const stamp = now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const folder = `${stamp}_${name}`;
  await fs.mkdir(path.join(dir, folder), { recursive: true });
  await fs.writeFile(path.join(dir, folder, "migration.sql"), `${sql}\n`);
  const lock = path.join(dir, LOCKFILE);
  try {
    await fs.access(lock);
  } catch {
    await fs.writeFile(
      lock,
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
    );
  }
  return folder;
}
