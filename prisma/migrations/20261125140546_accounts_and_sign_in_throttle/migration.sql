-- CreateEnum
CREATE TYPE "SignInScope" AS ENUM ('account', 'address');

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "sessions_valid_from" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- DropTable
DROP TABLE "server_secrets";

-- CreateTable
CREATE TABLE "sign_in_throttles" (
    "scope" "SignInScope" NOT NULL,
    "key" TEXT NOT NULL,
    "failures" TIMESTAMPTZ(3)[],
    "locked_until" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sign_in_throttles_pkey" PRIMARY KEY ("scope","key")
);

-- CreateIndex
CREATE INDEX "sign_in_throttles_updated_at_idx" ON "sign_in_throttles"("updated_at");
