-- 0012: the informal carer's own words (issue 18).
--
-- The Wmo investigation asks for the informal carer's own view and needs. Until now they could
-- only go under the resident's own words; the informal-care domain now keeps them apart, so
-- the reports print them as the carer's words. Existing rows get an empty text.

ALTER TABLE domain_assessments ADD COLUMN carer_words TEXT NOT NULL DEFAULT '';
