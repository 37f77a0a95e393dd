import Link from "next/link";
import { buttonClass } from "@/components/ui/styles";

export default function NotFound() {
  return (
    <div className="py-16 text-center">
      <h1 className="text-xl font-semibold">Page not found</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">There is nothing here, or you do not have access to it.</p>
      <Link href="/" className={`${buttonClass.secondary} mt-6`}>
        Back to the start
      </Link>
    </div>
  );
}
