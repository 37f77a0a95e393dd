import createNextIntlPlugin from "next-intl/plugin";

// next-intl reads its per-request configuration (language, messages) from lib/i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite must not be bundled: bundled, the build passes and every query fails at run time.
  // piscina finds its own worker script next to its files, so it must not be bundled either.
  // pino and prom-client are plain Node libraries that keep process-wide state; loading them
  // from node_modules keeps one copy of each.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "piscina", "pino", "prom-client"],
  poweredByHeader: false,
  // `npm test` typechecks the whole project as its own step; doing it again inside the build
  // would only double the time.
  typescript: { ignoreBuildErrors: true },
  // forbidden() answers a page a signed-in user's role does not open with a real 403 (the
  // author pages for candidates), rendered by app/forbidden.tsx.
  experimental: { authInterrupts: true },
};

export default withNextIntl(nextConfig);
