"""yarn 1's --cwd (recipes/yarn_cwd): the command runs in the nearest directory from the
one named upward that holds a package.json, so it is read there only where the build
context shows that package.json."""
import json

from transpiler.multistage.api import transpile

DOCKERFILE = ("FROM node:20-bookworm\nWORKDIR /app\nCOPY . .\n"
              "RUN yarn --cwd web install && yarn --cwd web build\n"
              'CMD ["node", "web/server.js"]\n')


def _context(tmp_path, *files):
    for name in files:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"name": "x"}) if name.endswith(".json") else "x\n")
    return tmp_path


def test_read_in_the_directory_its_package_json_is_in(tmp_path):
    result = transpile(DOCKERFILE, context=_context(tmp_path, "web/package.json",
                                                     "web/server.js"))
    assert not result.report.declined, result.report.reason


def test_declined_where_the_context_does_not_settle_it(tmp_path):
    result = transpile(DOCKERFILE)
    assert result.report.declined and "give --context" in result.report.reason
    assert "findProjectRoot" in result.report.reason
    result = transpile(DOCKERFILE, context=_context(tmp_path, "package.json",
                                                     "web/server.js"))
    assert result.report.declined
    assert "the build context given does not show" in result.report.reason


def test_cd_and_the_rest_are_not_concerned():
    # (`--cwd .` is the RUN's own directory; npm's --prefix is exact)
    for run in ("yarn --cwd . install", "npm --prefix web ci"):
        result = transpile(DOCKERFILE.replace("yarn --cwd web install && yarn --cwd web build",
                                              run))
        assert "findProjectRoot" not in (result.report.reason or ""), result.report.reason
