"""Back-ups: making them on a schedule, choosing one and restoring it."""
