"""Where npm, yarn and pnpm run a project command (recipes/npm_prefix): the nearest
directory upward with a package.json, and an install of a workspace at the root that
lists it; a directory above that the build may have filled leaves it to the context."""
import json

from transpiler.multistage.api import transpile
from transpiler.multistage.recipes.node_commands import prune_command
from transpiler.multistage.recipes.npm_prefix import _lists

SUB = ("FROM node:20-bookworm\nWORKDIR /app\nCOPY . .\n"
       "RUN cd web && npm ci && npm run build\n"
       'CMD ["node", "web/server.js"]\n')


def _context(tmp_path, files):
    for name, data in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data) if name.endswith(".json") else data)
    return tmp_path


def test_own_package_json_in_the_context_settles_it(tmp_path):
    context = _context(tmp_path, {"web/package.json": {"name": "web"}, "web/server.js": "x"})
    result = transpile(SUB, context=context)
    assert not result.report.declined, result.report.reason


def test_without_the_context_a_tree_copied_above_declines():
    result = transpile(SUB)
    assert result.report.declined and "give --context" in result.report.reason


def test_a_workspace_root_above_takes_the_install(tmp_path):
    context = _context(tmp_path, {"package.json": {"name": "root", "workspaces": ["web"]},
                                  "web/package.json": {"name": "web"}, "web/server.js": "x"})
    result = transpile(SUB, context=context)
    assert result.report.declined and '"workspaces"' in result.report.reason


def test_a_package_above_without_workspaces_leaves_it_here(tmp_path):
    context = _context(tmp_path, {"package.json": {"name": "root"},
                                  "web/package.json": {"name": "web"}, "web/server.js": "x"})
    assert not transpile(SUB, context=context).report.declined


def test_copies_that_cannot_reach_the_parent_need_no_context():
    text = ("FROM node:20-alpine\nWORKDIR /src\nCOPY backend /src/backend\n"
            "COPY app.js /src/app.js\nRUN cd backend && npm install\nCMD [\"node\", \"app.js\"]\n")
    result = transpile(text)
    assert not result.report.declined, result.report.reason


def test_workspace_patterns():
    root = json.dumps({"workspaces": ["packages/*"]})
    assert _lists(root, "/app", "/app/packages/api")
    assert not _lists(root, "/app", "/app/web")
    assert _lists(json.dumps({"workspaces": {"packages": ["./web/"]}}), "/app", "/app/web")
    assert not _lists(json.dumps({"name": "x"}), "/app", "/app/web")


def test_prune_names_the_directory_without_cd():
    assert prune_command("npm", 20, "/app/web") == "npm --prefix /app/web prune --omit=dev"
    assert prune_command("npm", 14, "/app/web") == "npm --prefix /app/web prune --production"
    assert prune_command("yarn", 20, "/app/web") is None  # (.yarnrc read from the cwd)
