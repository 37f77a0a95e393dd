import Link from "next/link";
import { useTranslations } from "next-intl";
import { Forbidden } from "@/components/layout/forbidden";
import { buttonClass } from "@/components/ui/styles";

// A page the signed-in user's role does not open answers 403 with this (forbidden()).
export default function ForbiddenPage() {
  const t = useTranslations("forbidden");
  return (
    <div>
      <Forbidden what={t("instructorsOnly")} />
      <p className="text-center">
        <Link href="/home" className={buttonClass.secondary}>
          {t("backHome")}
        </Link>
      </p>
    </div>
  );
}
