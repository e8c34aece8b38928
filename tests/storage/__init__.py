"""Tests of the encrypted store."""
