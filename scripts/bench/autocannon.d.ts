// The part of autocannon 9's API the benchmark uses (the package ships no types).
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  type RawRequest = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
  type Context = Record<string, unknown>;

  export type RequestStep = RawRequest & {
    setupRequest?: (request: RawRequest, context: Context) => RawRequest | null;
    onResponse?: (status: number, body: string, context: Context, headers: Record<string, string>) => void;
  };

  export type Options = {
    url: string;
    connections?: number;
    duration?: number;
    timeout?: number;
    headers?: Record<string, string>;
    requests?: RequestStep[];
  };

  export type Result = {
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    statusCodeStats: Record<string, { count: number }>;
    latency: Record<string, number>;
    /** Requests per second over the run's seconds (`average`, `p50`, …) and `total`. */
    requests: Record<string, number>;
  };

  export interface Instance extends EventEmitter, PromiseLike<Result> {
    stop(): void;
  }

  export default function autocannon(options: Options): Instance;
}
