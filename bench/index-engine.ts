/**
 * The live index computation (issue: all 514 regencies in ≤ 1 s): the pure engine over a catalogue
 * shaped like IKP 2024 (4 dimensions, 12 sub-dimensions, 61 indicators) with ~5% of values missing.
 */
import { computeIndex, IKP_2024_CUT_POINTS, type Catalogue, type IndexValue } from '../src/domain/index';

interface Row {
  engine: string;
  what: string;
  figure: string;
}

/** A deterministic PRNG (mulberry32), so every run computes the same input. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function catalogue(): Catalogue {
  const dimensions = [1, 2, 3, 4].map((d) => ({ code: `D${d}`, name: `Dimensi ${d}`, weight: 1 }));
  const subDimensions = Array.from({ length: 12 }, (_, i) => ({
    code: `S${i + 1}`,
    dimension: `D${(i % 4) + 1}`,
    name: `Subdimensi ${i + 1}`,
    weight: 1,
  }));
  const indicators = Array.from({ length: 61 }, (_, i) => ({
    code: `I${i + 1}`,
    subDimension: `S${(i % 12) + 1}`,
    name: `Indikator ${i + 1}`,
    weight: 1 + (i % 3),
    direction: i % 5 === 0 ? ('HIGHER_LESS_VULNERABLE' as const) : ('HIGHER_MORE_VULNERABLE' as const),
    level: 'regency' as const,
    source: 'IMPORTED' as const,
  }));
  return { dimensions, subDimensions, indicators };
}

export function benchIndexEngine(): Row[] {
  const random = prng(2024);
  const cat = catalogue();
  const regions = Array.from(
    { length: 514 },
    (_, i) => `${String(11 + (i % 28)).padStart(2, '0')}.${String(i + 1).padStart(2, '0')}`,
  );
  const values: IndexValue[] = [];
  for (const region of regions) {
    for (const ind of cat.indicators)
      if (random() > 0.05) values.push({ region, indicator: ind.code, value: random() * 100 });
  }
  const times: number[] = [];
  for (let run = 0; run < 20; run++) {
    const t0 = process.hrtime.bigint();
    const result = computeIndex({ catalogue: cat, level: 'regency', values, cut: IKP_2024_CUT_POINTS.regency });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (result.regions.length !== 514) throw new Error(`expected 514 regions, got ${result.regions.length}`);
  }
  times.sort((a, b) => a - b);
  const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
  return [
    {
      engine: 'pure',
      what: `index computation, 514 regencies × 61 indicators (${values.length} values)`,
      figure: `p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, max ${times.at(-1)!.toFixed(1)} ms (20 runs; target ≤ 1 s)`,
    },
  ];
}
