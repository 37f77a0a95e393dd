/**
 * The Node flags the production server runs with: `npm start`, the Dockerfile's CMD and the
 * servers the tests and benchmarks start all pass these (a unit test holds the first two to it).
 *
 * --max-semi-space-size=32: V8's young generation may grow to 32 MB per semi-space (Node 20's
 * default tops out at 16). A request allocates a few hundred KB that die young (the web Request
 * and Response, streams, Prisma's query objects); with more room they die in the young
 * generation instead of being copied and promoted, so the collector runs less and the event loop
 * stalls less. Measured with 200 candidates (`npm run bench:load -- --candidates 200 --targets
 * postgres`), alternating runs: autosave p99 226 and 143 ms with it, 251 and 293 ms without; CPU
 * per request 3.6–4.4 against 3.9–4.3 ms. The cost is up to about 48 MB more memory per process.
 */
export const SERVER_NODE_FLAGS = ["--max-semi-space-size=32"] as const;
