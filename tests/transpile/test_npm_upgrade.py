"""An npm upgraded globally over the image's own, and a command that runs npm
(b23f8336): the runner's copy would merge the two versions."""
from transpiler import transpile
from transpiler.multistage.recipes.npm_upgrade import self_upgrade

NODE = ("FROM node:18-bookworm\nRUN npm install -g npm@10\nWORKDIR /usr/src/app\n"
        "COPY package.json /usr/src/app/\nRUN npm install\nCOPY . /usr/src/app\n"
        "RUN npm run build\n")


def test_an_upgraded_npm_and_a_command_running_npm_decline():
    result = transpile(NODE + 'CMD ["npm", "start"]\n')
    assert result.report.declined
    assert "line 2: `npm install -g npm@10` replaces the image's npm" in result.report.reason
    assert "CMD at line 8 runs `npm`" in result.report.reason


def test_a_shell_command_running_npm_declines_too():
    result = transpile(NODE + "CMD mongod & npm start\n")
    assert "CMD at line 8 runs `npm`" in (result.report.reason or "")


def test_an_upgraded_npm_the_command_never_runs_is_kept():
    result = transpile(NODE + 'CMD ["node", "dist/server.js"]\n')
    assert "replaces the image's npm" not in (result.report.reason or "")


def test_self_upgrade_reads_the_install_forms():
    assert self_upgrade(("npm", "install", "-g", "npm"))
    assert self_upgrade(("npm", "i", "--global", "npm@3"))
    assert self_upgrade(("npm", "upgrade", "-g", "npm"))
    assert not self_upgrade(("npm", "install", "-g", "npm-run-all"))
    assert not self_upgrade(("npm", "install", "npm"))
    assert not self_upgrade(("yarn", "global", "add", "npm"))


# What the command runs, read or not (e03c5125: hubot's script runs `npm install` at every
# start): an upgraded npm declines wherever npm may run, not only in the command's words.
ALPINE = ("FROM alpine:3.8\nRUN apk add --no-cache nodejs npm && npm install -g npm@6\n"
          "WORKDIR /hubot\nCOPY package.json package.json\nRUN npm install\n"
          "ADD bin/hubot bin/\n"
          'ENTRYPOINT ["/bin/sh", "-c", "bin/hubot --adapter slack"]\n')


def _context(tmp_path, script, package='{"name": "x"}'):
    (tmp_path / "bin").mkdir()
    (tmp_path / "bin" / "hubot").write_text(script)
    (tmp_path / "package.json").write_text(package)
    return tmp_path


def test_an_unread_script_may_run_the_upgraded_npm():
    result = transpile(ALPINE)
    assert result.report.declined
    assert "runs `bin/hubot`, a script of the build context (ADD at line 6) that is not " \
           "read" in result.report.reason
    assert "line 2: `npm install -g npm@6` replaces the image's npm" in result.report.reason


def test_a_read_script_running_npm_declines(tmp_path):
    context = _context(tmp_path, "#!/bin/sh\nset -e\nnpm install\n"
                       'exec node_modules/.bin/hubot "$@"\n')
    result = transpile(ALPINE, context=context)
    assert result.report.declined
    assert "`bin/hubot` (ADD at line 6): it runs `npm`" in result.report.reason


def test_a_read_script_that_runs_no_npm_is_kept(tmp_path):
    context = _context(tmp_path, '#!/bin/sh\nset -e\nexec node_modules/.bin/hubot "$@"\n')
    result = transpile(ALPINE, context=context)
    assert not result.report.declined, result.report.reason


def test_an_unread_yarn_script_may_run_the_upgraded_npm():
    result = transpile(NODE + 'CMD ["yarn", "start"]\n')
    assert result.report.declined
    assert "CMD at line 8 runs `yarn start`, a package.json script that is not read" in \
        result.report.reason
    assert "replaces the image's npm" in result.report.reason


def test_a_read_yarn_script_running_npm_declines(tmp_path):
    (tmp_path / "package.json").write_text(
        '{"name": "x", "scripts": {"build": "true", "start": "npm run serve", '
        '"serve": "node s.js"}}')
    result = transpile(NODE + 'CMD ["yarn", "start"]\n', context=tmp_path)
    assert result.report.declined
    assert "`yarn start` runs `npm run serve` (package.json), which runs npm" in \
        result.report.reason


def test_a_read_yarn_script_that_runs_no_npm_is_kept(tmp_path):
    (tmp_path / "package.json").write_text(
        '{"name": "x", "scripts": {"build": "true", "start": "node s.js"}}')
    result = transpile(NODE + 'CMD ["yarn", "start"]\n', context=tmp_path)
    assert not result.report.declined, result.report.reason
