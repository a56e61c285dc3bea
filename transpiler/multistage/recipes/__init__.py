"""One recipe per ecosystem; ``RECIPES`` is tried in order and the first that
recognises a build step wins."""

from .base import Artifact, Cgo, Detection, Recipe, RunnerChoice
from .go import RECIPE as GO
from .java import RECIPE as JAVA
from .node import RECIPE as NODE
from .python import RECIPE as PYTHON
from .static_site import RECIPE as STATIC_SITE
from .dotnet import RECIPE as DOTNET
from .native import RECIPE as NATIVE
from .rust import RECIPE as RUST

RECIPES = (GO, STATIC_SITE, NODE, JAVA, PYTHON, RUST, DOTNET, NATIVE)

__all__ = ["Artifact", "Cgo", "Detection", "Recipe", "RunnerChoice", "RECIPES", "GO", "RUST", "DOTNET", "NATIVE"]
