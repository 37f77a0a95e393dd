/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite must not be bundled: bundled, the build passes and every query fails at run time.
  // piscina finds its own worker script next to its files, so it must not be bundled either.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "piscina"],
  poweredByHeader: false,
  // `npm test` typechecks the whole project as its own step; doing it again inside the build
  // would only double the time.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
