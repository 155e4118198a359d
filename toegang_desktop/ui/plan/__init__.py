"""The plan: agreements with the resident and the partners who carry them out."""
