-- CreateEnum
CREATE TYPE "SourceRelation" AS ENUM ('independent', 'derived');

-- AlterTable
ALTER TABLE "final_verdicts" ADD COLUMN     "proposed_label" "VerdictLabel";

-- AlterTable
ALTER TABLE "reports" ADD COLUMN     "story_id" UUID;

-- AlterTable
ALTER TABLE "verdicts" ADD COLUMN     "proposed_label" "VerdictLabel";

-- CreateTable
CREATE TABLE "stories" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "stories_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "source_decisions" (
    "report_id" UUID NOT NULL,
    "other_report_id" UUID NOT NULL,
    "relation" "SourceRelation" NOT NULL,
    "derived_report_id" UUID,
    "reason" TEXT,
    "decided_by_id" UUID,
    "decided_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "source_decisions_pkey" PRIMARY KEY ("report_id","other_report_id")
);

-- CreateTable
CREATE TABLE "fact_links" (
    "claim_id" UUID NOT NULL,
    "other_claim_id" UUID NOT NULL,
    "same_fact" BOOLEAN NOT NULL,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "fact_links_pkey" PRIMARY KEY ("claim_id","other_claim_id")
);

-- CreateIndex
CREATE INDEX "source_decisions_other_report_id_idx" ON "source_decisions"("other_report_id");

-- CreateIndex
CREATE INDEX "fact_links_other_claim_id_idx" ON "fact_links"("other_claim_id");

-- CreateIndex
CREATE INDEX "reports_story_id_idx" ON "reports"("story_id");

-- AddForeignKey
ALTER TABLE "reports" ADD CONSTRAINT "reports_story_id_fkey" FOREIGN KEY ("story_id") REFERENCES "stories"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stories" ADD CONSTRAINT "stories_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source_decisions" ADD CONSTRAINT "source_decisions_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "reports"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source_decisions" ADD CONSTRAINT "source_decisions_other_report_id_fkey" FOREIGN KEY ("other_report_id") REFERENCES "reports"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source_decisions" ADD CONSTRAINT "source_decisions_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fact_links" ADD CONSTRAINT "fact_links_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fact_links" ADD CONSTRAINT "fact_links_other_claim_id_fkey" FOREIGN KEY ("other_claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fact_links" ADD CONSTRAINT "fact_links_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Each pair is stored once, lower id first; a derived report is one of the pair.
ALTER TABLE "source_decisions" ADD CONSTRAINT "source_decisions_pair_order" CHECK ("report_id" < "other_report_id");
ALTER TABLE "source_decisions" ADD CONSTRAINT "source_decisions_derived_of_pair" CHECK (
  ("relation" = 'independent' AND "derived_report_id" IS NULL)
  OR ("relation" = 'derived' AND ("derived_report_id" IS NULL OR "derived_report_id" IN ("report_id", "other_report_id")))
);
ALTER TABLE "fact_links" ADD CONSTRAINT "fact_links_pair_order" CHECK ("claim_id" < "other_claim_id");
