-- CreateTable
CREATE TABLE "report_snapshots" (
    "id" UUID NOT NULL,
    "report_id" UUID NOT NULL,
    "revision" INTEGER NOT NULL,
    "url" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "encoding" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "fetched_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "report_snapshots_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "report_snapshots_report_id_revision_key" ON "report_snapshots"("report_id", "revision");

-- AddForeignKey
ALTER TABLE "report_snapshots" ADD CONSTRAINT "report_snapshots_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "reports"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
