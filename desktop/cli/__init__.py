"""Headless command line: the same operations as the GUI, with --json output for scripts."""
