"""Imports a library installed with pip install -e from /opt/greetlib."""
import greetlib

print(greetlib.greet("editable"))
