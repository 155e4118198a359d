"""Privacy rights: the access log, changes, closing, erasing and retention of dossiers."""
