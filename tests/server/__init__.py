"""Tests of the regional server."""
