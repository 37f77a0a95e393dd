import { useTranslations } from "next-intl";
import { LoadingState } from "@/components/ui/loading-state";

export default function Loading() {
  const t = useTranslations("common");
  return <LoadingState label={t("loading")} />;
}
