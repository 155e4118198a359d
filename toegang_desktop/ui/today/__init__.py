"""Today's work (Vandaag): what is due across the caseload."""
