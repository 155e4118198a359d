"""Reports: the PDF of one conversation and the anonymous period report."""
