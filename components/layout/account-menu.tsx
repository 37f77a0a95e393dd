"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { LanguageSwitch } from "./language-switch";

/** The account menu: a disclosure button (Escape and outside clicks close it) with sign-out. */
export function AccountMenu({ name, email, role }: { name: string; email: string; role: string }) {
  const t = useTranslations("account");
  const [open, setOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => event.key === "Escape" && setOpen(false);
    const onClick = (event: MouseEvent) => {
      if (ref.current && !ref.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("mousedown", onClick);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("mousedown", onClick);
    };
  }, [open]);

  return (
    <div ref={ref} className="relative">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="account-menu"
        onClick={() => setOpen((value) => !value)}
        className="flex items-center gap-2 rounded-full border border-slate-300 py-1 pl-1 pr-3 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
      >
        <span aria-hidden className="grid h-7 w-7 place-items-center rounded-full bg-brand-100 font-semibold text-brand-700">
          {name.slice(0, 1).toUpperCase()}
        </span>
        {/* The name is the visible text, so it is also the start of the accessible name's words. */}
        {t.rich("menuFor", { name, sr: (chunks) => <span className="sr-only">{chunks}</span> })}
      </button>
      {open ? (
        <div id="account-menu" className="absolute right-0 z-20 mt-2 w-64 rounded-lg border border-slate-200 bg-white p-2 shadow-lg dark:border-slate-700 dark:bg-slate-900">
          <div className="px-3 py-2 text-sm">
            <p className="font-medium">{name}</p>
            <p className="truncate text-slate-500 dark:text-slate-400">{email}</p>
            <p className="mt-1 text-xs uppercase tracking-wide text-slate-500">{t(`role.${role.toLowerCase()}`)}</p>
          </div>
          <div className="flex items-center justify-between gap-2 px-3 py-2 text-sm">
            <span aria-hidden>{t("language")}</span>
            <LanguageSwitch />
          </div>
          <button
            type="button"
            disabled={signingOut}
            onClick={() => {
              setSigningOut(true);
              void signOut({ callbackUrl: "/" });
            }}
            className="w-full rounded-md px-3 py-2 text-left text-sm hover:bg-slate-100 dark:hover:bg-slate-800"
          >
            {signingOut ? t("signingOut") : t("signOut")}
          </button>
        </div>
      ) : null}
    </div>
  );
}
