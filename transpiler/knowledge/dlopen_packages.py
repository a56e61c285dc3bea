"""Libraries a Debian/Ubuntu library loads with ``dlopen`` that its runtime package does
not depend on, while its ``-dev`` package does (directly or through other ``-dev``
packages).  The original, which installed the ``-dev`` package, has them; a runner
that installs the runtime package the table (``runtime_packages``) names in its place
does not, and neither ldd nor the ELF NEEDED entries show them.  Data only, kept by
hand and tight: a library is listed only where its absence breaks the library's
normal use, with the package relations and upstream code that show it.

A release whose builder scan reads the runtime packages (``distribution_runner``'s
closure of the -dev packages' dependencies) already carries these: libsdl2-dev's
dependency libgl-dev has the ``libGL.so`` link to libgl1's library.  This table does
the same for the releases the generated table answers."""

from __future__ import annotations

from typing import Dict, FrozenSet, Optional, Tuple

from . import runtime_packages

#: the OpenGL libraries under their release's names: libglvnd's libgl1/libegl1 (Debian
#: 10, Ubuntu 18.04 and later), Mesa's own before (Ubuntu 16.04: libgl1-mesa-glx,
#: libegl1-mesa).  The first name the release's data names is taken
_GL = ("libgl1", "libgl1-mesa-glx")
_EGL = ("libegl1", "libegl1-mesa")

_SDL = ("SDL opens its OpenGL library with dlopen (SDL_GL_LoadLibrary: libGL.so.1 for "
        "GLX on X11, libEGL.so.1 for Wayland, KMSDRM and OpenGL ES; src/video/x11/"
        "SDL_x11opengl.c, src/video/SDL_egl.c): SDL_WINDOW_OPENGL and the accelerated "
        "renderer fail without it")

#: -dev package -> (what its library loads, the packages that carry it (alternatives per
#: release, first known wins), the evidence)
DLOPEN: Dict[str, Tuple[str, Tuple[Tuple[str, ...], ...], str]] = {
    "libsdl2-dev": (
        "libsdl2-2.0-0 loads libGL and libEGL with dlopen", (_GL, _EGL),
        _SDL + ". Debian/Ubuntu: libsdl2-dev Depends libgl-dev, libegl-dev (Ubuntu 16.04: "
        "libgl1-mesa-dev, libegl1-mesa-dev); libsdl2-2.0-0 depends on neither (Ubuntu "
        "16.04 2.0.4, Debian 12 2.26.5, 13 2.32.4); Debian bug 1130655 (supertuxkart "
        "fails to start without libgl1); libsdl3-0, of the same maintainers, Recommends "
        "libegl1, libgl1 | libopengl0 (Debian 13 3.2.10, sid 3.4.18), and sid's "
        "libsdl2-2.0-0 (sdl2-compat) depends on libsdl3-0"),
    "libsdl3-dev": (
        "libsdl3-0 loads libGL and libEGL with dlopen", (_GL, _EGL),
        _SDL + ". Debian 13: libsdl3-0 only Recommends libegl1, libgl1 | libopengl0, "
        "which a runner installing with --no-install-recommends leaves out; libsdl3-dev "
        "Depends libgl-dev, libegl-dev"),
    "libsdl1.2-dev": (
        "libsdl1.2debian loads libGL with dlopen", (_GL,),
        "SDL 1.2 opens libGL.so.1 with dlopen for SDL_OPENGL (src/video/x11/SDL_x11gl.c "
        "DEFAULT_OPENGL); sdl12-compat (Debian 13, Ubuntu 24.04) runs on SDL2 (above). "
        "libsdl1.2-dev Depends libglu1-mesa-dev | libglu-dev (-> libgl1-mesa-dev / "
        "libgl-dev; Debian 11, 12, Ubuntu 22.04) or libgl-dev (Debian 13, Ubuntu 24.04); "
        "libsdl1.2debian depends on no OpenGL library (Debian 12 1.2.15+dfsg2-8)"),
    "libglfw3-dev": (
        "libglfw3 loads libGL with dlopen", (_GL,),
        "GLFW opens libGL.so.1 with dlopen (src/glx_context.c, _glfwInitGLX): "
        "glfwCreateWindow fails \"GLX: Failed to load GLX\" without it. Ubuntu 16.04's "
        "libglfw3 (3.1.2) depends on no OpenGL library, so libGL is not among its ELF "
        "NEEDED entries either; from Ubuntu 18.04 "
        "(3.2.1: libgl1-mesa-glx | libgl1) and Debian 11 (3.3.2: libgl1) its maintainers "
        "name it, so there the package is named twice, harmlessly"),
}


def loaded_with(dev: str, distribution: str,
                release: Optional[str]) -> Tuple[Tuple[str, ...], str]:
    """(the packages ``dev``'s library loads with dlopen on ``distribution``
    ``release``, what it loads): ``()`` when the table has no entry or the generated
    data does not cover the release (its names are not known there)."""
    entry = DLOPEN.get(dev)
    if entry is None or not release:
        return (), ""
    what, groups, _ = entry
    known = _known(distribution, release)
    found = []
    for alternatives in groups:
        name = next((n for n in alternatives if n in known), None)
        if name is not None:
            found.append(name)
    return tuple(found), what


def _known(distribution: str, release: str) -> FrozenSet[str]:
    return runtime_packages.names(distribution, release)
