"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { buttonClass } from "@/components/ui/styles";

// Downloads of a report. Markdown, JSON and SVG come from the export route; PNG is the SVG
// drawn onto a canvas here, so the server needs no image library.

// Errors carry a message key (under "export"); the menu says them in the reader's language.
async function svgToPng(url: string): Promise<Blob> {
  const svgText = await (await fetch(url)).text();
  const blobUrl = URL.createObjectURL(new Blob([svgText], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error("drawFailed"));
      image.src = blobUrl;
    });
    const scale = 2;
    const canvas = document.createElement("canvas");
    canvas.width = image.naturalWidth * scale;
    canvas.height = image.naturalHeight * scale;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("noCanvas");
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("pngFailed"))), "image/png"));
  } finally {
    URL.revokeObjectURL(blobUrl);
  }
}

export function ExportMenu({ sessionId, fileStem }: { sessionId: string; fileStem: string }) {
  const t = useTranslations("export");
  const [error, setError] = useState<string | null>(null);
  const base = `/api/sessions/${encodeURIComponent(sessionId)}/export`;

  async function downloadPng() {
    setError(null);
    try {
      const blob = await svgToPng(`${base}/svg?board=yours`);
      const link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = `${fileStem}-board.png`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    } catch (e) {
      const key = e instanceof Error && ["drawFailed", "noCanvas", "pngFailed"].includes(e.message) ? e.message : "pngFailed";
      setError(t(`errors.${key}`));
    }
  }

  return (
    <div role="group" aria-label={t("label")} className="flex flex-wrap items-center gap-2 print:hidden">
      <a href={`${base}/md`} download className={buttonClass.secondary}>
        {t("markdown")}
      </a>
      <a href={`${base}/json`} download className={buttonClass.secondary}>
        {t("json")}
      </a>
      <a href={`${base}/svg?board=yours`} download className={buttonClass.secondary}>
        {t("svg")}
      </a>
      <button type="button" onClick={downloadPng} className={buttonClass.secondary}>
        {t("png")}
      </button>
      <button type="button" onClick={() => window.print()} className={buttonClass.secondary}>
        {t("print")}
      </button>
      {error ? (
        <p role="alert" aria-label={t("errorLabel")} className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}
