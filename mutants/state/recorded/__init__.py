"""The recorded state: what imgver knows it manages, and where that record is kept.

`model` is the state as plain data; `document` its text form and the rules every store
shares; `local`, `s3` and `memory` are the stores, each with its own lock back-end;
`lock` is the locking protocol they share; `backends` picks a store for a spec. Must not:
talk to Cloud Control or decide what the state should contain. See docs/ARCHITECTURE.md.
"""
