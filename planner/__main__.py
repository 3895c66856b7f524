"""`python -m planner` runs the imgver command line."""

from planner.cli import main

main()
