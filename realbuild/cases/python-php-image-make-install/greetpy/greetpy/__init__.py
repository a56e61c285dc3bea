"""Greetings from libgreet, the C library the build installs into /usr/local."""
from ._greet import greet  # noqa: F401
