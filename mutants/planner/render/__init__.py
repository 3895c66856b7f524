"""Views: turn plans, drift reports and apply progress into text, JSON and other formats.

Each module renders one kind of result (`plan`, `drift`, `progress`). Must not: decide
anything, read state or talk to the cloud; what to show is already in the data given.
"""
