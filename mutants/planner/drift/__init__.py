"""Drift detection: the read-only comparison of live resources with the spec and state.

`compare` is pure: it classifies each resource and lists its differences; `job` reads
state and the live side and runs the comparison. Must not: write state or the cloud, or
take a lock. See docs/ARCHITECTURE.md.
"""
