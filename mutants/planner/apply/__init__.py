"""Applying a plan: the only part of the planner that changes the cloud and writes state.

`executor` runs a plan's steps in order and in parallel; `operations` turns one step into
Cloud Control calls; `journal` records each call before and after it is made; `resume`
finishes what an interrupted apply left pending; `interrupt` handles signals. Must not:
decide what to change (that is the plan). See docs/ARCHITECTURE.md.
"""
