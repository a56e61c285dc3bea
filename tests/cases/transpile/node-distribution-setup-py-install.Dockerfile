# A Node.js program that runs a Python tool the build installs with setup.py (no pip):
# the tool's console script runs on the distribution's python3, which the runner
# installs again, although the command runs node itself (npm and node-gyp's tools stay
# in the builder).
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm python3 python3-setuptools \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN npm install
RUN cd tool && python3 setup.py install
CMD ["node", "server.js"]
