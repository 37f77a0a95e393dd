import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignInToSee } from "@/components/layout/sign-in-to-see";
import { buttonClass } from "@/components/ui/styles";
import { getSession } from "@/lib/session";

// One page for "no such thing" and "not yours": a signed-out visitor (whose session pages answer
// 404 like a stranger's) is offered to sign in and come back here.
export default async function NotFound() {
  const signedIn = (await getSession()) !== null;
  const t = await getTranslations("notFound");
  return (
    <div className="py-16 text-center">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        {signedIn ? t("bodySignedIn") : t("bodySignedOut")}
      </p>
      <Link href="/" className={`${buttonClass.secondary} mt-6`}>
        {t("backToStart")}
      </Link>
      {!signedIn && <SignInToSee />}
    </div>
  );
}
