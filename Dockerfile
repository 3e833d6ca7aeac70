# The API service image (see docker-compose.yml). TypeScript runs through tsx, as in `npm start`.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY schema ./schema
COPY seed ./seed
COPY src ./src
COPY tsconfig.json ./
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
EXPOSE 4000
USER node
CMD ["node", "--import", "tsx", "src/server/main.ts"]
