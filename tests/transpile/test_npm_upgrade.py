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
