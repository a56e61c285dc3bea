"""Word counts through the compiled C++ _count extension."""
from ._count import count  # noqa: F401
