"""condalib 2.0: replaces the image's 1.0, which had a module old.py."""
VERSION = "2.0"
