-- Trigram similarity for evidence suggestions (a trusted extension: the database owner may create it).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "VerdictLabel" AS ENUM ('corroborated', 'single_source', 'disputed');

-- CreateEnum
CREATE TYPE "EvidenceRelation" AS ENUM ('supports', 'contradicts');

-- AlterTable
ALTER TABLE "claims" ADD COLUMN     "is_default" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "removed_at" TIMESTAMPTZ(3);

-- AlterTable
-- The words a sentence is searched by: English stems, with spelling variants of the same name
-- made one ("U.S.", "US" and "United States", or "programme" and "program") and a small news thesaurus
-- folding words that report the same thing ("met" and "held talks", or "envoy" and "negotiator").
CREATE FUNCTION "search_vector_of"("body" TEXT) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $function$
  SELECT array_to_tsvector(coalesce(array(
    SELECT DISTINCT coalesce(synonyms ->> lexeme, lexeme)
    FROM unnest(tsvector_to_array(to_tsvector('english'::regconfig,
      regexp_replace(regexp_replace(regexp_replace(regexp_replace(translate("body", '’‘', chr(39) || chr(39)),
        '\mU\.S\.(A\.)?|\mUSA?\M|\mUnited States\M', 'USA', 'g'),
        '\mU\.N\.|\mUN\M|\mUnited Nations\M', 'UN', 'g'),
        'programme', 'program', 'gi'),
        '\mDPRK\M|\mNorth Korea\M|\mPyongyang\M', 'NorthKorea', 'g')
    ))) AS lexeme
  ), '{}'::text[]))
  FROM (SELECT '{"met":"meet","talk":"meet","held":"meet","repres":"envoy","negoti":"envoy","offici":"envoy","counterpart":"envoy","diplomat":"envoy","stole":"steal","stolen":"steal","theft":"steal","hack":"steal","hacker":"steal","launder":"steal","cybercrim":"steal","cryptocurr":"crypto","asset":"crypto","virtual":"crypto","digit":"crypto","employ":"worker","labor":"worker","wage":"worker","send":"repatri","back":"repatri","missil":"weapon","arsenal":"weapon","nuclear":"weapon","financ":"fund","revenu":"fund","incom":"fund","money":"fund","earn":"fund","call":"urg","appeal":"urg","seek":"urg","sought":"urg","threaten":"threat","provoc":"threat","blast":"condemn","unpunish":"condemn","counter":"condemn"}'::jsonb AS synonyms) AS thesaurus
$function$;

-- Kept by Postgres itself, so it can never disagree with the text.
ALTER TABLE "sentences" ADD COLUMN     "search_vector" tsvector GENERATED ALWAYS AS (search_vector_of("text")) STORED;

-- CreateTable
CREATE TABLE "search_terms" (
    "lexeme" TEXT NOT NULL,
    "sentences" INTEGER NOT NULL,

    CONSTRAINT "search_terms_pkey" PRIMARY KEY ("lexeme")
);

-- CreateTable
CREATE TABLE "verdicts" (
    "id" UUID NOT NULL,
    "claim_id" UUID NOT NULL,
    "reviewer_id" UUID NOT NULL,
    "label" "VerdictLabel" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "verdicts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evidence" (
    "id" UUID NOT NULL,
    "verdict_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "relation" "EvidenceRelation" NOT NULL,
    "sentence_id" UUID,
    "url" TEXT,
    "quote" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evidence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "verdicts_reviewer_id_idx" ON "verdicts"("reviewer_id");

-- CreateIndex
CREATE UNIQUE INDEX "verdicts_claim_id_reviewer_id_key" ON "verdicts"("claim_id", "reviewer_id");

-- CreateIndex
CREATE INDEX "evidence_verdict_id_idx" ON "evidence"("verdict_id");

-- CreateIndex
CREATE INDEX "evidence_sentence_id_idx" ON "evidence"("sentence_id");

-- CreateIndex
CREATE INDEX "sentences_search_vector_idx" ON "sentences" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "sentences_text_trgm_idx" ON "sentences" USING GIN ("text" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "verdicts" ADD CONSTRAINT "verdicts_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verdicts" ADD CONSTRAINT "verdicts_reviewer_id_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_verdict_id_fkey" FOREIGN KEY ("verdict_id") REFERENCES "verdicts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_sentence_id_fkey" FOREIGN KEY ("sentence_id") REFERENCES "sentences"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- An evidence link points at a sentence of another report, or at an outside page with a quote.
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_target_check" CHECK (
  ("sentence_id" IS NOT NULL AND "url" IS NULL AND "quote" IS NULL) OR
  ("sentence_id" IS NULL AND "url" IS NOT NULL AND "quote" IS NOT NULL)
);

-- At most one default (whole-sentence) claim per sentence.
CREATE UNIQUE INDEX "claims_one_default_per_sentence" ON "claims" ("sentence_id") WHERE "is_default";

-- Body sentences stored before claims existed get their default claim.
INSERT INTO "claims" ("id", "report_id", "sentence_id", "revision", "start", "end", "text", "prefix", "suffix", "is_default", "updated_at")
SELECT gen_random_uuid(), "report_id", "id", "revision", "start", "end", "text", "prefix", "suffix", true, CURRENT_TIMESTAMP
FROM "sentences" WHERE "kind" = 'body' AND "orphaned_at" IS NULL;

-- How many sentences use each search term (and, under '', how many sentences there are): the
-- rarer a shared term, the more it says that two sentences state the same fact.
INSERT INTO "search_terms" ("lexeme", "sentences")
SELECT lexeme, count(*)::int FROM "sentences", unnest(tsvector_to_array("search_vector")) AS lexeme GROUP BY lexeme
UNION ALL SELECT '', count(*)::int FROM "sentences";
