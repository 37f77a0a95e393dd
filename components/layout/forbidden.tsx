/** What a signed-in user sees on a page their role does not open. */
export function Forbidden({ what }: { what: string }) {
  return (
    <div className="py-16 text-center">
      <h1 className="text-xl font-semibold">Not available to your account</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{what}</p>
    </div>
  );
}
