"""The one way a pass or a recipe stops the rewrite."""


class Decline(Exception):
    """The file is left as it was; ``reason`` says why."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason
