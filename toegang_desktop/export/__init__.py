"""File formats for taking data out of the store and back in; plain Python, no Qt."""
