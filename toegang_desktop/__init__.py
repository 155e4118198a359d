"""Toegang Desktop: broad-view conversations for Dutch municipal local teams."""

__version__ = "0.1.0"
APP_NAME = "Toegang Desktop"
ORG_NAME = "Toegang"
