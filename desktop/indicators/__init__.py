"""Indicators of a region pack computed from facts (Qt-free; shared by client and server)."""
