-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('body', 'headline', 'dateline', 'caption', 'credit', 'boilerplate');

-- AlterTable
ALTER TABLE "audit_events" ADD COLUMN     "sentence_id" UUID;

-- AlterTable
ALTER TABLE "reports" ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "report_revisions" (
    "id" UUID NOT NULL,
    "report_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "body_sha256" TEXT NOT NULL,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "report_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sentences" (
    "id" UUID NOT NULL,
    "report_id" UUID NOT NULL,
    "revision" INTEGER NOT NULL,
    "index" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "suffix" TEXT NOT NULL,
    "kind" "UnitKind" NOT NULL,
    "detected_kind" "UnitKind" NOT NULL,
    "reattached_by" TEXT,
    "orphaned_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sentences_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claims" (
    "id" UUID NOT NULL,
    "report_id" UUID NOT NULL,
    "sentence_id" UUID NOT NULL,
    "revision" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "suffix" TEXT NOT NULL,
    "created_by_id" UUID,
    "reattached_by" TEXT,
    "orphaned_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "claims_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "report_revisions_report_id_number_key" ON "report_revisions"("report_id", "number");

-- CreateIndex
CREATE INDEX "sentences_report_id_index_idx" ON "sentences"("report_id", "index");

-- CreateIndex
CREATE INDEX "claims_sentence_id_idx" ON "claims"("sentence_id");

-- CreateIndex
CREATE INDEX "claims_report_id_idx" ON "claims"("report_id");

-- CreateIndex
CREATE UNIQUE INDEX "reports_body_sha256_key" ON "reports"("body_sha256");

-- AddForeignKey
ALTER TABLE "report_revisions" ADD CONSTRAINT "report_revisions_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "reports"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_revisions" ADD CONSTRAINT "report_revisions_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sentences" ADD CONSTRAINT "sentences_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "reports"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "reports"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_sentence_id_fkey" FOREIGN KEY ("sentence_id") REFERENCES "sentences"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Reports imported before revisions existed become their own revision 1 (their sentences are
-- made on the next start, by the segmenter).
INSERT INTO "report_revisions" ("id", "report_id", "number", "body", "body_sha256", "created_by_id", "created_at")
SELECT gen_random_uuid(), "id", 1, "body", "body_sha256", "imported_by_id", "created_at" FROM "reports";
