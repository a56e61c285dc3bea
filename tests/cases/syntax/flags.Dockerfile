FROM --platform=$BUILDPLATFORM golang:1.22 AS build
RUN --mount=type=cache,target=/root/.cache/go-build \
    --mount=type=secret,id=tok,target="/run/secrets/my tok" go build ./...
COPY --from=build --chown=app:app --chmod=0755 /out /usr/local/bin/
COPY --link --parents ./a/b /c/
ADD --checksum=sha256:abc --keep-git-dir=true https://example.com/x.tgz /x
HEALTHCHECK --interval=30s --timeout=3s --retries=3 CMD curl -f http://localhost/ || exit 1
CMD --x [ "a" ]
RUN -- --not-a-flag
