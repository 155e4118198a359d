"""One resident's dossier: the dossier page, the resident and household forms, and
export and import of a dossier."""
