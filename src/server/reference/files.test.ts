import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseElectionsJson, parseHolidaysCsv, regionIssues } from './files';
import { DATASETS_DIR } from './seed';

describe('parseHolidaysCsv', () => {
  it('reads a valid file, quoted fields included', () => {
    const r = parseHolidaysCsv('date,name,kind,source\n2024-11-27,Pilkada,ELECTION_DAY,"Keppres 33/2024, pasal 1"\n');
    expect(r).toEqual({
      ok: true,
      value: [{ date: '2024-11-27', name: 'Pilkada', kind: 'ELECTION_DAY', source: 'Keppres 33/2024, pasal 1' }],
    });
  });

  it('lists every bad line with its number and returns nothing', () => {
    const text = [
      'date,name,kind,source',
      '2024-01-01,Tahun Baru,NATIONAL,SKB',
      '2024-02-30,Tanggal mustahil,NATIONAL,SKB',
      '2024-03-11,Nyepi,HOLIDAY,SKB',
      '2024-01-01,Ganda,NATIONAL,SKB',
      '2024-05-01,,NATIONAL,SKB',
    ].join('\n');
    const r = parseHolidaysCsv(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.line)).toEqual([3, 4, 5, 6]);
    expect(r.issues[2]!.message).toContain('line 2');
  });

  it('refuses a wrong header, a ragged row and an empty file', () => {
    expect(parseHolidaysCsv('tanggal,nama\n2024-01-01,x\n')).toMatchObject({ ok: false, issues: [{ line: 1 }] });
    const ragged = parseHolidaysCsv('date,name,kind,source\n2024-01-01,x,NATIONAL,SKB\n2024-01-02,x\n');
    expect(ragged).toMatchObject({ ok: false, issues: [{ line: 3 }] });
    expect(parseHolidaysCsv('date,name,kind,source\n')).toMatchObject({ ok: false });
    expect(parseHolidaysCsv('')).toMatchObject({ ok: false });
  });

  it('accepts every shipped holidays file', () => {
    for (const year of ['2024', '2025', '2026']) {
      const r = parseHolidaysCsv(readFileSync(path.join(DATASETS_DIR, 'holidays', `${year}.csv`), 'utf8'));
      expect(r.ok, year).toBe(true);
    }
  });
});

describe('parseElectionsJson', () => {
  const valid = {
    id: 'pilkada-2029',
    name: 'Pilkada 2029',
    regime: 'PILKADA',
    stages: [{ code: 'VOTING', name: 'Pemungutan suara', startsOn: '2029-11-28', endsOn: '2029-11-28' }],
    regions: ['36'],
  };

  it('takes one election or a list', () => {
    expect(parseElectionsJson(JSON.stringify(valid))).toMatchObject({ ok: true, value: [{ id: 'pilkada-2029' }] });
    expect(parseElectionsJson(JSON.stringify({ elections: [valid] }))).toMatchObject({
      ok: true,
      value: [{ id: 'pilkada-2029' }],
    });
  });

  it('points at the line of each bad value', () => {
    const text = JSON.stringify(
      {
        elections: [
          valid,
          { ...valid, id: 'pilkada-2030', regime: 'X', stages: [{ ...valid.stages[0], endsOn: '2029-13-01' }] },
        ],
      },
      null,
      2,
    );
    const r = parseElectionsJson(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const lines = text.split('\n');
    const byPath = Object.fromEntries(r.issues.map((i) => [i.message.split(':')[0], i.line]));
    expect(lines[byPath['elections.1.regime']! - 1]).toContain('"regime": "X"');
    expect(lines[byPath['elections.1.stages.0.endsOn']! - 1]).toContain('2029-13-01');
  });

  it('reports duplicate ids and broken JSON with a line', () => {
    const dup = parseElectionsJson(JSON.stringify({ elections: [valid, valid] }, null, 2));
    expect(dup).toMatchObject({ ok: false, issues: [{ message: expect.stringContaining('duplicate id') }] });
    const broken = parseElectionsJson('{\n  "id": "x",\n  oops\n}');
    expect(broken).toMatchObject({ ok: false, issues: [{ line: 3 }] });
  });

  it('points at the lines of region codes the database does not know', () => {
    const text = JSON.stringify({ elections: [{ ...valid, regions: ['36', '36.99', '12'] }] }, null, 2);
    const r = parseElectionsJson(text);
    if (!r.ok) throw new Error('expected a valid file');
    const issues = regionIssues(text, r.value, ['36.99']);
    expect(issues).toHaveLength(1);
    expect(text.split('\n')[issues[0]!.line - 1]).toContain('"36.99"');
  });

  it('accepts the shipped Pilkada 2024 file: 37 provinces and 508 regencies/cities', () => {
    const r = parseElectionsJson(readFileSync(path.join(DATASETS_DIR, 'elections', 'pilkada-2024.json'), 'utf8'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const regions = r.value[0]!.regions;
    expect(regions.filter((c) => !c.includes('.'))).toHaveLength(37);
    expect(regions.filter((c) => c.includes('.'))).toHaveLength(508);
    expect(regions).not.toContain('34');
    expect(regions.some((c) => c.startsWith('31.'))).toBe(false);
    expect(regions).toEqual(expect.arrayContaining(['34.71', '31', '36.03', '36.71']));
  });
});
