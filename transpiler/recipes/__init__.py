"""One recipe per ecosystem; ``RECIPES`` is tried in order and the first that
recognises a build step wins."""

from .base import Artifact, Cgo, Detection, Recipe, RunnerChoice
from .go import RECIPE as GO

RECIPES = (GO,)

__all__ = ["Artifact", "Cgo", "Detection", "Recipe", "RunnerChoice", "RECIPES", "GO"]
