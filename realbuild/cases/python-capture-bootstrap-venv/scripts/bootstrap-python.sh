#!/bin/sh
# Bootstrap the Python environment the application runs in: the distribution's
# interpreter and a virtual environment in /opt/venv.
set -eu
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends python3 python3-venv
rm -rf /var/lib/apt/lists/*
python3 -m venv /opt/venv
/opt/venv/bin/python -m pip --version
