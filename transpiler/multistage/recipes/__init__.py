"""One stateless recipe per ecosystem; ``RECIPES`` is tried in order and the first
that recognises a build step wins.  The contract is in ``base``."""

from .base import Artifact, Detection, Linking, Recipe, RunnerPlan
from .dotnet import RECIPE as DOTNET
from .go import RECIPE as GO
from .java import RECIPE as JAVA
from .native import RECIPE as NATIVE
from .node import RECIPE as NODE
from .python import RECIPE as PYTHON
from .ruby import RECIPE as RUBY
from .rust import RECIPE as RUST
from .static_site import RECIPE as STATIC_SITE

RECIPES = (GO, STATIC_SITE, RUBY, NODE, JAVA, PYTHON, RUST, DOTNET, NATIVE)

__all__ = ["Artifact", "Detection", "Linking", "Recipe", "RunnerPlan", "RECIPES"]
