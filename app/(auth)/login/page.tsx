import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { cardClass } from "@/components/ui/styles";
import { safeCallbackUrl } from "@/lib/auth/validation";
import { getSession } from "@/lib/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(typeof params.callbackUrl === "string" ? params.callbackUrl : null);
  if (await getSession()) redirect(callbackUrl);
  const notice = callbackUrl !== "/home" ? "Sign in to continue." : undefined;
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-6 text-2xl font-semibold">Sign in</h1>
      <div className={cardClass}>
        <LoginForm callbackUrl={callbackUrl} notice={notice} />
      </div>
    </div>
  );
}
