"""A Ruby build on a plain Debian or Ubuntu image (or one ``proven_family`` proves
Debian-family): the distribution's ruby (``ruby``, ``ruby-full``, ``rubyX.Y``) with
``gem install`` or ``bundle install`` run by it.  The Ruby recipe's own runner is the
official ruby image's slim sibling, which has neither that Ruby nor the places
Debian's RubyGems installs into (/var/lib/gems/X.Y.0, executables in /usr/local/bin;
bundler into the system or vendor/bundle), so the recipe cannot carry these builds.

So the build runs in the builder as written, inside a capture window
(``build_capture``): what the installs wrote outside the copied trees (the gems,
their compiled extensions, their executables) reaches the runner at the same paths,
with the libraries those extensions load that the runner lacks (read in the builder).
The runner is the same distribution release (slim where one exists) with the
original's packages installed again minus the build-only ones: compilers, build tools
and -dev packages (``ruby-dev``'s interpreter and the -dev packages' runtime packages
are installed instead).

The Ruby recipe's own declines that still apply are its command checks
(``RubyRecipe.needs_toolchain``: a command that installs or compiles gems at run time,
jekyll/nanoc building a site, ``foreman start``; rake tasks that may compile) and
``build_capture``'s (nothing build-only to leave out, a script the command runs that
is not read, a service started in the window ...); a ``.rb`` file the command hands
to ``ruby`` is the application's own."""

from __future__ import annotations

import re
from typing import Optional, Sequence

from ...analysis import StageFacts
from .build_capture import CaptureDetection, Language, capture_detection as _capture
from .native_capture import C_BUILD

__all__ = ["LANGUAGE", "capture_detection"]

#: the interpreters whose script argument is the application (``ruby app.rb``)
RUBY = re.compile(r"^ruby[0-9.]*$")
LANGUAGE = Language("Ruby", "a Ruby build with the distribution's ruby", C_BUILD,
                    app_scripts=(".rb",), interpreters=RUBY,
                    links_dev_runtime=True)


def capture_detection(facts: StageFacts, name: str, build_only_env, why: str,
                      trees: Sequence[str]) -> Optional[CaptureDetection]:
    """The detection of a Ruby build run inside a capture window, or None where the
    builder is not a plain Debian/Ubuntu image (or a proven Debian-family one) whose
    effects can be captured.  ``trees``: the application's directories, copied whole."""
    return _capture(facts, name, build_only_env, why, LANGUAGE, tuple(trees))
