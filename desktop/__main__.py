"""Run the client with ``python -m desktop``."""

from desktop.cli.main import main

main()
