"""Toegang Desktop: broad-view conversations for Dutch municipal local teams."""

from .binding_guard import protect_singletons

__version__ = "0.1.0"
APP_NAME = "Toegang Desktop"
ORG_NAME = "Toegang"

# Before any Qt call, in every entry point (app, command line, smoke test): see binding_guard.
protect_singletons()
