import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { cardClass } from "@/components/ui/styles";
import { safeCallbackUrl } from "@/lib/auth/validation";
import { getSession } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("login.title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(typeof params.callbackUrl === "string" ? params.callbackUrl : null);
  if (await getSession()) redirect(callbackUrl);
  const t = await getTranslations("auth");
  const notice = callbackUrl !== "/home" ? t("login.notice") : undefined;
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-6 text-2xl font-semibold">{t("login.heading")}</h1>
      <div className={cardClass}>
        <LoginForm callbackUrl={callbackUrl} notice={notice} />
      </div>
    </div>
  );
}
