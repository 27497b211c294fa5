# syntax=docker/dockerfile:1
# One image, two processes: the GraphQL host (default command) and the inbox worker
# (command: /app/worker/Timeline.Worker.dll). Build with: docker build -t timeline:local .

# Node.js for the front-end packages that publishing the host installs (npm ci from its package-lock.json).
FROM node:20-bookworm-slim AS node

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
COPY --from=node /usr/local/bin/node /usr/local/bin/node
COPY --from=node /usr/local/lib/node_modules /usr/local/lib/node_modules
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
 && node --version && npm --version
WORKDIR /source
COPY . .
# The host's build runs npm ci itself (the NpmInstall target); no node_modules come from the context.
RUN dotnet publish src/Timeline.Api -c Release -o /out/api --nologo \
 && dotnet publish src/Timeline.Worker -c Release -o /out/worker --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /out/api /app/api
COPY --from=build /out/worker /app/worker
# The data folder and the inbox belong to the image's non-root user, so named volumes mounted
# there start with that owner.
RUN mkdir -p /data /inbox && chown "$APP_UID" /data /inbox
ENV Timeline__DataDirectory=/data \
    ASPNETCORE_HTTP_PORTS=5080 \
    DOTNET_NOLOGO=1
VOLUME ["/data"]
EXPOSE 5080
USER $APP_UID
ENTRYPOINT ["dotnet"]
CMD ["/app/api/Timeline.Api.dll"]
