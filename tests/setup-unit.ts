// jsdom has no ResizeObserver, which React Flow needs; component tests get a small one.
if (typeof globalThis.ResizeObserver === "undefined") {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}

// Route handlers log a JSON line per request; tests that read log lines set their own level.
process.env.LOG_LEVEL ??= "silent";
