"""Run the server's command line with ``python -m server``."""

from server.cli import main

main()
