/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite must not be bundled: bundled, the build passes and every query fails at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/schema-engine-wasm"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
