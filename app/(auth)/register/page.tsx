import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RegisterForm } from "@/components/auth/register-form";
import { cardClass } from "@/components/ui/styles";
import { safeCallbackUrl } from "@/lib/auth/validation";
import { getSession } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("register.title") };
}

export default async function RegisterPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(typeof params.callbackUrl === "string" ? params.callbackUrl : null);
  if (await getSession()) redirect(callbackUrl);
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-6 text-2xl font-semibold">{t("register.heading")}</h1>
      <div className={cardClass}>
        <RegisterForm callbackUrl={callbackUrl} />
      </div>
    </div>
  );
}
