-- CreateTable
CREATE TABLE "text_reuses" (
    "report_id" UUID NOT NULL,
    "other_report_id" UUID NOT NULL,
    "report_revision" INTEGER NOT NULL,
    "other_report_revision" INTEGER NOT NULL,
    "reused" BOOLEAN NOT NULL,
    "detail" TEXT NOT NULL,
    "figures" JSONB NOT NULL,
    "computed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "text_reuses_pkey" PRIMARY KEY ("report_id","other_report_id")
);

-- CreateIndex
CREATE INDEX "text_reuses_other_report_id_idx" ON "text_reuses"("other_report_id");

-- AddForeignKey
ALTER TABLE "text_reuses" ADD CONSTRAINT "text_reuses_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "reports"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "text_reuses" ADD CONSTRAINT "text_reuses_other_report_id_fkey" FOREIGN KEY ("other_report_id") REFERENCES "reports"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The pair is stored once, lower id first.
ALTER TABLE "text_reuses" ADD CONSTRAINT "text_reuses_pair_order" CHECK ("report_id" < "other_report_id");
