"""PyPI distributions that use, at run time, a library or a program the full official
``python`` image has and its slim sibling lacks, with nothing an ELF NEEDED entry shows:
they load the library by name (``ctypes.util.find_library`` + ``CDLL``, cffi's
``dlopen``) or start the program (``subprocess``).  On the slim runner they import
fine and fail only when the feature is used.

Where each fact comes from:

* what the full image has: the official ``python:3.x`` images are built on
  ``buildpack-deps:<release>`` (its -curl, -scm and full layers); the packages each
  layer installs are in ``data/images/buildpack-deps.json.gz`` (its ``k`` lists).
  -curl installs gnupg; -scm installs git, mercurial, subversion, openssh-client; the
  full layer installs file (which depends on libmagic1), imagemagick and
  libmagickwand-dev.  libmagickwand-dev depends (Debian bookworm's ``apt-cache show``)
  on libmagickcore-6.q16-dev, which depends on librsvg2-dev -> libcairo2-dev, and
  librsvg2-2 depends on libpango-1.0-0 and libpangocairo-1.0-0: so cairo and pango are
  there too.  The slim images install none of these (only what Python itself needs).
* what each distribution uses: its own source (the ctypes/cffi names it loads, the
  program it runs), named in each entry.

Left out on purpose: distributions that need something the full image does not have
either (pdf2image's poppler-utils, pytesseract's tesseract, pydub's ffmpeg, pyzbar's
libzbar, pyvips' libvips: neither image has them, so the slim runner loses nothing),
and compiled bindings (python-ldap, psycopg2, lxml, mysqlclient: their ELF NEEDED
entries are read by ``full_image_libraries``).

Keys are PEP 503 normal names (``normalize``)."""

from __future__ import annotations

import re

#: normal name -> what it uses of the full image (completes "<name> ...")
FULL_IMAGE_DISTRIBUTIONS = {
    "python-magic": "loads libmagic by name through ctypes (libmagic1, which the full "
                    "image's `file` brings)",
    "file-magic": "loads libmagic by name through ctypes (libmagic1, which the full image's "
                  "`file` brings)",
    "filemagic": "loads libmagic by name through ctypes (libmagic1, which the full image's "
                 "`file` brings)",
    "wand": "loads ImageMagick's libMagickWand by name through ctypes (the full image's "
            "imagemagick and libmagickwand-dev)",
    "gitpython": "runs the git program (the full image's scm layer)",
    "python-hglib": "runs the hg program (mercurial, the full image's scm layer)",
    "python-gnupg": "runs the gpg program (gnupg, the full image's curl layer)",
    "cairocffi": "loads libcairo by name through cffi (libcairo2, a dependency of the full "
                 "image's libmagickwand-dev)",
    "cairosvg": "loads libcairo by name through cairocffi (libcairo2, a dependency of the "
                "full image's libmagickwand-dev)",
    "weasyprint": "loads pango and cairo by name through cffi (dependencies of the full "
                  "image's libmagickwand-dev)",
}


def normalize(name: str) -> str:
    """PEP 503's normal form of a distribution name (``Python_Magic`` -> ``python-magic``)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def full_image_use(name: str):
    """What the distribution ``name`` uses of the full image, or None."""
    return FULL_IMAGE_DISTRIBUTIONS.get(normalize(name))
