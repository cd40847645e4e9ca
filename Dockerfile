# The portal's container image (README, "Production with containers"). One build serves every
# instance: server-action ids are fixed at build time, and every secret comes from the environment
# at run time. Targets:
#   runtime (default)  the Next.js server alone: standalone output, no dev dependencies, no Prisma CLI
#   migrate            the one-shot job: `npm run db:migrate` (Prisma's WebAssembly schema engine,
#                      no engine download) then `npm run db:seed` (reference units only)
# Build: NEXT_SERVER_ACTIONS_ENCRYPTION_KEY=… docker compose build   (the key is a build secret, below)

ARG NODE_IMAGE=node:22-bookworm-slim

# --- deps: every dependency, from the lockfile -------------------------------------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 CI=true
# What the postinstall step (prisma generate) reads: the schema, prisma.config.ts and the URL helper it imports.
COPY package.json package-lock.json prisma.config.ts ./
COPY scripts/prisma-generate.mjs scripts/
COPY prisma/schema.prisma prisma/
COPY lib/db/url.ts lib/db/
# No install scripts but the project's own: prisma's and @prisma/engines' would download a native
# engine (npm 11 skips them through package.json's allowScripts; the image's npm 10 does not read
# it). scripts/prisma-generate.mjs then generates the client offline (STACK.md, "the engine trap").
RUN npm ci --ignore-scripts --no-audit --no-fund && node scripts/prisma-generate.mjs

# --- build: the Next.js standalone output --------------------------------------------------------
FROM deps AS build
COPY . .
ENV NEXT_OUTPUT=standalone NODE_ENV=production
# The server-actions key is embedded in the build (it salts the actions' ids): pass the one the
# instances will run with. A BuildKit secret, so it is not written to the image's history.
RUN --mount=type=secret,id=next_server_actions_key,required=true \
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY="$(cat /run/secrets/next_server_actions_key)" && \
    [ -n "$NEXT_SERVER_ACTIONS_ENCRYPTION_KEY" ] || { echo "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is empty (see .env.example)" >&2; exit 1; }; \
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY="$NEXT_SERVER_ACTIONS_ENCRYPTION_KEY" npm run build

# --- migrate: the one-shot migration job (the Prisma packages and tsx live only here) -----------
FROM build AS migrate
USER node
CMD ["sh", "-c", "npm run db:migrate && npm run db:seed"]

# --- runtime: what the server needs, nothing else ------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ARG APP_VERSION=0.1.0
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 APP_VERSION=${APP_VERSION}
# server.js, the traced node_modules (production files only) and the files read at run time
# (fonts, units' data: outputFileTracingIncludes in next.config.ts); then the static assets,
# which standalone leaves out.
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
# (The project has no public/ folder; its fonts come from @fontsource through the build.)
# Belt and braces: the run-time files, whatever the tracing decided.
COPY --from=build /app/lib/documents/fonts ./lib/documents/fonts
COPY --from=build /app/prisma/data ./prisma/data
# /api/health/ready compares these folders with _prisma_migrations: ready only when all are applied.
COPY --from=build /app/prisma/migrations ./prisma/migrations
# Next.js writes its cache under .next/cache; nothing else of the app is writable by its user.
# The access log's checkpoint export (AUDIT_CHECKPOINT_EXPORT in compose.yaml) is a volume mounted
# here; made now so that a new volume takes the node user as owner.
RUN mkdir -p .next/cache /var/lib/ho-tich/audit && chown node:node .next/cache /var/lib/ho-tich/audit
USER node
EXPOSE 3000
# Liveness (app/api/health/live): the process answers, whatever the database does.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# As `npm start`: larger young-generation semi-spaces cut the CPU per lookup (README, "Production").
CMD ["node", "--max-semi-space-size=64", "server.js"]
