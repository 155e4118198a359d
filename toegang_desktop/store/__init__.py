"""The only package that touches the database. One place opens connections: connection.py."""
