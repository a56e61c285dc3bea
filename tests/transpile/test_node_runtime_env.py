"""A Node image's ENV that the container's command may read reaches the runner: CI, read
by programs at run time (react-scripts' ``start`` keeps serving without a terminal only
when CI=true: it stops when its standard input ends, which under ``docker run`` without
-i is at once), and npm's and yarn's settings, which ``npm start`` or ``npx`` read
(audit18b, from 0f354c1b8530: `ENV NPM_CONFIG_LOGLEVEL warn` with `CMD npm run serve`).
A static site's runner runs neither: there they stay in the builder."""
import pytest

from transpiler import transpile

NODE = ("FROM node:18\n"
        "ENV {env}\n"
        "WORKDIR /app\n"
        "COPY package.json package-lock.json ./\n"
        "RUN npm ci\n"
        "COPY . .\n"
        'CMD ["npm", "start"]\n')


def _runner(text):
    result = transpile(text)
    assert not result.report.declined, result.report.reason
    return result.output.split("\nFROM ")[-1]


@pytest.mark.parametrize("env", ["CI=true", "NPM_CONFIG_LOGLEVEL=warn",
                                 "NPM_CONFIG_CACHE=/tmp/.npm", "NPM_CONFIG_PREFIX=/opt/npm",
                                 "YARN_CACHE_FOLDER=/tmp/yarn"])
def test_a_variable_the_command_may_read_reaches_the_runner(env):
    assert f"ENV {env}" in _runner(NODE.format(env=env))


def test_a_variable_only_installs_read_stays_in_the_builder():
    assert "HUSKY" not in _runner(NODE.format(env="HUSKY=0"))


def test_a_static_sites_runner_does_not_get_them():
    text = ("FROM node:18\n"
            "ENV CI=true NPM_CONFIG_LOGLEVEL=warn\n"
            "WORKDIR /app\n"
            "COPY package.json package-lock.json ./\n"
            "RUN npm ci\n"
            "COPY . .\n"
            "RUN npm run build\n"
            "RUN npm install -g serve\n"
            'CMD ["serve", "-s", "build"]\n')
    result = transpile(text)
    assert not result.report.declined, result.report.reason
    assert result.report.recipe == "static-site"
    runner = result.output.split("\nFROM ")[-1]
    assert "CI=" not in runner and "NPM_CONFIG" not in runner
