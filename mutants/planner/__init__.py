"""The planning side of imgver: the desired spec, the diff, plans, apply, drift and the CLI."""

from state import __version__

__all__ = ["__version__"]
