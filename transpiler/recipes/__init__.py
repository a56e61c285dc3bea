"""One recipe per ecosystem; ``RECIPES`` is tried in order and the first that
recognises a build step wins."""

from .base import Artifact, Cgo, Detection, Recipe, RunnerChoice
from .dotnet import RECIPE as DOTNET
from .go import RECIPE as GO
from .native import RECIPE as NATIVE
from .rust import RECIPE as RUST

RECIPES = (GO, RUST, DOTNET, NATIVE)

__all__ = ["Artifact", "Cgo", "Detection", "Recipe", "RunnerChoice", "RECIPES", "GO", "RUST", "DOTNET", "NATIVE"]
