"""Tests of the sync engine against a real server."""
