"""GUI tests: real Qt widgets offscreen, a real encrypted store, real background threads."""
