"""datagen/floating_slims.py: a moving tag with no -slim tag of its own gets another
moving tag's -slim image only when the manifests' history shows them the same release
in every version listing both."""

import datetime

from datagen import floating_slims
from datagen.manifests import Entry

CODENAMES = {"bookworm": "12", "trixie": "13"}
#: Debian's table: [codename, version, created, released]
TABLE = [["bookworm", "12", "2021-08-14", "2023-06-10"],
         ["trixie", "13", "2023-06-10", "2025-08-09"], ["forky", "14", "2025-08-09", ""]]


def _when(day):
    return int(datetime.datetime.strptime(day, "%Y-%m-%d").replace(
        tzinfo=datetime.timezone.utc).timestamp())


def _entry(tags, commit="c0ffee", directory="."):
    return Entry(tuple(tags), (), "debuerreotype/docker-debian-artifacts", commit, directory,
                 "Dockerfile", "", True)


def _version(day, latest, stable, serial=None, slim=True):
    """One manifest version: ``latest`` on the ``latest`` codename's entry, ``stable``
    built on ``serial`` (YYYYMMDD)."""
    serial = serial or day.replace("-", "")
    tags = {}
    if latest:
        e = _entry((latest, f"{latest}-{serial}", CODENAMES[latest], "latest"), directory=latest)
        tags.update({t: e for t in e.tags})
    if stable:
        e = _entry(("stable", f"stable-{serial}"), directory="stable")
        tags.update({t: e for t in e.tags})
        if slim:
            s = _entry(("stable-slim", f"stable-{serial}-slim"), directory="stable/slim")
            tags.update({t: s for t in s.tags})
    return (_when(day), "c" * 40, tags)


def test_moving_together_records_the_twin_with_its_evidence():
    history = [_version("2025-07-22", "bookworm", True),
               _version("2025-08-12", "trixie", True, serial="20250811"),
               _version("2025-09-08", "trixie", True)]
    got = floating_slims.check("debian", history, CODENAMES, TABLE)
    assert got == {"latest": {"slim": "stable-slim", "as": "stable", "versions": 3, "days": 3,
                              "since": "2025-07-22", "until": "2025-09-08", "moves": 1}}


def test_one_version_apart_is_refused():
    # latest moved to trixie a version before stable's image was rebuilt on trixie
    history = [_version("2025-07-22", "bookworm", True),
               _version("2025-08-10", "trixie", True, serial="20250801"),
               _version("2025-08-12", "trixie", True, serial="20250811")]
    assert floating_slims.check("debian", history, CODENAMES, TABLE) == {}


def test_a_build_on_a_release_day_is_refused():
    # the archive moves the suite during the release day: which release the image is,
    # the table cannot say
    history = [_version("2025-08-10", "trixie", True, serial="20250809")]
    assert floating_slims.check("debian", history, CODENAMES, TABLE) == {}


def test_no_slim_image_no_twin():
    # ubuntu's case: no moving -slim image to float with
    history = [_version("2025-08-12", "trixie", True, slim=False)]
    assert floating_slims.check("debian", history, CODENAMES, TABLE) == {}
