from ._pool import threads
