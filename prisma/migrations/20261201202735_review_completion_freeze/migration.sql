-- AlterTable
ALTER TABLE "review_completions" ADD COLUMN     "first_completed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "reopen_reason" TEXT,
ADD COLUMN     "reopened_at" TIMESTAMPTZ(3),
ADD COLUMN     "reopened_by_id" UUID,
ADD COLUMN     "unreviewed_sentences" INTEGER NOT NULL DEFAULT 0;

-- AddForeignKey
ALTER TABLE "review_completions" ADD CONSTRAINT "review_completions_reopened_by_id_fkey" FOREIGN KEY ("reopened_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Reviews completed before this migration: they were first completed when they were completed
UPDATE "review_completions" SET "first_completed_at" = "completed_at";
