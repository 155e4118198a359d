"""The safety assessment dialog and its pages."""
