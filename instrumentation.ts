// Next's instrumentation hook: runs once when a server instance starts, before it serves.
// The interviewer's model is read from its store once per process, or trained on the shared
// corpus when the corpus or the training code changed since (15–20 s of CPU: model-store.ts);
// doing it here means the first candidate's first question does not wait for it. It also installs the
// graceful shutdown (lib/server/lifecycle.ts): on SIGTERM, finish requests in flight, then close
// the simulator pool and the database.
export async function register(): Promise<void> {
  // NEXT_RUNTIME is set by Next itself (not configuration), so it is read here rather than in lib/env.ts.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ installGracefulShutdown }, { closeDb }, { closeSimulationPool }, { logger }, { env }] = await Promise.all([
    import("@/lib/server/lifecycle"),
    import("@/lib/db"),
    import("@/lib/simulation/pool"),
    import("@/lib/observability/logger"),
    import("@/lib/env"),
  ]);
  installGracefulShutdown({
    timeoutMs: env().SHUTDOWN_TIMEOUT_MS,
    log: (fields, message) => logger().info(fields, message),
    close: async () => {
      await closeSimulationPool();
      await closeDb();
    },
  });
  logger().info({ nodeVersion: process.version }, "server instance started");
  const { sharedInterviewer } = await import("@/lib/interview/intent/understand");
  sharedInterviewer();
}
