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
    # yarn's .yarnrc: where depends on its version (as a user whose home is not known)
    result = _out(config="USER node\nRUN yarn config set registry https://r.example",
                  cmd='CMD ["yarn", "start"]')
    assert result.report.declined and ".yarnrc" in result.report.reason


def test_process_file_read_from_the_context_decides(tmp_path):
    # pm2's file read from the build context: `script: 'npm'` runs npm (the staging
    # stays), a node script does not (nothing carried); a computed script is not read
    text = BASE.format(config=SET + "\nRUN npm install -g pm2",
                       cmd='CMD ["pm2-runtime", "start", "ecosystem.config.js"]')
    for body, staged in (("{ apps: [{ script: 'npm', args: 'start' }] }", True),
                         ("{ apps: [{ name: 'web', script: './server.js' }] }", False),
                         ("{ apps: [{ script: process.env.APP }] }", True)):
        (tmp_path / "ecosystem.config.js").write_text(f"module.exports = {body};\n")
        (tmp_path / "package.json").write_text('{"dependencies": {"express": "4"}}')
        result = transpile(text, context=tmp_path)
        assert not result.report.declined, result.report.reason
        assert (COPY_STAGED in result.output) is staged, body


def test_process_manager_options_take_values():
    from transpiler.multistage.recipes.node_commands import (process_file_programs,
                                                             process_manager_start)
    # forever's `--watchDirectory .` and pm2's `-i 2 --name web` are no start target
    assert process_manager_start(tuple("forever -w --watchDirectory . --watchIgnore *.log "
                                       "-l /l/a.log index.js".split())) is None
    assert process_manager_start(("pm2", "start", "-i", "2", "--name", "web", "app.js")) is None
    assert process_manager_start(("pm2", "start", "--no-daemon", "processes.json")) == \
        "processes.json"
    # node names no program of its own: it runs the file after it; pm2 starts each word
    assert process_manager_start(("pm2", "start", "node", "build/main.js")) is None
    assert process_manager_start(("pm2", "start", "app.js", "worker.sh")) == "worker.sh"
    assert process_manager_start(("forever", "start", "app.js", "x.sh")) is None
    assert process_file_programs('apps:\n  - script: npm\n    args: start\n') == ("npm",)
    assert process_file_programs('{"apps": [{"script": "app.js"}]}') == ("app.js",)
    assert process_file_programs("{ apps: [{ script: path.join(__dirname, 'a.js') }] }") is None


def test_package_directory_option():
    from transpiler.multistage.recipes.node_commands import dev_command, package_directory
    assert package_directory("npm", ("--prefix", "server", "start")) == ("server", ("start",))
    assert package_directory("npm", ("--prefix=web", "run", "serve")) == ("web", ("run", "serve"))
    assert package_directory("npm", ("-C", "x", "start")) == ("x", ("start",))
    assert package_directory("yarn", ("--cwd", "x", "serve")) == ("x", ("serve",))
    # after `--` the words are the script's
    assert package_directory("npm", ("start", "--", "--prefix", "a")) == \
        (None, ("start", "--", "--prefix", "a"))
    assert dev_command(("npm", "--prefix", "web", "run", "dev")) is not None


def test_build_commands_skip_the_directory_option():
    from dataclasses import astuple
    from transpiler.multistage.recipes import node_commands

    def read(argv, env):
        return astuple(node_commands.read(argv, env))
    # the directory is no subcommand: the install, the build and the global install are read
    # as such, with the directory they name
    assert read(("npm", "--prefix", "x", "ci"), {})[1:] == ("install", False, None, "x")
    assert read(("npm", "-C", "x", "run", "build"), {})[1:] == ("build", False, "build", "x")
    assert read(("yarn", "--cwd", "x", "install"), {})[1:] == ("install", False, None, "x")
    assert read(("pnpm", "--dir=web", "install"), {})[1:] == ("install", False, None, "web")
    assert read(("npm", "--prefix", "/opt/g", "-g", "install", "tsc"), {})[1] == "global"
    # yarn hands the words after a script's name to the script
    assert read(("yarn", "build", "--cwd", "x"), {})[4] is None


def test_an_old_node_images_npm_writes_the_users_npmrc():
    # node:16's npm 8 writes the user's .npmrc only: carried; an npm the build installs
    # over it has a version not known: staged where it was written, as on node:18
    old = transpile(BASE.replace("node:18", "node:16").format(config=SET, cmd='CMD ["npm", "start"]'))
    assert "COPY --from=builder /root/.npmrc /root/.npmrc" in old.output
    assert COPY_STAGED not in old.output
    upgraded = transpile(BASE.replace("node:18", "node:16").format(
        config="RUN npm install -g npm@9 pm2\n" + SET,
        cmd='CMD ["pm2-runtime", "start", "pm2.json"]'))
    assert not upgraded.report.declined, upgraded.report.reason
    assert COPY_STAGED in upgraded.output
    assert "COPY --from=builder /root/.npmrc" not in upgraded.output


YARN = """FROM {image}
WORKDIR /app
COPY package.json yarn.lock ./
{config}
RUN yarn install --frozen-lockfile
COPY . .
CMD ["yarn", "start"]
"""
YARN_SET = "RUN yarn config set registry https://registry.npmmirror.com"


def test_yarn_config_set_follows_the_images_yarn():
    # the image's yarn 1 as root: /usr/local/share/.yarnrc; another yarn the build
    # installs first, or an image whose yarn the data does not show: not known, declined
    carried = transpile(YARN.format(image="node:20-alpine", config=YARN_SET))
    assert "COPY --from=builder /usr/local/share/.yarnrc /usr/local/share/.yarnrc" in \
        carried.output, carried.report.reason
    for image, config in (("node:18", "RUN npm install -g yarn@1.19.0 --force\n" + YARN_SET),
                          ("node:18", "RUN corepack enable\n" + YARN_SET),
                          ("node:6.9.3", YARN_SET)):
        result = transpile(YARN.format(image=image, config=config))
        assert result.report.declined and "yarn's .yarnrc" in result.report.reason, config


def test_npm_9_project_npmrc_in_an_ancestor(tmp_path):
    # npm 9 writes the project's .npmrc at the project's root, the nearest directory up
    # from the RUN's with a package.json: every ancestor is a candidate, staged where it
    # exists, up to the one a COPY put package.json in (the install's own directory is
    # the project where the build context shows its package.json: npm_prefix)
    text = BASE.replace("WORKDIR /app\nCOPY package*.json ./", "WORKDIR /srv/app\nCOPY . .\n"
                        "WORKDIR /srv/app/web")
    (tmp_path / "web").mkdir()  # (the second ``COPY . .`` lands in web/ too)
    for name in ("package.json", "web/package.json"):
        (tmp_path / name).write_text('{"name": "web"}')
    result = transpile(text.format(config=SET, cmd='CMD ["npm", "start"]'), context=tmp_path)
    assert not result.report.declined, result.report.reason
    for path in ("/root/.npmrc", "/srv/app/.npmrc", "/srv/.npmrc", "/.npmrc"):
        assert f"[ ! -e {path} ]" in result.output, path
    assert "[ ! -e /srv/app/web/.npmrc ]" not in result.output  # (the app, copied whole)
    # a COPY of package.json into the RUN's directory ends the walk there
    assert "[ ! -e /.npmrc ]" not in _out().output
