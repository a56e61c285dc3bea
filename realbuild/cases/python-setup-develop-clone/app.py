"""Imports a library installed with `python setup.py develop` from /greet."""
import greetlib

print(greetlib.greet("develop"))
