"""Planning: from a desired spec, the recorded state and the live reads to a plan.

`changes` is the plan as plain data; `refresh` reads the live side; `diff` decides each
resource's action and JSON Patch; `steps` orders them into steps; `build` puts a plan
together; `planfile` saves, loads and checks saved plans. Only `refresh` and `planfile`
do I/O. Must not: change the cloud or write state. See docs/ARCHITECTURE.md.
"""
