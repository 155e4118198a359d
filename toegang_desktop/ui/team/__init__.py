"""Team work: joining a team server, the background sync, its status, conflicts, taking a
dossier along and the team's caseload. Loaded only when the laptop is in a team (or the
professional opens Settings → Team…)."""
