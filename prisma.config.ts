import { defineConfig } from "prisma/config";

// Migrations are made and applied by prisma/migrate.ts and prisma/new-migration.ts through
// Prisma's WebAssembly schema engine (see README, "Database"); this file tells the CLI where
// the schema is for `prisma generate`.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
