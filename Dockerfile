# syntax=docker/dockerfile:1
# DesignDrill's production image: `docker build -t designdrill .` (see README, Deployment).
# One image serves every instance; migrations run from it once, before a rollout
# (`node --import tsx prisma/migrate.ts`, the compose file's `migrate` service).

FROM node:20-bookworm-slim AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# The manifest, the lockfile and what `postinstall` needs (it generates the Prisma client).
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
RUN npm install --no-audit --no-fund

FROM deps AS build
COPY . .
RUN npx --no-install next build

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000
# tsx stays: the simulator's worker threads and the migration script load TypeScript with it.
COPY --from=build --chown=node:node /app ./
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/api/health').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Next itself is PID 1's only child of interest: exec form, so SIGTERM reaches it and the
# graceful shutdown runs (finish in-flight requests, close the database).
CMD ["node", "node_modules/next/dist/bin/next", "start"]
