# An image of another architecture built on an amd64 host: the emulator copied into
# /usr/bin runs the RUNs (binfmt_misc without the fix-binary flag looks for it in the
# image). A runner without it would fail at its first RUN there: declined.
ARG ARCHREPO
FROM ${ARCHREPO}/node:12
ARG QEMU_ARCH
COPY qemu-${QEMU_ARCH}-static /usr/bin/
RUN apt-get update && apt-get install -y ffmpeg
COPY package.json package-lock.json /opt/cast/
WORKDIR /opt/cast/
RUN npm install
COPY . /opt/cast/
CMD node server.js
