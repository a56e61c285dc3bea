"""The store's garbage collection keeps every step a sample's last run used (builder
stages too, which no tag leads to) and the ancestors of what it keeps, and removes the
rest newest first: a store made of index files as the overlay driver writes them."""

import json

from realbuild.store_gc import plan

H = lambda c: c * 64  # an image or layer id  # noqa: E731


def _store(tmp_path, images, layers):
    (tmp_path / "overlay-images").mkdir(parents=True)
    (tmp_path / "overlay-layers").mkdir()
    (tmp_path / "overlay-images" / "images.json").write_text(json.dumps(images))
    (tmp_path / "overlay-layers" / "layers.json").write_text(json.dumps(layers))
    return tmp_path


def _image(c, layer, names=(), minute=0):
    return {"id": H(c), "names": list(names), "layer": H(layer),
            "created": f"2026-12-06T10:{minute:02d}:00.123456789Z"}


def test_keeps_logged_steps_their_ancestors_and_bases(tmp_path):
    layers = [{"id": H("1")}, {"id": H("2"), "parent": H("1")},
              {"id": H("3"), "parent": H("2")}, {"id": H("4"), "parent": H("2")},
              {"id": H("5"), "parent": H("1")}, {"id": H("6"), "parent": H("5")}]
    images = [
        _image("a", "1", ["docker.io/library/debian:bookworm"], 0),   # a base
        _image("b", "2", (), 1),          # a recipe step below the base's children
        _image("c", "3", (), 2),          # the builder stage's last step (untagged)
        _image("d", "4", ["localhost/realbuild/demo:transpiled"], 3),
        _image("e", "3", (), 4),          # a later ENV step on c's layer: not logged
        _image("f", "5", (), 5),          # an old rewrite's step
        _image("g", "6", ["localhost/realbuild/gone:original"], 6),  # a removed sample
    ]
    store = _store(tmp_path / "storage", images, layers)
    work = tmp_path / "work"
    (work / "demo").mkdir(parents=True)
    (work / "demo" / "log.txt").write_text(
        f"STEP 2/3: RUN make\n--> Using cache {H('c')}\n--> {H('c')[:11]}\n"
        f"COMMIT localhost/realbuild/demo:transpiled\n--> {H('d')[:12]}\n")
    p = plan(["demo"], storage=store, work=work)
    assert p.keep == {H("a"), H("b"), H("c"), H("d")}
    assert p.remove == [H("g"), H("f"), H("e")]  # newest first: a child before its parent
    assert p.no_log == []


def test_a_sample_without_a_log_is_reported(tmp_path):
    store = _store(tmp_path / "storage", [_image("a", "1", ["docker.io/library/x:1"])],
                   [{"id": H("1")}])
    p = plan(["demo"], storage=store, work=tmp_path / "work")
    assert p.no_log == ["demo"] and p.keep == {H("a")} and p.remove == []
