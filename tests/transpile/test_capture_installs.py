"""build_capture's reading of the installs in the RUNs whose effect is captured: the
packages named by variables the walk knows (ENV, ARG defaults, assignments earlier in
the RUN) are named packages; a package file, an unknown variable and a command
substitution are not (the runner cannot install them again), and the reason quotes
what the original wrote."""

import pytest

from transpiler import parse
from transpiler.analysis import analyze_stage
from transpiler.analysis.state import global_args
from transpiler.knowledge import packages
from transpiler.multistage.recipes import build_capture
from transpiler.multistage.recipes.run_walk import expanded_argv, steps


def _install_step(text: str):
    tree = parse(f"FROM acme/base:1\n{text}\nCMD [\"app\"]\n")
    facts = analyze_stage(tree.stages[0], global_args(tree))
    found = [s for s in steps(facts) if packages.read_install(s.argv) is not None or
             s.argv[:1] in (("dpkg",), ("gdebi",), ("rpm",))]
    kept, _ = packages.kept_installs([expanded_argv(s) for s in steps(facts)])
    return found[-1], kept


@pytest.mark.parametrize("text, named", [
    ("RUN deps='gcc make' && apt-get install -y $deps", {"gcc", "make"}),
    ("ENV V 4.9\nRUN apt-get -y install gcc-${V} bc", {"gcc-4.9", "bc"}),
    ("ARG PKG=curl\nRUN apt-get --yes --no-install-recommends install $PKG", {"curl"}),
    ('ENV S ruby-sass\nRUN d=" graphviz $S " && apk add --no-cache $d', {"graphviz", "ruby-sass"}),
])
def test_variables_the_walk_knows_name_packages(text, named):
    step, kept = _install_step(text)
    assert build_capture._unreplayable_install(step, kept) is None
    assert set(packages.read_install(expanded_argv(step)).packages) == named


@pytest.mark.parametrize("text", [
    "RUN dpkg -i tini.deb", "RUN apt install -y ./libpng12.deb",
    "ENV DEB=x.deb\nRUN dpkg --install $DEB && rm $DEB", "RUN dpkg -i /root/*.deb || true",
])
def test_a_package_file_for_dpkg_is_kept_for_the_runner(text):
    """dpkg's package files are kept by the builder's hook and installed by the runner
    (``package_files``): nothing the runner cannot install again."""
    step, kept = _install_step(text)
    assert build_capture._unreplayable_install(step, kept, "apt") is None


@pytest.mark.parametrize("text, manager, quoted", [
    ("RUN dpkg -i --force-depends tini.deb", "apt", "with `--force-depends`, without its"),
    ("RUN dpkg --force-all -i tini.deb", "apt", "with `--force-all`"),
    ("RUN dpkg -R -i /debs", "apt", "with `dpkg -R`"),
    ("RUN gdebi -n x.deb", "apt", "a package file (`x.deb`) with `gdebi`"),
    ("RUN rpm -ivh x.rpm", "apt", "a package file (`x.rpm`) with `rpm`"),
    ("RUN apk add --allow-untrusted /tmp/x.apk", "apk", "on an image whose packages are apk's"),
])
def test_a_package_file_the_runner_cannot_take_is_quoted(text, manager, quoted):
    step, kept = _install_step(text)
    why = build_capture._unreplayable_install(step, kept, manager)
    assert why is not None and quoted in why, why


def test_a_package_of_a_named_release_is_not_a_file():
    step, kept = _install_step("RUN apt-get install -y -t sid libcairo2-dev/unstable")
    why = build_capture._unreplayable_install(step, kept, "apt")
    assert why is not None and "(`libcairo2-dev/unstable`)" in why and "release" in why


@pytest.mark.parametrize("text, quoted", [
    ("ARG python\nRUN apt-get -q install python${python} -y", "(`python${python}`"),
    ("RUN apt-get install -y $UNSET_ANYWHERE", "(`$UNSET_ANYWHERE`"),
    ('RUN r="$(scanelf --needed x)" && apk add --no-cache $r', "(`$r`"),
    ('RUN apt-get install -y $(grep -v "^#" packages.txt)', "(`$(grep ...)`)"),
    ("ENV V=226.0.0\nRUN apt-get install -y sdk=${V}-0 $EXTRA", "(`$EXTRA`"),
])
def test_what_cannot_be_installed_again_is_quoted(text, quoted):
    step, kept = _install_step(text)
    why = build_capture._unreplayable_install(step, kept)
    assert why is not None and quoted in why


def test_a_variable_purged_again_leaves_nothing():
    step, kept = _install_step("RUN apt-get install -y $X && make && apt-get purge -y $X")
    assert build_capture._unreplayable_install(step, kept) is None
