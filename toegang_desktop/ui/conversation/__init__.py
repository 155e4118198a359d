"""The conversation: its header, the domains and their assessments, signals, investigation topics."""
