"""The state side of imgver: resource-type schemas, recorded state, and the live cloud."""
