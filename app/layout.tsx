import type { Metadata } from "next";
import { headers } from "next/headers";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: "DesignDrill", template: "%s · DesignDrill" }, description: t("appDescription") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page carries a fresh CSP nonce (proxy.ts), so every page renders per request: reading
  // the request's headers here says so to Next.
  await headers();
  const locale = await getLocale();
  const t = await getTranslations("common");
  // Client components get every namespace but the authoring editor's: its texts reach the
  // browser only on the author pages, whose layout (app/(app)/author/layout.tsx) provides them
  // to instructors. Only the two author panels an instructor's preview interview shows (its facts
  // and "which fact answers this?") travel with every page.
  const { author, ...rest } = await getMessages();
  const clientMessages = { ...rest, author: { previewFacts: author.previewFacts, whichFact: author.whichFact } };
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        {/* Client components read their messages from this provider (the request's language). */}
        <NextIntlClientProvider messages={clientMessages}>
          <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
            {t("skipToContent")}
          </a>
          <SiteHeader />
          <main id="main" className="mx-auto max-w-7xl px-4 py-8">
            {children}
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
