import { getTranslations } from "next-intl/server";
import { LoadingState } from "@/components/ui/loading-state";

export default async function Loading() {
  const t = await getTranslations("interview.loading");
  return <LoadingState label={t("opening")} />;
}
