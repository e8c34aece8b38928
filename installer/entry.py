"""The frozen ``svodka`` executable: the client's command line, or the server's for the demo.

A bundle has no Python to run ``python -m server``, so the demo's own server starts the
bundle's executable again with the hidden first argument ``--run-demo-server``."""

from __future__ import annotations

import multiprocessing
import sys

SERVER_FLAG = "--run-demo-server"  # desktop/demo_server.py passes it when frozen


def main() -> None:
    multiprocessing.freeze_support()  # uvicorn's worker processes start this executable again
    if len(sys.argv) > 1 and sys.argv[1] == SERVER_FLAG:
        del sys.argv[1]
        from server.cli import main as server_main

        server_main()
        return
    from desktop.cli.main import main as client_main

    client_main()


if __name__ == "__main__":
    main()
