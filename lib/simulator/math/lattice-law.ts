/**
 * Latency laws on a lattice, kept in the frequency domain: the exact tool for "the mixture over
 * request paths of the convolution of each hop's sojourn law" (SIMULATOR.md, verdict rule 9).
 *
 * A law is a distribution of time on the points k·dt (k = 0 … n−1) plus two atoms outside the
 * lattice: `inf` (the request waits forever: it went through a saturated station) and `fail`
 * (the request is refused: no path, or a failed node). Its finite part is stored as its discrete
 * Fourier transform P_j = Σ_k p_k e^{−2πi jk/n}, so that
 *   - a sequence of hops (a sum of independent times) is a pointwise product,
 *   - a mixture of paths is a weighted sum,
 *   - a fixed delay is a product with a phase,
 * each O(n), and one inverse FFT at the end gives the distribution. Only j = 0 … n/2 are kept:
 * the law is real, so P_{n−j} is the conjugate of P_j.
 *
 * Discretisation: an exponential time of mean m is replaced by the geometric law of
 * ⌊T / dt⌋ (exact on the lattice: P_j = (1 − q)/(1 − q e^{−iω_j}), q = e^{−dt/m}) plus a
 * fractional shift that restores the exact mean; a fixed delay of s lattice steps is split
 * between ⌊s⌋ and ⌈s⌉ so its mean is exact too. Sums on the lattice are then exact; what is
 * left is an O(dt) error per hop and the circular wrap of mass beyond n·dt, which the caller
 * keeps below about 1e−6 per hop by choosing n·dt above the law's tail bound.
 */
import FFT from "fft.js";

export class LatticeGrid {
  readonly n: number;
  /** Frequencies kept: j = 0 … n/2. */
  readonly m: number;
  readonly dt: number;
  /** cos(2πk/n) and sin(2πk/n) for k = 0 … n−1: e^{−iω_j s} = cos[(j·s) mod n] − i·sin[…]. */
  readonly cos: Float64Array;
  readonly sin: Float64Array;

  constructor(n: number, dt: number) {
    if (!Number.isInteger(Math.log2(n)) || n < 4) throw new Error(`lattice size must be a power of two ≥ 4, got ${n}`);
    this.n = n;
    this.m = n / 2 + 1;
    this.dt = dt > 0 && Number.isFinite(dt) ? dt : 1;
    let table = TRIG.get(n);
    if (!table) {
      table = { cos: new Float64Array(n), sin: new Float64Array(n) };
      for (let k = 0; k < n; k++) {
        table.cos[k] = Math.cos((2 * Math.PI * k) / n);
        table.sin[k] = Math.sin((2 * Math.PI * k) / n);
      }
      TRIG.set(n, table);
    }
    this.cos = table.cos;
    this.sin = table.sin;
  }
}

/** The tables depend only on n: shared by every grid of that size. */
const TRIG = new Map<number, { cos: Float64Array; sin: Float64Array }>();

export type Law = {
  /** P_j for j = 0 … m−1, interleaved: real part at 2j, imaginary part at 2j + 1. */
  v: Float64Array;
  /** Probability of never completing (a saturated station on the way). */
  inf: number;
  /** Probability of being refused (excluded from percentiles: those requests get an error). */
  fail: number;
};

/** Numbers per chunk of a LawPool: 32 laws of the report lattice, 250 of a scenario moment's. */
const CHUNK = 1 << 16;
/** Chunks handed back by released pools (at most MAX_SPARE: 16 MB), taken again by the next. */
const spareChunks: Float64Array[] = [];
const MAX_SPARE = 32;

/**
 * Buffers that laws are carved from (a view per law): see withLawArena and LawPool. Memory comes
 * in fixed chunks that a pool keeps (reset() hands them out again) or gives back (release()), so
 * an evaluation's kept laws reuse the previous evaluation's memory: allocating and zeroing fresh
 * megabytes per evaluation was a good part of its garbage.
 */
export class LawPool {
  private chunks: Float64Array[] = [];
  private chunk = -1;
  private buffer: Float64Array = new Float64Array(0);
  private used = 0;

  take(size: number): Float64Array {
    if (this.used + size > this.buffer.length) {
      // A law larger than a chunk gets its own buffer (never kept: it is not a chunk).
      if (size > CHUNK) return new Float64Array(size);
      this.chunk++;
      if (this.chunk === this.chunks.length) this.chunks.push(spareChunks.pop() ?? new Float64Array(CHUNK));
      this.buffer = this.chunks[this.chunk];
      this.used = 0;
    }
    const out = this.buffer.subarray(this.used, this.used + size);
    this.used += size;
    return out;
  }

  /** Hands the whole pool out again (every law taken from it so far becomes invalid). */
  reset(): void {
    this.chunk = -1;
    this.buffer = new Float64Array(0);
    this.used = 0;
  }

  /** Gives the pool's memory to the next pools (every law taken from it becomes invalid). */
  release(): void {
    for (const c of this.chunks) if (spareChunks.length < MAX_SPARE) spareChunks.push(c);
    this.chunks = [];
    this.reset();
  }
}

/**
 * Laws are many, small and short-lived (one computation of a class's law makes one per plan
 * node), so they are carved out of one reusable arena instead of allocated one by one: the
 * allocator and the garbage collector were the hot spot. `withLawArena` scopes a computation:
 * every law made inside it is invalid once it returns (callers keep numbers, never laws).
 */
const arena = new LawPool();
let arenaDepth = 0;
/** Where laws are taken from now: the arena inside withLawArena, a caller's pool inside inLawPool. */
let current: LawPool | null = null;

export function withLawArena<T>(work: () => T): T {
  if (arenaDepth === 0) arena.reset();
  arenaDepth++;
  const outer = current;
  current = arena;
  try {
    return work();
  } finally {
    arenaDepth--;
    current = outer;
  }
}

/**
 * Runs `work` with laws taken from `pool` instead of the arena: laws that outlive one arena
 * scope (kept from one scenario moment to the next) must not be carved from a buffer the next
 * scope reuses, and one fresh typed array per law was the allocator's hot spot again.
 */
export function inLawPool<T>(pool: LawPool, work: () => T): T {
  const outer = current;
  current = pool;
  try {
    return work();
  } finally {
    current = outer;
  }
}

/** `size` zeros from the current pool (or a fresh array outside any). */
function take(size: number): Float64Array {
  return takeRaw(size).fill(0);
}

/** `size` numbers from the current pool, not cleared: for kernels that write every entry. */
function takeRaw(size: number): Float64Array {
  return current === null ? new Float64Array(size) : current.take(size);
}

function empty(g: LatticeGrid): Law {
  return { v: take(2 * g.m), inf: 0, fail: 0 };
}

/** A copy of a law (its finite part and atoms). */
export function copyLaw(g: LatticeGrid, law: Law): Law {
  const out = empty(g);
  out.v.set(law.v);
  out.inf = law.inf;
  out.fail = law.fail;
  return out;
}

/** All mass at time 0 (a step that takes no time). */
export function pointMass(g: LatticeGrid): Law {
  const law = empty(g);
  for (let j = 0; j < g.m; j++) law.v[2 * j] = 1;
  return law;
}

/** Only atoms: `inf` never completes, `fail` is refused. */
export function atoms(g: LatticeGrid, inf: number, fail: number): Law {
  const law = empty(g);
  law.inf = inf;
  law.fail = fail;
  return law;
}

/** Scales the finite part (a share of the requests goes to the atoms). */
export function scaleInPlace(g: LatticeGrid, law: Law, factor: number): Law {
  const v = law.v;
  for (let i = 0; i < 2 * g.m; i++) v[i] *= factor;
  return law;
}

/** Multiplies the finite part by the phase of a delay of `ms` (mean-exact split between two points). */
export function shiftInPlace(g: LatticeGrid, law: Law, ms: number): Law {
  if (!(ms > 0)) return law;
  const steps = ms / g.dt;
  const k = Math.floor(steps);
  const f = steps - k;
  const v = law.v;
  const n = g.n;
  // a = j·k mod n and b = j·(k + 1) mod n, stepped instead of divided (the same integers).
  const da = k % n;
  const db = (k + 1) % n;
  for (let j = 0, a = 0, b = 0; j < g.m; j++, a = a + da >= n ? a + da - n : a + da, b = b + db >= n ? b + db - n : b + db) {
    // e^{−iωk}·((1 − f) + f·e^{−iω})
    const fr = (1 - f) * g.cos[a] + f * g.cos[b];
    const fi = -((1 - f) * g.sin[a] + f * g.sin[b]);
    const re = v[2 * j];
    const im = v[2 * j + 1];
    v[2 * j] = re * fr - im * fi;
    v[2 * j + 1] = re * fi + im * fr;
  }
  return law;
}

/**
 * The sojourn law of an M/M/c station: service Exp(serviceMs), and with probability
 * `waitProbability` (Erlang C) a wait Exp(conditionalWaitMs) before it — exactly
 * (1 − C)·Exp(μ) + C·(Exp(θ) ⊛ Exp(μ)), θ = cμ − λ (SIMULATOR.md).
 */
export function stationLaw(g: LatticeGrid, serviceMs: number, waitProbability: number, conditionalWaitMs: number): Law {
  // One pass over the frequencies doing, per point, exactly the arithmetic of
  // pointMass → exponential(wait) → mix with the no-wait share → ⊛ Exp(service) (each with its
  // mean-correcting shift), in the same order: the same numbers without five passes and two
  // temporary laws (station laws are the hot spot of every scenario moment).
  const law: Law = { v: takeRaw(2 * g.m), inf: 0, fail: 0 };
  const v = law.v;
  const c = Math.min(1, Math.max(0, waitProbability));
  const waits = c > 0 && conditionalWaitMs > 0;
  const { cos, sin, n } = g;
  exponentialFactor(g, waits ? conditionalWaitMs : 0, FACTOR);
  const wq = FACTOR[0];
  const wOne = FACTOR[1];
  const wShifts = FACTOR[2] > 0;
  const wf = FACTOR[3];
  const wda = FACTOR[4];
  const wdb = FACTOR[5];
  exponentialFactor(g, serviceMs, FACTOR);
  const sq = FACTOR[0];
  const sOne = FACTOR[1];
  const sShifts = FACTOR[2] > 0;
  const sf = FACTOR[3];
  const sda = FACTOR[4];
  const sdb = FACTOR[5];
  let wa = 0;
  let wb = 0;
  let sa = 0;
  let sb = 0;
  for (let j = 0; j < g.m; j++) {
    let re = 1;
    let im = 0;
    if (waits) {
      let wr = 1;
      let wi = 0;
      if (wq > 0) {
        const dr = 1 - wq * cos[j];
        const di = wq * sin[j];
        const den = dr * dr + di * di;
        const gr = (wOne * dr) / den;
        const gi = (-wOne * di) / den;
        const r = wr * gr - wi * gi;
        wi = wr * gi + wi * gr;
        wr = r;
      }
      if (wShifts) {
        const fr = (1 - wf) * cos[wa] + wf * cos[wb];
        const fi = -((1 - wf) * sin[wa] + wf * sin[wb]);
        const r = wr * fr - wi * fi;
        wi = wr * fi + wi * fr;
        wr = r;
        wa = wa + wda >= n ? wa + wda - n : wa + wda;
        wb = wb + wdb >= n ? wb + wdb - n : wb + wdb;
      }
      re = 1 - c + c * wr;
      im = c * wi;
    }
    if (sq > 0) {
      const dr = 1 - sq * cos[j];
      const di = sq * sin[j];
      const den = dr * dr + di * di;
      const gr = (sOne * dr) / den;
      const gi = (-sOne * di) / den;
      const r = re * gr - im * gi;
      im = re * gi + im * gr;
      re = r;
    }
    if (sShifts) {
      const fr = (1 - sf) * cos[sa] + sf * cos[sb];
      const fi = -((1 - sf) * sin[sa] + sf * sin[sb]);
      const r = re * fr - im * fi;
      im = re * fi + im * fr;
      re = r;
      sa = sa + sda >= n ? sa + sda - n : sa + sda;
      sb = sb + sdb >= n ? sb + sdb - n : sb + sdb;
    }
    v[2 * j] = re;
    v[2 * j + 1] = im;
  }
  return law;
}

/**
 * The factors of ⊛ Exp(mean) on the lattice: the geometric spectrum (1 − q)/(1 − q e^{−iω_j}),
 * q = e^{−dt/mean} (0: none), then the mean correction — the lattice law ⌊T/dt⌋ has mean
 * q/(1 − q) steps, the exact mean is mean/dt — as a shift of k + f steps (index steps da, db mod n).
 */
function exponentialFactor(g: LatticeGrid, meanMs: number, out: Float64Array): void {
  // out = [q, 1 − q, shifts (1/0), f, da, db]
  out.fill(0);
  if (!(meanMs > 0)) return;
  const q = Math.exp(-g.dt / meanMs);
  const latticeMean = q > 0 ? q / -Math.expm1(-g.dt / meanMs) : 0;
  const correction = Math.max(0, meanMs / g.dt - latticeMean);
  const ms = correction * g.dt;
  out[0] = q;
  out[1] = -Math.expm1(-g.dt / meanMs);
  if (!(ms > 0)) return;
  const steps = ms / g.dt;
  const k = Math.floor(steps);
  out[2] = 1;
  out[3] = steps - k;
  out[4] = k % g.n;
  out[5] = (k + 1) % g.n;
}

/** Scratch for exponentialFactor (read at once by its caller). */
const FACTOR = new Float64Array(6);

/**
 * A copy of `law` delayed by `ms` and its finite part scaled by `factor` (when below 1): the
 * arithmetic of copyLaw → shiftInPlace → scaleInPlace in one pass (a visit's law from its
 * station's).
 */
export function shiftedCopy(g: LatticeGrid, law: Law, ms: number, factor: number): Law {
  if (!(ms > 0)) {
    const out = copyLaw(g, law);
    return factor < 1 ? scaleInPlace(g, out, factor) : out;
  }
  const out: Law = { v: takeRaw(2 * g.m), inf: law.inf, fail: law.fail };
  const v = out.v;
  const x = law.v;
  const { cos, sin, n } = g;
  const steps = ms / g.dt;
  const k = Math.floor(steps);
  const f = steps - k;
  const da = k % n;
  const db = (k + 1) % n;
  const scale = factor < 1;
  for (let j = 0, a = 0, b = 0; j < g.m; j++, a = a + da >= n ? a + da - n : a + da, b = b + db >= n ? b + db - n : b + db) {
    const fr = (1 - f) * cos[a] + f * cos[b];
    const fi = -((1 - f) * sin[a] + f * sin[b]);
    const re = x[2 * j];
    const im = x[2 * j + 1];
    let yr = re * fr - im * fi;
    let yi = re * fi + im * fr;
    if (scale) {
      yr *= factor;
      yi *= factor;
    }
    v[2 * j] = yr;
    v[2 * j + 1] = yi;
  }
  return out;
}

/** The law of a sum of independent times (a sequence of hops). Atoms: refused anywhere is refused. */
export function convolve(g: LatticeGrid, laws: readonly Law[]): Law {
  if (laws.length === 0) return pointMass(g);
  if (laws.length === 1) return laws[0];
  // The first product is written straight into the result (no copy of the first law first).
  const out: Law = { v: takeRaw(2 * g.m), inf: 0, fail: 0 };
  const v = out.v;
  const a = laws[0].v;
  const b = laws[1].v;
  for (let j = 0; j < 2 * g.m; j += 2) {
    v[j] = a[j] * b[j] - a[j + 1] * b[j + 1];
    v[j + 1] = a[j] * b[j + 1] + a[j + 1] * b[j];
  }
  let complete = (1 - laws[0].fail) * (1 - laws[1].fail);
  for (let i = 2; i < laws.length; i++) {
    const w = laws[i].v;
    for (let j = 0; j < 2 * g.m; j += 2) {
      const re = v[j] * w[j] - v[j + 1] * w[j + 1];
      v[j + 1] = v[j] * w[j + 1] + v[j + 1] * w[j];
      v[j] = re;
    }
    complete *= 1 - laws[i].fail;
  }
  out.fail = 1 - complete;
  out.inf = Math.max(0, 1 - out.fail - v[0]);
  return out;
}

/** A mixture: option i with probability p_i (the p need not sum to 1: they are normalised). */
export function mixture(g: LatticeGrid, options: readonly { p: number; law: Law }[]): Law {
  let total = 0;
  for (let i = 0; i < options.length; i++) total += options[i].p > 0 ? options[i].p : 0;
  if (options.length === 1) return options[0].law;
  if (!(total > 0)) return options.length > 0 ? options[0].law : pointMass(g);
  // The first weighted option is written (0 + w·x, as if added to zeros), the others added.
  const out: Law = { v: takeRaw(2 * g.m), inf: 0, fail: 0 };
  const v = out.v;
  let first = true;
  for (let k = 0; k < options.length; k++) {
    const o = options[k];
    if (!(o.p > 0)) continue;
    const w = o.p / total;
    const x = o.law.v;
    if (first) for (let i = 0; i < 2 * g.m; i++) v[i] = 0 + w * x[i];
    else for (let i = 0; i < 2 * g.m; i++) v[i] += w * x[i];
    first = false;
    out.inf += w * o.law.inf;
    out.fail += w * o.law.fail;
  }
  return out;
}

/** Mass on the lattice (the requests that complete in finite time). */
export function finiteMass(law: Law): number {
  return law.v[0];
}

const fftCache = new Map<number, { fft: FFT; spectrum: number[]; out: number[] }>();

/** The distribution on the lattice points (one inverse FFT; the transform's buffers are reused). */
export function pointMasses(g: LatticeGrid, law: Law): Float64Array {
  let cached = fftCache.get(g.n);
  if (!cached) {
    const f = new FFT(g.n);
    cached = { fft: f, spectrum: f.createComplexArray() as number[], out: f.createComplexArray() as number[] };
    fftCache.set(g.n, cached);
  }
  const { fft, spectrum, out } = cached;
  for (let j = 0; j < g.m; j++) {
    spectrum[2 * j] = law.v[2 * j];
    spectrum[2 * j + 1] = law.v[2 * j + 1];
  }
  for (let j = g.m; j < g.n; j++) {
    // Hermitian symmetry of a real sequence.
    spectrum[2 * j] = law.v[2 * (g.n - j)];
    spectrum[2 * j + 1] = -law.v[2 * (g.n - j) + 1];
  }
  // fft.js's forward transform uses e^{−i…}; its inverse (e^{+i…}, divided by n) undoes ours.
  fft.inverseTransform(out, spectrum);
  const p = new Float64Array(g.n);
  for (let k = 0; k < g.n; k++) p[k] = Math.max(0, out[2 * k]);
  return p;
}

/**
 * Quantiles of the time to complete among the requests that are not refused. Mass at point k
 * is spread evenly over [(k − ½)dt, (k + ½)dt) and the CDF interpolated linearly inside it.
 * null: the quantile falls in the `inf` atom (a saturated station: no finite percentile).
 */
export function quantiles(g: LatticeGrid, law: Law, qs: readonly number[]): (number | null)[] {
  const finite = Math.max(0, finiteMass(law));
  const considered = finite + law.inf;
  if (!(considered > 1e-12)) return qs.map(() => 0);
  const p = pointMasses(g, law);
  let sum = 0;
  for (let k = 0; k < p.length; k++) sum += p[k];
  // Renormalise the lattice to the finite mass (removes the tiny rounding of the transforms).
  const scale = sum > 0 ? finite / sum : 0;
  // One scan of the CDF for all quantiles, smallest target first: the first point whose CDF
  // reaches a larger target is never before a smaller one's, and the running sum is the same
  // sequence of additions as one scan per quantile (the same numbers).
  const out: (number | null)[] = new Array(qs.length).fill(null);
  const pending = qs.map((q, i) => ({ i, target: q * considered })).filter((x) => !(x.target > finite * (1 + 1e-9)));
  pending.sort((a, b) => a.target - b.target || a.i - b.i);
  let next = 0;
  let acc = 0;
  for (let k = 0; k < p.length && next < pending.length; k++) {
    const mass = p[k] * scale;
    while (next < pending.length && acc + mass >= pending[next].target && mass > 0) {
      const within = (pending[next].target - acc) / mass;
      out[pending[next].i] = Math.max(0, (k - 0.5 + within) * g.dt);
      next++;
    }
    acc += mass;
  }
  for (; next < pending.length; next++) out[pending[next].i] = (p.length - 0.5) * g.dt;
  return out;
}

/** Lattice size that keeps the quantile resolution far below 1 % for a given tail bound. */
export function gridFor(boundMs: number, n: number): LatticeGrid {
  const bound = Number.isFinite(boundMs) && boundMs > 0 ? boundMs : 1;
  return new LatticeGrid(n, bound / (n - 1));
}
