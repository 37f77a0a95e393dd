/**
 * A small discrete-event simulation of an M/M/c FCFS queue, used only to check the analytic
 * formulas of lib/simulator/math against something that does not share their derivation.
 * Events (arrivals, departures) sit in a binary min-heap keyed by time; inter-arrival and
 * service times are exponential, drawn from a seeded generator so every run is the same.
 */
import { createRng } from "@/lib/simulator/math/random";

const ARRIVAL = -1;

/**
 * Binary min-heap of (time, customer) events in typed arrays; customer ARRIVAL marks the next
 * arrival. At most one arrival and `servers` departures are ever pending, so it stays small.
 */
class EventHeap {
  private readonly times: Float64Array;
  private readonly customers: Int32Array;
  size = 0;
  /** Time of the event last removed by pop(). */
  lastTime = 0;

  constructor(capacity: number) {
    this.times = new Float64Array(capacity);
    this.customers = new Int32Array(capacity);
  }

  push(time: number, customer: number): void {
    const { times, customers } = this;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (times[parent] <= time) break;
      times[i] = times[parent];
      customers[i] = customers[parent];
      i = parent;
    }
    times[i] = time;
    customers[i] = customer;
  }

  /** Removes the earliest event and returns its customer; its time is left in `lastTime`. */
  pop(): number {
    const { times, customers } = this;
    const customer = customers[0];
    this.lastTime = times[0];
    const n = --this.size;
    const endTime = times[n];
    const endCustomer = customers[n];
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      const child = right < n && times[right] < times[left] ? right : left;
      if (times[child] >= endTime) break;
      times[i] = times[child];
      customers[i] = customers[child];
      i = child;
    }
    times[i] = endTime;
    customers[i] = endCustomer;
    return customer;
  }
}

export type MmcSimulationInput = {
  servers: number;
  /** Arrivals per ms. */
  arrivalRate: number;
  /** Service completions per ms per server (1 / mean service time). */
  serviceRate: number;
  /** Customers whose sojourn times are measured. */
  customers: number;
  /** Customers simulated first and discarded, so the queue starts near steady state. */
  warmup: number;
  seed: number;
};

/**
 * Sojourn times collected in a log-spaced histogram (bins 0.05 % wide from 1 µs to 10^7 ms):
 * quantiles to within 0.05 % in O(n) time and constant memory, where sorting tens of millions
 * of samples would dominate the run.
 */
export class SojournHistogram {
  private static readonly MIN_MS = 1e-3;
  private static readonly WIDTH = Math.log1p(5e-4);
  private readonly bins = new Float64Array(Math.ceil(Math.log(1e7 / SojournHistogram.MIN_MS) / SojournHistogram.WIDTH) + 1);
  count = 0;
  sum = 0;

  add(ms: number): void {
    const raw = Math.floor(Math.log(Math.max(ms, SojournHistogram.MIN_MS) / SojournHistogram.MIN_MS) / SojournHistogram.WIDTH);
    this.bins[Math.min(this.bins.length - 1, raw)]++;
    this.count++;
    this.sum += ms;
  }

  /** The q-quantile: the geometric middle of the bin where the cumulative count reaches q·n. */
  quantile(q: number): number {
    const target = q * this.count;
    let seen = 0;
    for (let i = 0; i < this.bins.length; i++) {
      seen += this.bins[i];
      if (seen >= target) return SojournHistogram.MIN_MS * Math.exp((i + 0.5) * SojournHistogram.WIDTH);
    }
    return SojournHistogram.MIN_MS * Math.exp(this.bins.length * SojournHistogram.WIDTH);
  }

  get mean(): number {
    return this.count === 0 ? 0 : this.sum / this.count;
  }
}

/**
 * Customers in the system at once (waiting or in service) are kept in ring buffers of this
 * size; a run that exceeds it throws rather than silently overwrite (M/M/1 at ρ = 0.9 would
 * need a queue of 10^6 with probability 0.9^(10^6)).
 */
const RING = 1 << 20;
const MASK = RING - 1;

/** Simulates the queue and returns the measured customers' sojourn times (wait + service, ms). */
export function simulateMmc(input: MmcSimulationInput): SojournHistogram {
  const rng = createRng(input.seed);
  const exponential = (rate: number) => -Math.log1p(-rng()) / rate;
  const total = input.warmup + input.customers;
  const arrivedAt = new Float64Array(RING); // by customer id mod RING
  const waiting = new Int32Array(RING); // FIFO of customers waiting for a server
  const departed = new Uint8Array(RING);
  let head = 0;
  let tail = 0;
  let busy = 0;
  let nextCustomer = 0;
  let oldestInSystem = 0;
  const histogram = new SojournHistogram();
  const events = new EventHeap(input.servers + 2);
  events.push(exponential(input.arrivalRate), ARRIVAL);

  while (events.size > 0) {
    const customer = events.pop();
    const now = events.lastTime;
    if (customer === ARRIVAL) {
      const id = nextCustomer++;
      if (id - oldestInSystem >= RING) throw new Error("more customers in the system than the ring holds");
      arrivedAt[id & MASK] = now;
      departed[id & MASK] = 0;
      if (busy < input.servers) {
        busy++;
        events.push(now + exponential(input.serviceRate), id);
      } else {
        waiting[tail++ & MASK] = id;
      }
      if (nextCustomer < total) events.push(now + exponential(input.arrivalRate), ARRIVAL);
    } else {
      if (customer >= input.warmup) histogram.add(now - arrivedAt[customer & MASK]);
      // The oldest customer still inside bounds how far ids may run ahead of a ring slot.
      departed[customer & MASK] = 1;
      while (oldestInSystem < nextCustomer && departed[oldestInSystem & MASK] === 1) oldestInSystem++;
      if (head < tail) events.push(now + exponential(input.serviceRate), waiting[head++ & MASK]);
      else busy--;
    }
  }
  return histogram;
}
