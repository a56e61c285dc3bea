FROM alpine
ONBUILD ADD . /app/src
ONBUILD RUN --mount=type=cache,target=/c make
onbuild run echo lower
ONBUILD ONBUILD RUN echo nested
