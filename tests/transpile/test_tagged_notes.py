"""A feature taken back is found by the tag of its notes (``base.Note``), never by their
wording: rewording a note cannot silently break what removes it."""

from types import SimpleNamespace
from transpiler.multistage.recipes.base import Linking, Note, feature_of, without_feature
from transpiler.multistage.recipes.node import DEV_KEPT, PRUNE, NodeDetection
from transpiler.tree import ast

import copy
import pickle


def test_note_renders_as_its_text_and_keeps_its_tag():
    note = Note("some words", "feature")
    assert note == "some words" and f"{note}" == "some words" and str(note) == "some words"
    assert feature_of(note) == "feature" and feature_of("some words") is None
    assert feature_of(copy.deepcopy(note)) == "feature"
    assert feature_of(pickle.loads(pickle.dumps(note))) == "feature"
    assert without_feature(("a", note, Note("b", "other")), "feature") == ("a", "b")


PRUNE_TEXT = "npm prune --omit=dev"


def _node(added, prune=PRUNE_TEXT):
    run = ast.Run(keyword="RUN", command=ast.ShellForm(PRUNE_TEXT))
    return NodeDetection("node", (0,), (), Linking(False),
                         builder_additions=(run,) if prune else (), added=tuple(added),
                         prune=prune)


def test_prune_note_is_removed_by_its_tag_whatever_its_wording():
    kept = _node(["other", Note("reworded: the builder drops devDependencies", PRUNE),
                  # (untagged text naming the prune is another feature's: it stays)
                  f"`{PRUNE_TEXT}` named by another note"]).keeping_dev_dependencies("why")
    assert kept.prune is None and kept.builder_additions == ()
    assert kept.added == ("other", f"`{PRUNE_TEXT}` named by another note",
                          "dev dependencies kept in the runner (no prune): why")
    assert feature_of(kept.added[-1]) == DEV_KEPT


def test_a_further_reason_is_said_where_dev_dependencies_are_kept_already():
    said = _node([Note("reworded reason for keeping them", DEV_KEPT)], prune=None)
    more = said.keeping_dev_dependencies("another reason")
    assert more.added[1:] == ("dev dependencies kept in the runner (no prune): another reason",)
    assert more.keeping_dev_dependencies("another reason") == more  # (said once)
    # an untagged text in the same words is not the feature's note: nothing to add to
    plain = _node(["dev dependencies kept in the runner (no prune): x"], prune=None)
    assert plain.keeping_dev_dependencies("another reason") == plain



def test_java_rpm_drops_the_scan_note_by_its_tag(monkeypatch):
    from types import SimpleNamespace
    from transpiler.multistage.recipes import distribution_runner, java_rpm
    from transpiler.multistage.recipes.base import RunnerPlan
    scan = Note("reworded: what the library scan installs", distribution_runner.LIBRARY_SCAN)
    monkeypatch.setattr(distribution_runner, "runner_plan", lambda *a, **k: RunnerPlan(
        "fedora:39", "why", added=("the packages owning the libraries the compiled files "
                                   "load, untagged: another note", scan)))
    found = SimpleNamespace(base=SimpleNamespace(installer="dnf"), replay=None)
    assert java_rpm.plan(found, None).added == (
        "the packages owning the libraries the compiled files load, untagged: another note",)


def test_the_java_rpm_runner_has_no_scan_note():
    # (runner_plan's scan note reaches java_rpm.plan tagged: it is left out)
    from pathlib import Path
    from transpiler import transpile
    case = (Path(__file__).resolve().parents[1] / "cases" / "transpile" /
            "java-rpm-openjdk.Dockerfile")
    result = transpile(case.read_text())
    assert not result.report.declined, result.report.reason
    assert any("rpm -qf" in a for a in result.report.added)
    assert not any(a.startswith("the packages owning the libraries the compiled files load")
                   for a in result.report.added)


def test_the_builders_own_runner_takes_back_the_gathering_and_git_by_their_tags():
    from transpiler.multistage.recipes import full_image_libraries as fil
    from transpiler.multistage.recipes.base import Detection, LibraryScan
    scan = LibraryScan(("/app",))
    detection = Detection(
        "python", (0,), (fil.ARTIFACT,) + fil.GIT_FILES, Linking(True),
        builder_additions=(fil.scan_run(scan),), library_scan=scan,
        added=("other", Note("reworded: libraries gathered for the slim runner", fil.GATHERING),
               Note("reworded: git for the checkout", fil.GIT_COPY),
               f"untagged, naming {fil.GATHERED}: another feature's"))
    # (on_full_image only records why; the runner settled as the builder's own image
    # takes the gathering back: full_image_libraries.for_runner)
    facts = SimpleNamespace(base=SimpleNamespace(reference="python:3.11"))
    full = fil.for_runner(fil.on_full_image(detection, "why"), "docker.io/library/python:3.11",
                          facts)
    assert full.full_image == "why" and full.artifacts == () and full.builder_additions == ()
    assert full.library_scan is None
    assert full.added == ("other", f"untagged, naming {fil.GATHERED}: another feature's")
    # the slim sibling keeps it all
    slim = fil.for_runner(detection, "python:3.11-slim", facts)
    assert slim is detection


def test_private_libraries_read_again_drop_their_note_by_its_tag():
    from transpiler.multistage.recipes import full_image_libraries as fil
    from transpiler.multistage.recipes.base import Detection
    detection = Detection(
        "go", (0,), (fil.PRIVATE_ARTIFACT,), Linking(False),
        builder_additions=(fil.private_libraries_run(("/app/server",)),),
        private_binaries=("/app/server",),
        added=(Note("reworded: RPATH libraries copied", fil.PRIVATE_LIBRARIES), "other"))
    again = fil.with_private_libraries(detection, None)  # (static: none added again)
    assert again.artifacts == () and again.builder_additions == ()
    assert again.private_binaries == ()
    assert again.added == ("other",)
