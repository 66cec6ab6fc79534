/** One benchmark figure, printed beside its target by bench/run.ts. */
export interface BenchResult {
  name: string;
  /** The measured figure. */
  value: number;
  unit: string;
  /** The target, in the same unit. */
  target: number;
  /** 'min' when more is better (throughput), 'max' when less is better (latency, memory). */
  kind: 'min' | 'max';
  /** Extra context printed after the figure, e.g. the input size. */
  detail?: string;
}

export type Bench = () => Promise<BenchResult[]>;
