"use client";

import { useState } from "react";
import { buttonClass } from "@/components/ui/styles";

// Downloads of a report. Markdown, JSON and SVG come from the export route; PNG is the SVG
// drawn onto a canvas here, so the server needs no image library.

async function svgToPng(url: string): Promise<Blob> {
  const svgText = await (await fetch(url)).text();
  const blobUrl = URL.createObjectURL(new Blob([svgText], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error("The board could not be drawn."));
      image.src = blobUrl;
    });
    const scale = 2;
    const canvas = document.createElement("canvas");
    canvas.width = image.naturalWidth * scale;
    canvas.height = image.naturalHeight * scale;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("This browser cannot draw images.");
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("The PNG could not be made."))), "image/png"));
  } finally {
    URL.revokeObjectURL(blobUrl);
  }
}

export function ExportMenu({ sessionId, fileStem }: { sessionId: string; fileStem: string }) {
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
      setError(e instanceof Error ? e.message : "The PNG could not be made.");
    }
  }

  return (
    <div role="group" aria-label="Export" className="flex flex-wrap items-center gap-2 print:hidden">
      <a href={`${base}/md`} download className={buttonClass.secondary}>
        Report (Markdown)
      </a>
      <a href={`${base}/json`} download className={buttonClass.secondary}>
        Design document (JSON)
      </a>
      <a href={`${base}/svg?board=yours`} download className={buttonClass.secondary}>
        Board (SVG)
      </a>
      <button type="button" onClick={downloadPng} className={buttonClass.secondary}>
        Board (PNG)
      </button>
      <button type="button" onClick={() => window.print()} className={buttonClass.secondary}>
        Print
      </button>
      {error ? (
        <p role="alert" aria-label="Export error" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}
