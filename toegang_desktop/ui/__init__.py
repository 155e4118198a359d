"""The Qt user interface. It calls services only; it never runs SQL."""
