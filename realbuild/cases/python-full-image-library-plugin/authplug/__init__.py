from ._plug import load
