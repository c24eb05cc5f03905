-- The reviewer whose verdict an editor took as the start of a final verdict ("Use this verdict").
ALTER TABLE "final_verdicts" ADD COLUMN "adopted_from_id" UUID;

CREATE INDEX "final_verdicts_adopted_from_id_idx" ON "final_verdicts"("adopted_from_id");

ALTER TABLE "final_verdicts" ADD CONSTRAINT "final_verdicts_adopted_from_id_fkey" FOREIGN KEY ("adopted_from_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
