"""The learning loop: bottlenecks and signals of the team, and their wording."""
