"""The list of residents: the caseload page and its table model, which fetches rows in blocks."""
