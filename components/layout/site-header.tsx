import Link from "next/link";
import { getSession, hasRole } from "@/lib/session";
import { buttonClass } from "@/components/ui/styles";
import { AccountMenu } from "./account-menu";

/** The header on every page: product name, the sections a user may open, and the account menu. */
export async function SiteHeader() {
  const user = await getSession();
  // The concept notes are public: findings link to them, and anyone may read them.
  const links = user
    ? [
        { href: "/practice", label: "Practice" },
        { href: "/history", label: "History" },
        { href: "/concepts", label: "Concepts" },
        ...(hasRole(user, "INSTRUCTOR") ? [{ href: "/author", label: "Author" }] : []),
      ]
    : [{ href: "/concepts", label: "Concepts" }];
  return (
    <header className="border-b border-slate-200 bg-white/80 backdrop-blur dark:border-slate-800 dark:bg-slate-900/80">
      <div className="mx-auto flex h-14 max-w-7xl items-center gap-4 px-4">
        <Link href={user ? "/home" : "/"} className="flex items-center gap-2 font-bold tracking-tight">
          <span aria-hidden className="grid h-7 w-7 place-items-center rounded-md bg-brand-600 text-xs text-white">DD</span>
          DesignDrill
        </Link>
        <nav aria-label="Main" className="flex flex-1 items-center gap-1">
          {links.map((link) => (
            <Link key={link.href} href={link.href} className={buttonClass.ghost}>
              {link.label}
            </Link>
          ))}
        </nav>
        {user ? (
          <AccountMenu name={user.name} email={user.email} role={user.role} />
        ) : (
          <div className="flex items-center gap-2">
            <Link href="/login" className={buttonClass.ghost}>
              Sign in
            </Link>
            <Link href="/register" className={buttonClass.primary}>
              Create account
            </Link>
          </div>
        )}
      </div>
    </header>
  );
}
