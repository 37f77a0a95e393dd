-- AlterTable
ALTER TABLE "InterviewSession" ADD COLUMN     "eventCount" INTEGER NOT NULL DEFAULT 0;

-- Sessions stored before the column count their rows once here, and from now on the statement
-- that inserts events keeps the count (lib/sessions/store-events.ts).
UPDATE "InterviewSession" s SET "eventCount" = (SELECT COUNT(*) FROM "SessionEvent" e WHERE e."sessionId" = s."id");
