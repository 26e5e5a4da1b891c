# syntax=docker/dockerfile:1.7
ARG NODE_VERSION=20.15

FROM node:${NODE_VERSION}-alpine AS build
WORKDIR /app
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile
COPY . .
RUN yarn build && \
    yarn install --production --frozen-lockfile

FROM node:20.15-alpine
WORKDIR /app
ENV NODE_ENV=production \
    PORT=8080
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
EXPOSE ${PORT}
HEALTHCHECK --interval=30s --timeout=3s \
  CMD wget -qO- http://localhost:8080/-/ready || exit 1
CMD ["node", "dist/index.js"]
