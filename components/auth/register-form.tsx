"use client";

import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormError } from "@/components/ui/form-error";
import { buttonClass } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import { RegistrationSchema } from "@/lib/auth/validation";

type FieldErrors = Partial<Record<"email" | "name" | "password", string>>;

export function RegisterForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { email: String(form.get("email") ?? ""), name: String(form.get("name") ?? ""), password: String(form.get("password") ?? "") };
    // The same schema the server uses: instant feedback, and the server checks again.
    const parsed = RegistrationSchema.safeParse(input);
    if (!parsed.success) {
      const errors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] as keyof FieldErrors;
        errors[key] ??= issue.message;
      }
      setFieldErrors(errors);
      return;
    }
    setFieldErrors({});
    setError(null);
    setPending(true);
    const response = await fetch("/api/register", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(parsed.data),
    }).catch(() => null);
    if (!response) {
      setPending(false);
      setError("Could not reach the server. Check your connection and try again.");
      return;
    }
    if (!response.ok) {
      const problem = (await response.json().catch(() => null)) as { detail?: string; problems?: { path: string; message: string }[] } | null;
      const errors: FieldErrors = {};
      for (const item of problem?.problems ?? []) errors[item.path as keyof FieldErrors] ??= item.message;
      setFieldErrors(errors);
      setError(problem?.detail ?? "Registration failed. Please try again.");
      setPending(false);
      return;
    }
    const result = await signIn("credentials", { email: parsed.data.email, password: input.password, redirect: false });
    if (!result || result.error) {
      router.replace("/login");
      return;
    }
    router.replace(callbackUrl);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormError message={error} />
      <TextField label="Name" name="name" autoComplete="name" error={fieldErrors.name} required />
      <TextField label="Email" name="email" type="email" autoComplete="email" error={fieldErrors.email} required />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters."
        error={fieldErrors.password}
        required
      />
      <button type="submit" className={`${buttonClass.primary} w-full`} disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
      <p className="text-center text-sm text-slate-600 dark:text-slate-400">
        Already have an account?{" "}
        <Link href="/login" className="font-medium text-brand-600 hover:underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
