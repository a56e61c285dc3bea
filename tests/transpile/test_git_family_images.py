"""The image families generated from their own repositories' git history
(``datagen/git_families.py``): what the data says about the tags the corpus uses, and
the readers of the sources' tag lists."""

from __future__ import annotations

from datagen import gliderlabs_images, readme_tags, risingstack_images
from transpiler import transpile
from transpiler.knowledge import official
from transpiler.knowledge.images import image_facts


def test_gliderlabs_alpine_is_the_release_its_options_name():
    tag = official.resolve("gliderlabs/alpine:3.4")
    assert (tag.distribution, tag.release, tag.libc, tag.workdir) == ("alpine", "3.4", "musl", "/")
    # latest: the folder whose TAGS list it last (versions/gliderlabs-3.9)
    assert official.resolve("gliderlabs/alpine").release == "3.9"


def test_gliderlabs_options_file():
    text = ('export RELEASE="v3.9"\nexport TAGS=(gliderlabs/alpine:3.9 gliderlabs/alpine:latest)\n')
    assert gliderlabs_images.parse_options(text) == ("3.9", ("3.9", "latest"))
    old = 'export RELEASE="edge"\nexport TAGS="gliderlabs/alpine:edge alpine:edge"\n'
    assert gliderlabs_images.parse_options(old) == ("edge", ("edge",))


def test_rust_images_know_their_release_and_workdir():
    jc = official.resolve("jimmycuadra/rust:1.1.0")
    assert (jc.release, jc.workdir, jc.versions["RUST_VERSION"]) == ("jessie", "/source", "1.1.0")
    assert "libssl-dev" in jc.packages
    sc = official.resolve("scorpil/rust:stable")
    assert (sc.release, sc.workdir) == ("jessie", "/rust")


def test_jimmycuadra_decline_names_the_archived_release():
    result = transpile("FROM jimmycuadra/rust:1.1.0\nADD . /star\nWORKDIR /star\n"
                       "RUN cargo build --release\nENTRYPOINT [\"target/release/star-probe\"]\n")
    assert result.report.declined
    assert "jessie" in result.report.reason and "does not show" not in result.report.reason


def test_tiangolo_flask_resolves_down_to_python():
    tag = official.resolve("tiangolo/uwsgi-nginx-flask:python3.6")
    assert tag.versions["PYTHON_VERSION"].startswith("3.6.")
    assert tag.workdir == "/app"
    assert tag.chain[0].startswith("tiangolo/uwsgi-nginx:")
    result = transpile("FROM tiangolo/uwsgi-nginx-flask:python3.6\nCOPY requirements.txt /\n"
                       "RUN pip install -r /requirements.txt\nCOPY app/ /app/\n"
                       "CMD flask run -h 0.0.0.0\n")
    assert result.report.declined and "Python X.Y" not in result.report.reason


def test_risingstack_alpine_node_and_programs():
    facts = image_facts("risingstack/alpine:3.4-v6.9.4-4.2.0")
    assert (facts.family, facts.release, facts.libc) == ("alpine", "3.4", "musl")
    assert facts.versions["NODE_VERSION"] == "6.9.4"
    assert facts.workdir == "/usr/src/node-app"
    assert {"/usr/bin/node", "/usr/bin/npm"} <= set(facts.provides)
    assert risingstack_images.programs_of(
        "RUN ./configure --prefix=/usr && make install") == ("/usr/bin/node", "/usr/bin/npm")
    assert risingstack_images.programs_of("RUN make install") == ()


def test_readme_tag_table():
    readme = (
        "# Supported tags\n"
        "- [`stable`, `1.18`, `1` (*/stable/Dockerfile*)](https://github.com/scorpil/"
        "docker-rust/blob/master/stable/Dockerfile)\n"
        "* [`1.5.0` (*1.5/Dockerfile*)](https://github.com/Scorpil/dockerfiles/blob/master/"
        "rust/1.5/Dockerfile)\n"
        "\n# Usage\n"
        "* [`other` (Dockerfile)](https://github.com/Scorpil/docker-rust/blob/master/x/Dockerfile)\n")
    assert readme_tags.table(readme, "Scorpil/docker-rust") == [
        (("stable", "1.18", "1"), "stable/Dockerfile")]


def test_hypriot_alpine_scratch_is_the_release_its_ci_built():
    latest = official.resolve("hypriot/rpi-alpine-scratch")
    # master's CI pushed latest and v3.2, built from its VERSION file (v3.2); the git tags'
    # builds (v3.3, v3.4, edge) pushed their own tag alone
    assert (latest.distribution, latest.release, latest.libc) == ("alpine", "3.2", "musl")
    assert official.resolve("hypriot/rpi-alpine-scratch:v3.2").release == "3.2"
    assert official.resolve("hypriot/rpi-alpine-scratch:v3.4").release == "3.4"
    edge = image_facts("hypriot/rpi-alpine-scratch:edge")
    assert (edge.release, edge.current, edge.date) == ("edge", False, "2016-07-25")


def test_hypriot_drone_file_readers():
    from datagen import hypriot_alpine_images as h

    master = ("build:\n  commands:\n    - export VERSION=$(cat VERSION)\n"
              "publish:\n  docker:\n    repo: hypriot/rpi-alpine-scratch\n    tag: \n"
              "      - latest\n      - v3.2\n")
    assert h.published_tags(master) == ("latest", "v3.2")
    assert h.version_source(master) == "file"
    tagged = ("build:\n  commands:\n    - export VERSION=$$TAG\n"
              "publish:\n  docker:\n    tag:\n#      - latest\n      - $$TAG\n"
              "    when:\n      event: tag\n")
    assert h.published_tags(tagged) == ("$$TAG",)
    assert h.version_source(tagged) == "tag"
    assert h.version_source("build:\n  commands:\n    - make\n") is None


def test_blacktop_yara_is_what_its_workflow_pushed():
    latest = official.resolve("blacktop/yara")
    # the workflow's step building ./4.2 (FROM alpine:3.16) pushes 4, 4.2, 4.2.3 and latest
    assert (latest.distribution, latest.release, latest.libc) == ("alpine", "3.16", "musl")
    assert official.resolve("blacktop/yara:4.1").release == "3.14"
    # tags only Docker Hub's automated builds pushed (before the workflow) are not known
    assert official.resolve("blacktop/yara:3.5") is None


def test_build_push_action_steps():
    from datagen import actions_images

    workflow = ("jobs:\n  push:\n    steps:\n      - name: Check out\n        uses: actions/checkout@v2\n"
                "      - name: Build (v4)\n        uses: docker/build-push-action@v2\n"
                "        with:\n          context: ./4.2\n          push: true\n"
                "          tags: |\n            blacktop/yara:4.2\n            ghcr.io/blacktop/yara:4.2\n"
                "          platforms: linux/amd64\n"
                "      - uses: docker/build-push-action@v2\n        with:\n"
                "          context: .\n          file: ./w-rules/Dockerfile.rules\n"
                "          tags: blacktop/yara:w-rules,blacktop/yara:rules\n")
    assert actions_images.build_steps(workflow) == [
        ("./4.2", None, ("blacktop/yara:4.2", "ghcr.io/blacktop/yara:4.2")),
        (".", "./w-rules/Dockerfile.rules", ("blacktop/yara:w-rules", "blacktop/yara:rules"))]
