# The API service image (see docker-compose.yml): the compiled server (`npm run build`) under plain
# node, as in `npm start`, on Node 24 LTS (.nvmrc).

# Build stage: every dependency (TypeScript, esbuild), then `npm run build` (src/ and bench/ to
# dist/, the pages of web/ to dist/web; the runtime image keeps dist/src and dist/web).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY bench ./bench
COPY web ./web
COPY operations ./operations
RUN npm run build

# Runtime: production dependencies, the compiled code, and the files it reads at run time
# (schema/ for the SDL and constraints, seed/ for SEED_ON_START). The project root is the folder
# holding package.json, /app.
FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY schema ./schema
COPY seed ./seed
COPY --from=build /app/dist/src ./dist/src
COPY --from=build /app/dist/web ./dist/web
EXPOSE 4000
USER node
CMD ["node", "dist/src/server/main.js"]
