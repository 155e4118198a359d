"""Pieces every screen uses: autosave, widgets, tables, formatting, labels and error dialogs."""
