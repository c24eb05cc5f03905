-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('in_review', 'in_adjudication', 'approved');

-- CreateEnum
CREATE TYPE "FinalVerdictBasis" AS ENUM ('editor', 'majority', 'consensus');

-- AlterTable
ALTER TABLE "evidence" ADD COLUMN     "final_verdict_id" UUID,
ALTER COLUMN "verdict_id" DROP NOT NULL;

-- AlterTable
ALTER TABLE "reports" ADD COLUMN     "adjudicate_single_verdicts" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "blind_review" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "status" "ReportStatus" NOT NULL DEFAULT 'in_review',
ADD COLUMN     "status_changed_at" TIMESTAMPTZ(3),
ADD COLUMN     "status_changed_by_id" UUID;

-- CreateTable
CREATE TABLE "assignments" (
    "report_id" UUID NOT NULL,
    "reviewer_id" UUID NOT NULL,
    "assigned_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "assignments_pkey" PRIMARY KEY ("report_id","reviewer_id")
);

-- CreateTable
CREATE TABLE "review_completions" (
    "report_id" UUID NOT NULL,
    "reviewer_id" UUID NOT NULL,
    "completed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "review_completions_pkey" PRIMARY KEY ("report_id","reviewer_id")
);

-- CreateTable
CREATE TABLE "final_verdicts" (
    "id" UUID NOT NULL,
    "claim_id" UUID NOT NULL,
    "label" "VerdictLabel" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "basis" "FinalVerdictBasis" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "decided_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "final_verdicts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "assignments_reviewer_id_idx" ON "assignments"("reviewer_id");

-- CreateIndex
CREATE UNIQUE INDEX "final_verdicts_claim_id_key" ON "final_verdicts"("claim_id");

-- CreateIndex
CREATE INDEX "final_verdicts_decided_by_id_idx" ON "final_verdicts"("decided_by_id");

-- CreateIndex
CREATE INDEX "evidence_final_verdict_id_idx" ON "evidence"("final_verdict_id");

-- CreateIndex
CREATE INDEX "reports_status_idx" ON "reports"("status");

-- AddForeignKey
ALTER TABLE "reports" ADD CONSTRAINT "reports_status_changed_by_id_fkey" FOREIGN KEY ("status_changed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_final_verdict_id_fkey" FOREIGN KEY ("final_verdict_id") REFERENCES "final_verdicts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "reports"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_reviewer_id_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_assigned_by_id_fkey" FOREIGN KEY ("assigned_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_completions" ADD CONSTRAINT "review_completions_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "reports"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_completions" ADD CONSTRAINT "review_completions_reviewer_id_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "final_verdicts" ADD CONSTRAINT "final_verdicts_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "final_verdicts" ADD CONSTRAINT "final_verdicts_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Written by hand: an evidence link belongs to exactly one verdict, a reviewer's or a final one
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_belongs_to_one_verdict" CHECK (num_nonnulls("verdict_id", "final_verdict_id") = 1);
