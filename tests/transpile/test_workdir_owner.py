"""The runner's final WORKDIR takes the original's owner and mode only where the original's
is not root's 0755 and nothing else in the runner gives it that (workdir_owner)."""

from transpiler.multistage.api import transpile
from transpiler.multistage.workdir_owner import STAGED

_HEAD = """FROM golang:1.22-bookworm
RUN useradd -m app
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/app .
"""


def _stages(text):
    # (the runner has a shell and useradd: without the Go sources the image golang is
    # built on, buildpack-deps:bookworm-scm, as debian:bookworm-slim is with them)
    result = transpile(text)
    assert not result.report.declined, result.report.reason
    builder, _, runner = result.output.partition("\nFROM buildpack-deps:bookworm-scm\n")
    assert runner, result.output
    return builder, runner


def test_workdir_made_by_user_is_staged_with_its_user():
    builder, runner = _stages(_HEAD + "USER app\nWORKDIR /data\nCMD [\"app\"]\n")
    # the builder never makes /data: it stages it as the WORKDIR would (app's uid and
    # primary gid, 0755), as root, without changing its own final WORKDIR
    tail = builder[builder.index("go build"):]
    assert "WORKDIR /data" not in tail
    assert f"chown app:\"$(id -g app)\" {STAGED}/data" in tail
    assert f"chmod 755 {STAGED}/data" in tail
    copy = f"COPY --from=builder {STAGED} /\n"
    assert copy in runner
    # after the runner's own WORKDIR, which makes the directory root's first
    assert runner.index("WORKDIR /data") < runner.index(copy)


def test_workdir_made_by_root_is_not_staged():
    _, runner = _stages(_HEAD + "WORKDIR /data\nUSER app\nCMD [\"app\"]\n")
    assert STAGED not in runner


def test_chown_the_runner_repeats_last_needs_no_staging():
    text = _HEAD + "RUN mkdir -p /data && chown app /data\nUSER app\nWORKDIR /data\n" \
        "RUN chown app /data\nCMD [\"app\"]\n"
    _, runner = _stages(text)
    assert "chown app /data" in runner and STAGED not in runner


_NODE = """FROM node:20
WORKDIR /usr/src/app
COPY . /usr/src/app
{chown}USER node
WORKDIR /usr/src/app/server
RUN npm install
CMD ["node", "index.js"]
"""


def _node_context(tmp_path):
    """A build context showing server/package.json: else /usr/src/app, copied from the
    context, may hold the project npm installs in (npm_prefix)."""
    (tmp_path / "server").mkdir()
    (tmp_path / "server" / "package.json").write_text('{"name": "server"}')
    return tmp_path


def test_copied_tree_top_chowned_by_the_build_is_staged(tmp_path):
    """The runner's WORKDIR below the copied tree makes its top root's 0755 first, and
    the copy keeps an existing target's metadata (moby/buildkit#1941): the top is staged
    with the builder's owner and mode and copied onto its parent after the tree (corpus
    b9ef1d80: /usr/src/dre stayed root's where the original chowned it to node)."""
    from transpiler.multistage.workdir_owner import TOPS
    result = transpile(_NODE.format(chown="RUN chown -R node:node /usr/src/app\n"),
                       context=_node_context(tmp_path))
    assert not result.report.declined, result.report.reason
    builder, _, runner = result.output.partition("\nFROM node:20-slim\n")
    assert f'chown "$(stat -c %u:%g /usr/src/app)" {TOPS}/0/app' in builder
    copy = f"COPY --from=builder {TOPS}/0 /usr/src/\n"
    assert copy in runner
    assert runner.index("COPY --from=builder /usr/src/app /usr/src/app\n") < runner.index(copy)


def test_copied_tree_top_nobody_changed_is_not_staged(tmp_path):
    from transpiler.multistage.workdir_owner import TOPS
    result = transpile(_NODE.format(chown=""), context=_node_context(tmp_path))
    assert not result.report.declined, result.report.reason
    assert TOPS not in result.output



def test_copied_file_chmodded_beside_a_mkdir_is_not_staged():
    """A copy carries a file's own owner and mode: only a directory's top needs staging,
    and a chmod or mkdir counts for the path its own command names (corpus 161708f0:
    `wget -O /usr/bin/confd ... && chmod a+x /usr/bin/confd && mkdir -p /var/lib/GeoIP/`
    staged the file, the RUN's mkdir taken for one of it)."""
    from transpiler.multistage.workdir_owner import TOPS
    text = _HEAD.replace("app .\n", "app . && mkdir -p /var/lib/geo && chmod a+x /usr/local/bin/app\n") \
        + "USER app\nCMD [\"app\"]\n"
    builder, runner = _stages(text)
    assert "/usr/local/bin/app" in runner and TOPS not in builder + runner



_HOME = """FROM python:3.11-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends sudo && rm -rf /var/lib/apt/lists/*
RUN useradd -m app
ADD src /home/app/src
ADD setup.py /home/app/setup.py
RUN chown -R app:app /home/app \\
    && sudo -Hu app python -m venv /home/app/env \\
    && sudo -Hu app /home/app/env/bin/pip install /home/app
USER app
CMD ["/home/app/env/bin/greet"]
"""


def _home_context(tmp_path):
    (tmp_path / "src" / "greet").mkdir(parents=True)
    (tmp_path / "src" / "greet" / "__init__.py").write_text("def main():\n    print('hi')\n")
    (tmp_path / "setup.py").write_text("from setuptools import setup\nsetup(name='greet')\n")
    return tmp_path


def _staged_tops(output):
    from transpiler.multistage.workdir_owner import TOPS
    return [line for line in output.splitlines() if line.startswith("RUN mkdir -p " + TOPS)]


def test_virtualenv_and_context_directory_under_chowned_home_are_staged(tmp_path):
    """A chown -R of the home changes the virtualenv a RUN makes there and the context's
    directory ADDed to a path of its own; the runner's copies make both root's 0755
    (moby/buildkit#1941): both are staged, the context's file (setup.py) is not (corpus
    2875ebc4b108: /home/iris/env, src and daemons stayed root's, not writable by iris)."""
    from transpiler.multistage.workdir_owner import TOPS
    result = transpile(_HOME, context=_home_context(tmp_path))
    assert not result.report.declined, result.report.reason
    (staging,) = _staged_tops(result.output)
    assert "[ -d /home/app/env ]" in staging and "[ -d /home/app/src ]" in staging
    assert "setup.py" not in staging
    assert f"COPY --from=builder {TOPS}/0 /home/app/\n" in result.output


def test_unknown_context_copy_staged_only_under_a_recursive_chown():
    """Without a context a copied source may be a directory: staged (the builder's
    `[ -d ]` decides) where a chown -R changes it, not where a chmod names the path
    alone, as of a file (corpus 10a13e2f: chmod +x /usr/local/bin/dumb-init)."""
    staging = _staged_tops(transpile(_HOME).output)
    assert len(staging) == 1 and "[ -d /home/app/src ]" in staging[0]
    text = "FROM node:20\nCOPY support/dumb-init /usr/local/bin/dumb-init\n" \
        "RUN chmod +x /usr/local/bin/dumb-init\nWORKDIR /usr/src/app\nCOPY . .\n" \
        "RUN npm install\nCMD [\"dumb-init\", \"node\", \"index.js\"]\n"
    result = transpile(text)
    assert not result.report.declined, result.report.reason
    assert "COPY --from=builder /usr/local/bin/dumb-init /usr/local/bin/dumb-init\n" \
        in result.output
    assert not _staged_tops(result.output)
