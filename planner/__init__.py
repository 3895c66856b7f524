"""The planning side of imgver: the desired spec, the diff, plans, apply, drift and the CLI."""

__version__ = "0.1.0"
