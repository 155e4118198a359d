"""Domain objects and rules. No Qt, no SQL."""
