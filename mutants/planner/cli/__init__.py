"""The command line: parsing options, opening a workspace, and the state and import commands.

`app` holds the typer commands and the single error path (exit codes); `workspace` turns
options and the spec into a state store and cloud clients; `state_commands` implements
`import` and `imgver state ...`. Everything else is imported inside commands, so
`imgver --help` starts fast. Must not: plan, diff or apply itself. See docs/ARCHITECTURE.md.
"""
