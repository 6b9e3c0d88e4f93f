# Stages chosen by build arguments: the variant through a global ARG default, the OS through the
# platform ARG that BuildKit sets (unknown here, so every binaries-* stage may be the base).
ARG VARIANT=release
ARG BASE_IMAGE=debian:12-slim

FROM ${BASE_IMAGE} AS base
RUN useradd --create-home app

FROM base AS build-release
RUN echo "optimised build" > /build.txt

FROM base AS build-debug
RUN echo "debug build" > /build.txt

FROM build-${VARIANT} AS build

FROM alpine:3.20 AS binaries-linux
RUN echo linux > /os
FROM alpine:3.20 AS binaries-windows
RUN echo windows > /os
FROM binaries-$TARGETOS AS binaries

FROM base
COPY --from=build /build.txt /opt/
COPY --from=binaries /os /opt/
COPY --from=busybox:1.36 /bin/busybox /bin/busybox
RUN --mount=type=bind,from=build,source=/build.txt,target=/tmp/build.txt \
    cp /tmp/build.txt /opt/build-copy.txt
USER app
CMD ["cat", "/opt/build.txt"]
