-- The kind of a sentence (body for review; headline, dateline, caption, credit, boilerplate not):
-- renamed from "UnitKind" in place, so the columns and their values stay as they are.
ALTER TYPE "UnitKind" RENAME TO "SentenceKind";
