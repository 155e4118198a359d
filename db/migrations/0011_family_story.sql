-- 0011 (experiment, reverted): the family's story per life domain.
ALTER TABLE domain_assessments ADD COLUMN family_story TEXT NOT NULL DEFAULT '';
