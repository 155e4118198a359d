"""Content that municipalities may change: checklists (and later rules), validated on load."""
