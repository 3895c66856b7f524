"""`python -m planner` runs the imgver command line."""

from planner.cli.app import main

main()
