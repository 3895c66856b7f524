"""The desired side: reading a spec file and the plain data it declares.

`loader` parses and validates a YAML/JSON spec (line numbers, variables, schemas,
cross-resource rules); `desired` holds what it declares as plain dataclasses. Must not:
call AWS or touch state. See docs/ARCHITECTURE.md.
"""
