// In its own route group so this loading state wraps the catalogue only: above [slug] it would
// start streaming before the prompt layout can answer an unknown slug with a real 404.
import { useTranslations } from "next-intl";
import { LoadingState } from "@/components/ui/loading-state";

export default function Loading() {
  const t = useTranslations("common");
  return <LoadingState label={t("loading")} />;
}
