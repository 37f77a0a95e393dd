import Link from "next/link";
import { buttonClass } from "./styles";

export function EmptyState({ title, body, action }: { title: string; body: string; action?: { href: string; label: string } }) {
  return (
    <div className="rounded-xl border border-dashed border-slate-300 p-10 text-center dark:border-slate-700">
      <h2 className="text-base font-semibold">{title}</h2>
      <p className="mx-auto mt-2 max-w-md text-sm text-slate-600 dark:text-slate-400">{body}</p>
      {action ? (
        <Link href={action.href} className={`${buttonClass.primary} mt-4`}>
          {action.label}
        </Link>
      ) : null}
    </div>
  );
}
