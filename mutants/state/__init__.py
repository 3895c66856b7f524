"""The state side of imgver: resource-type schemas, recorded state, and the live cloud."""

# The product version, in one place: the distribution, locks and the user agent read it.
__version__ = "0.1.0"
