# The API and the worker: one image, the role chosen by APP_ROLES (api | worker).
# Build from the repository root: docker build -f docker/api.Dockerfile .
FROM node:20-bookworm-slim AS build
WORKDIR /repo
# pnpm at the version package.json pins (packageManager).
RUN corepack enable
COPY . .
RUN pnpm install --frozen-lockfile \
 && pnpm turbo run build --filter=@draftbench/api... \
 && pnpm --filter @draftbench/api deploy --prod --legacy /out

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 SERVE_WEB=false
WORKDIR /app
COPY --from=build --chown=node:node /out ./
USER node
EXPOSE 3000
# Readiness of an API process; worker services override it with their HEALTH_PORT (compose.yml).
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.HEALTH_PORT||process.env.PORT)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/main.js"]
