"""npm's and yarn's configuration a builder RUN writes reaches a runner whose command
runs npm or yarn (``multistage/npm_config``)."""

from __future__ import annotations

from transpiler.multistage.api import transpile

BASE = """FROM node:18
WORKDIR /app
COPY package*.json ./
{config}
RUN npm ci
COPY . .
RUN npm run build
{cmd}
"""
SET = "RUN npm config set registry https://registry.npmmirror.com"


def _out(config=SET, cmd='CMD ["npm", "start"]'):
    result = transpile(BASE.format(config=config, cmd=cmd))
    return result


STAGE = ("{ [ ! -e /root/.npmrc ] || { mkdir -p /opt/dtranspile-npm-config/root && "
         "cp -p /root/.npmrc /opt/dtranspile-npm-config/root/; }; }")
COPY_STAGED = "COPY --from=builder /opt/dtranspile-npm-config /"


def test_npm_config_set_reaches_a_runner_running_npm():
    # npm writes the user's .npmrc, or on npm 9 in a project the project's (here in
    # /app, which the runner copies whole): the user's is staged where it was written
    result = _out()
    assert not result.report.declined, result.report.reason
    builder, runner = result.output.split("\n\nFROM ", 1)
    assert STAGE in builder and COPY_STAGED in runner
    assert "COPY --from=builder /app /app" in runner
    # npx, and npm inside a shell form, read it too
    for cmd in ('CMD npx serve -s dist', 'CMD ["sh", "-c", "npm run serve"]'):
        assert COPY_STAGED in _out(cmd=cmd).output, cmd
    # a location given: npm writes there whatever its version, copied by its path
    result = _out(config=SET + " --location=user")
    assert "COPY --from=builder /root/.npmrc /root/.npmrc" in result.output
    assert "dtranspile-npm-config" not in result.output


def test_a_command_that_runs_no_npm_never_reads_it():
    result = _out(cmd='CMD ["node", "dist/server.js"]')
    assert not result.report.declined, result.report.reason
    assert ".npmrc" not in result.output.split("AS builder", 1)[1].split("FROM node", 1)[1]


def test_a_file_removed_later_is_not_carried():
    result = _out(config=SET + " && npm ci && rm /root/.npmrc")
    assert not result.report.declined, result.report.reason
    assert ".npmrc" not in result.output.split("\n\nFROM ", 1)[1]


def test_the_users_home_and_userconfig():
    result = _out(config="ENV NPM_CONFIG_USERCONFIG=/app/etc/npmrc\n" + SET)
    # (both candidates, /app/etc/npmrc and /app/.npmrc, are in the app directory copied whole)
    assert "COPY --from=builder /app /app" in result.output
    assert "dtranspile-npm-config" not in result.output
    result = _out(config="ENV HOME=/home/app\n" + SET)
    assert "cp -p /home/app/.npmrc /opt/dtranspile-npm-config/home/app/" in result.output


def test_unknown_place_declines():
    # another user's home, which only its account shows
    result = _out(config="USER node\n" + SET)
    assert result.report.declined
    assert ".npmrc" in result.report.reason and "not known" in result.report.reason
    # npm's global configuration on an image whose node prefix is not known
    text = BASE.format(config="RUN npm config set -g registry https://r.example",
                       cmd='CMD ["npm", "start"]').replace("FROM node:18", "FROM debian:bookworm\n"
                                                           "RUN apt-get update && apt-get install -y nodejs npm")
    result = transpile(text)
    assert result.report.declined and "global configuration" in result.report.reason
    # yarn's .yarnrc: where depends on its version
    result = _out(config="RUN yarn config set registry https://r.example",
                  cmd='CMD ["yarn", "start"]')
    assert result.report.declined and ".yarnrc" in result.report.reason
