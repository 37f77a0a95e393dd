"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { buttonClass } from "@/components/ui/styles";

/** On the 404 page of a signed-out visitor: sign in, then come back to this same address. */
export function SignInToSee() {
  const t = useTranslations("notFound");
  const pathname = usePathname() ?? "/home";
  return (
    <Link href={`/login?callbackUrl=${encodeURIComponent(pathname)}`} className={`${buttonClass.primary} mt-6 ml-2`}>
      {t("signInToSee")}
    </Link>
  );
}
