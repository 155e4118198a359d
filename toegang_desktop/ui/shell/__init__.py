"""The frame around the work: start-up, the main window and its menus, one instance per data
folder, the build's smoke test."""
