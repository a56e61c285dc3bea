"""The full image's libraries are gathered for any runner that is not the builder's own
image (``full_image_libraries.for_runner``, decided in ``passes.plan_runner`` once the
runner is settled): a detection that would keep the full image (``full_image``: an
unread install, an unread ``npm start``) keeps the gathering when ``--runtime`` names
its slim sibling or another image, and none is made when the runner is the builder."""
from transpiler.multistage.api import transpile

UNREAD = """FROM python:3.11
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
CMD ["python", "app.py"]
"""
NAMED = UNREAD.replace("-r requirements.txt", "numpy==1.26.4")
SCAN = "mkdir -p /opt/runtime-libraries "
MERGE = "for path in /opt/runtime-libraries/*"


def _runner(output):
    return output.split("\n\nFROM ", 1)[1]


def test_unread_install_keeps_the_full_image_without_gathering():
    result = transpile(UNREAD)
    assert result.report.runner == "python:3.11"
    assert "runtime-libraries" not in result.output
    assert not any("--runtime" in w for w in result.report.warnings)


def test_forced_slim_runner_gathers_and_says_so():
    result = transpile(UNREAD, runtime="python:3.11-slim-trixie")
    assert result.report.runner == "python:3.11-slim-trixie"
    builder, runner = result.output.split("\n\nFROM ", 1)
    assert SCAN in builder and MERGE in runner
    assert "COPY --from=builder /opt/runtime-libraries /opt/runtime-libraries" in runner
    assert any(a.startswith("the runner is python:3.11-slim-trixie, chosen with --runtime, "
                            "not the builder's own image python:3.11") and "gathered" in a
               for a in result.report.added)
    assert any(w.startswith("--runtime python:3.11-slim-trixie replaces python:3.11") and
               "requirements.txt, which is not read" in w for w in result.report.warnings)


def test_forced_other_tag_of_the_same_python_gathers_too():
    result = transpile(UNREAD, runtime="python:3.11-trixie")
    assert not result.report.declined, result.report.reason
    assert SCAN in result.output and MERGE in _runner(result.output)


def test_forced_runner_without_the_builders_python_declines():
    # the site-packages of /usr/local/lib/python3.11 and the extensions built for its
    # ABI need that very interpreter: a Debian image has none there, python:3.12 another
    for image, has in (("debian:bookworm-slim", "no Python of the python images"),
                       ("python:3.12-slim", "Python 3.12"), ("node:22-slim", "no Python")):
        report = transpile(UNREAD, runtime=image).report
        assert report.declined and report.reason.startswith(f"--runtime {image} has {has}"), \
            (image, report.reason)
        assert "the builder's Python 3.11 (python:3.11)" in report.reason


def test_forced_builder_image_gathers_nothing():
    # the builder itself, however spelled, has every library: no scan, no merge
    for text in (UNREAD, NAMED):
        for image in ("python:3.11", "docker.io/library/python:3.11"):
            result = transpile(text, runtime=image)
            assert not result.report.declined, result.report.reason
            assert "runtime-libraries" not in result.output, (text, image)
            assert not any(a.startswith("the runner is") for a in result.report.added)


def test_named_packages_keep_the_slim_sibling_and_the_gathering():
    result = transpile(NAMED)
    assert result.report.runner == "python:3.11-slim"
    assert SCAN in result.output and MERGE in _runner(result.output)
    assert not any(a.startswith("the runner is") for a in result.report.added)


def test_node_unread_npm_start_forced_slim_gathers():
    text = """FROM node:20-bookworm
WORKDIR /app
COPY . .
RUN npm ci
CMD ["npm", "start"]
"""
    assert "runtime-libraries" not in transpile(text).output
    result = transpile(text, runtime="node:20-bookworm-slim")
    assert SCAN in result.output and MERGE in _runner(result.output)
    assert any("chosen with --runtime" in a for a in result.report.added)


def test_git_of_the_full_image_is_copied_only_for_another_runner():
    # the program runs in the checkout the build cloned with the full image's git (pip
    # keeps its cache: the full runner has that to gain)
    text = """FROM python:3.11-bookworm
RUN git clone --depth 1 https://github.com/example/updater.git /srv/updater
WORKDIR /srv/updater
RUN pip install -r requirements.txt
CMD ["python", "main.py"]
"""
    own = transpile(text)
    assert own.report.runner == "python:3.11-bookworm" and "git-core" not in own.output
    forced = transpile(text, runtime="python:3.11-slim-trixie")
    assert "COPY --from=builder /usr/lib/git-core /usr/lib/git-core" in _runner(forced.output)
    assert MERGE in _runner(forced.output)


def test_forced_builder_image_is_not_called_another_runner():
    # the forced runner is the builder itself, whether or not a gathering was dropped:
    # no note, no warning of a replaced runner
    result = transpile(UNREAD, runtime="python:3.11")
    assert not any("chosen with --runtime" in a for a in result.report.added)
    assert not any(w.startswith("--runtime") for w in result.report.warnings)


MAKE = UNREAD.replace('CMD ["python", "app.py"]', 'CMD ["make", "serve"]')
SCRIPT = UNREAD.replace('CMD ["python", "app.py"]', 'CMD ["./start.sh"]')


def test_a_full_image_program_is_the_runners_own_only_when_the_runner_is_that_image():
    # make is buildpack-deps': on the kept full image it is the runner's own
    assert not transpile(MAKE).report.declined
    assert not transpile(MAKE, runtime="python:3.11").report.declined
    # forced onto the slim sibling, make is missing there: declined, not taken for its own
    forced = transpile(MAKE, runtime="python:3.11-slim-trixie")
    assert forced.report.declined
    assert "`make`, a program of the full image python:3.11" in forced.report.reason


def test_an_unread_script_is_checked_when_runtime_replaces_the_full_image():
    assert not transpile(SCRIPT).report.declined
    forced = transpile(SCRIPT, runtime="python:3.11-slim-trixie")
    assert forced.report.declined
    assert "start.sh" in forced.report.reason and "not read" in forced.report.reason


def test_own_image_gathering_says_what_the_builders_image_lacks():
    # libqt4-dev has no runtime package in any table on stretch: its libraries are
    # gathered for the builder's own image, the runner; the report says what that image
    # lacks (what the build installed), not what a slim runner would
    text = """FROM python:3.6.8-stretch
RUN apt-get update && apt-get install -y libqt4-dev
WORKDIR /app
COPY . /app
RUN pip install -r requirements.txt
CMD ["python", "app.py"]
"""
    result = transpile(text)
    assert result.report.runner == "python:3.6.8-stretch", result.report.reason
    assert MERGE in _runner(result.output)
    explain = result.report.render()
    line = next(l for l in explain.splitlines() if l.strip().startswith("/opt/runtime-libraries"))
    assert "slim" not in line and "the builder's own image lacks" in line
    assert "slim" not in " ".join(a for a in result.report.added if "runtime-libraries" in a)
