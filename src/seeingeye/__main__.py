"""`python -m seeingeye` runs the CLI."""

from .cli import main

main()
