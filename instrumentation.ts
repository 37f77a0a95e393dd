// Next's instrumentation hook: runs once when a server instance starts, before it serves.
// The interviewer trains on the shared corpus once per process (a second or two); doing it
// here means the first candidate's first question does not wait for it.
export async function register(): Promise<void> {
  // NEXT_RUNTIME is set by Next itself (not configuration), so it is read here rather than in lib/env.ts.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { sharedInterviewer } = await import("@/lib/interview/intent/understand");
  sharedInterviewer();
}
