"""Network faults between a real client and a real server."""
