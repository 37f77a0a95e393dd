import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { sessionsWithUnread, unreadCommentCount } from "@/lib/cohorts/comments";
import { db } from "@/lib/db";
import { getSession, hasRole } from "@/lib/session";
import { buttonClass } from "@/components/ui/styles";
import { AccountMenu } from "./account-menu";
import { LanguageSwitch } from "./language-switch";

/** The header on every page: product name, the sections a user may open, and the account menu. */
export async function SiteHeader() {
  const user = await getSession();
  const t = await getTranslations("nav");
  // The concept notes are public: findings link to them, and anyone may read them.
  const links = user
    ? [
        { href: "/practice", label: t("practice") },
        { href: "/history", label: t("history") },
        { href: "/history/progress", label: t("progress") },
        { href: "/cohorts", label: t("cohorts") },
        { href: "/concepts", label: t("concepts") },
        ...(hasRole(user, "INSTRUCTOR") ? [{ href: "/author", label: t("author") }] : []),
      ]
    : [{ href: "/concepts", label: t("concepts") }];
  // Coaching comments the candidate has not opened yet; the link goes to the newest.
  const unread = user ? await unreadComments(user.id) : { count: 0, sessionId: null };
  return (
    <header className="border-b border-slate-200 bg-white/80 backdrop-blur dark:border-slate-800 dark:bg-slate-900/80">
      <div className="mx-auto flex h-14 max-w-7xl items-center gap-4 px-4">
        <Link href={user ? "/home" : "/"} className="flex items-center gap-2 font-bold tracking-tight">
          <span aria-hidden className="grid h-7 w-7 place-items-center rounded-md bg-brand-600 text-xs text-white">DD</span>
          DesignDrill
        </Link>
        <nav aria-label={t("main")} className="flex flex-1 items-center gap-1">
          {links.map((link) => (
            <Link key={link.href} href={link.href} className={buttonClass.ghost}>
              {link.label}
            </Link>
          ))}
          {unread.count > 0 && unread.sessionId ? (
            <Link href={`/sessions/${unread.sessionId}/report`} className={`${buttonClass.ghost} ml-auto`}>
              <span className="grid h-5 min-w-5 place-items-center rounded-full bg-brand-600 px-1 text-xs font-semibold text-white">
                {unread.count}
              </span>
              <span>
                {t.rich("newComments", {
                  count: unread.count,
                  coach: (chunks) => <span className="sr-only">{chunks}</span>,
                })}
              </span>
            </Link>
          ) : null}
        </nav>
        <LanguageSwitch />
        {user ? (
          <AccountMenu name={user.name} email={user.email} role={user.role} />
        ) : (
          <div className="flex items-center gap-2">
            <Link href="/login" className={buttonClass.ghost}>
              {t("signIn")}
            </Link>
            <Link href="/register" className={buttonClass.primary}>
              {t("createAccount")}
            </Link>
          </div>
        )}
      </div>
    </header>
  );
}

async function unreadComments(userId: string): Promise<{ count: number; sessionId: string | null }> {
  try {
    const [count, sessions] = await Promise.all([unreadCommentCount(db(), userId), sessionsWithUnread(db(), userId)]);
    return { count, sessionId: sessions[0] ?? null };
  } catch (error) {
    // The header must render even when the database is down (the error page uses it too).
    console.error("unread comment count failed", error);
    return { count: 0, sessionId: null };
  }
}
