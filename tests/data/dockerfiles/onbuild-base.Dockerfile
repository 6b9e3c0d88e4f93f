FROM node:22-bookworm-slim
LABEL org.opencontainers.image.title="node base" \
      org.opencontainers.image.description="a base image for Node.js services"
ENV NODE_ENV production
WORKDIR /app

# What every image built FROM this one does first.
ONBUILD COPY package.json package-lock.json ./
ONBUILD RUN npm ci --omit=dev
ONBUILD COPY . .

RUN ["node", "--version"]
COPY ["docker-entrypoint.sh", "/usr/local/bin/"]
VOLUME ["/app/data"]
EXPOSE 3000/tcp
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=1m --timeout=5s \
    CMD node -e "require('http').get('http://localhost:3000/health', r => process.exit(r.statusCode === 200 ? 0 : 1))"
USER node
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["node", "server.js"]
