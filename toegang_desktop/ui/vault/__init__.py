"""The lock on the store: setting up and unlocking the password, recovery codes, locking
when the professional walks away."""
