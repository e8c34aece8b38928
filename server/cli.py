"""``svodka-server``: placeholder until the server issue lands."""

import sys


def main() -> None:
    print(
        "svodka-server: the regional server is not built yet (see the server issue)",
        file=sys.stderr,
    )
    sys.exit(2)
