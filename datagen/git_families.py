"""The image families read from their own repositories' git history (``git_family``),
added to the data ``official_images.py`` wrote, in order (a family built ``FROM``
another comes after it).  ``official_images.py`` runs them at its end; alone,
``python3 -m datagen.git_families`` adds them to the data already written.  A family
whose mirror is absent is left out (and said so)."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Dict

from . import (actions_images, amancevice_pandas_images, circleci_images, git_family,
               gliderlabs_images,
               hypriot_alpine_images, jimmycuadra_rust_images, jupyter_images, kernsuite_images,
               risingstack_images, scorpil_rust_images, tiangolo_images)

#: (module, the mirrors it reads)
MODULES = (
    (gliderlabs_images, (gliderlabs_images.MIRROR,)),
    (hypriot_alpine_images, (hypriot_alpine_images.MIRROR,)),
    (jimmycuadra_rust_images, (jimmycuadra_rust_images.MIRROR,)),
    (risingstack_images, (risingstack_images.MIRROR,)),
    (scorpil_rust_images, (scorpil_rust_images.MIRROR,)),
    (tiangolo_images, tuple(m for _f, _r, m in tiangolo_images.FAMILIES)),
    (amancevice_pandas_images, (amancevice_pandas_images.MIRROR,)),
    (kernsuite_images, (kernsuite_images.MIRROR,)),
    (actions_images, tuple(m for _f, _r, m, _b in actions_images.FAMILIES)),
    (circleci_images, (circleci_images.MIRROR,)),
    (jupyter_images, (jupyter_images.MIRROR,)),
)


def add_all(mirrors: str, out: str) -> Dict[str, int]:
    sizes: Dict[str, int] = {}
    for module, needed in MODULES:
        missing = [m for m in needed if not os.path.isdir(os.path.join(mirrors, m, "repo"))]
        if missing:
            print(f"no mirror {', '.join(missing)}: {module.__name__} is left out",
                  file=sys.stderr)
            continue
        sizes.update(module.add(mirrors, out))
    return sizes


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mirrors", default="/work/.mirror",
                    help="folder of bare mirrors named owner+repo/repo")
    ap.add_argument("--out", default=git_family.OUT)
    args = ap.parse_args(argv)
    add_all(args.mirrors, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
