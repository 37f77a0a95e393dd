-- AlterTable
ALTER TABLE "InterviewSession" ADD COLUMN     "summary" JSONB;
