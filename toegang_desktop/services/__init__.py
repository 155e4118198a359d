"""Use cases over the store, the domain and the content; the UI and CLI call only these."""
