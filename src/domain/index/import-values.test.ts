import { describe, expect, it } from 'vitest';
import { parseIndicatorValuesCsv, type ImportContext, type ImportProblemCode } from './import-values';

const ctx: ImportContext = {
  knownRegions: new Set(['31', '36', '36.03', '36.71', '36.03.01']),
  indicators: new Map([
    ['asn_violations', 'regency'],
    ['idi', 'province'],
  ]),
};

const HEADER = 'region_code,indicator,value,source,date';
const csv = (...lines: string[]) => lines.join('\n') + '\n';
const codes = (text: string) => parseIndicatorValuesCsv(text, ctx).problems.map((p) => [p.line, p.code]);

describe('parseIndicatorValuesCsv', () => {
  it('reads a valid file into rows with their lines', () => {
    const r = parseIndicatorValuesCsv(
      csv(HEADER, '36.03,asn_violations,12.5,Bawaslu Banten,2024-06-01', '36,idi,-3,"BPS, IDI 2023",2024-01-01'),
      ctx,
    );
    expect(r).toEqual({
      rows: [
        {
          line: 2,
          region: '36.03',
          indicator: 'asn_violations',
          value: 12.5,
          source: 'Bawaslu Banten',
          date: '2024-06-01',
        },
        { line: 3, region: '36', indicator: 'idi', value: -3, source: 'BPS, IDI 2023', date: '2024-01-01' },
      ],
      problems: [],
      counts: { lines: 2, valid: 2, withProblems: 0 },
    });
  });

  const ok = '36.03,asn_violations,1,Bawaslu,2024-06-01';
  it.each<[ImportProblemCode, string, (number | null)[]]>([
    ['MISSING_COLUMN', csv('region_code,indicator,value,source', '36.03,asn_violations,1,Bawaslu'), [1]],
    ['UNKNOWN_REGION', csv(HEADER, '36.99,asn_violations,1,Bawaslu,2024-06-01'), [2]],
    ['UNKNOWN_INDICATOR', csv(HEADER, '36.03,nope,1,Bawaslu,2024-06-01'), [2]],
    ['WRONG_LEVEL', csv(HEADER, '36,asn_violations,1,Bawaslu,2024-06-01'), [2]],
    ['DUPLICATE', csv(HEADER, ok, '36.71,asn_violations,1,Bawaslu,2024-06-01', ok), [4]],
    ['NOT_A_NUMBER', csv(HEADER, '36.03,asn_violations,abc,Bawaslu,2024-06-01'), [2]],
    ['BAD_DATE', csv(HEADER, '36.03,asn_violations,1,Bawaslu,2024-02-30'), [2]],
    ['EMPTY_SOURCE', csv(HEADER, '36.03,asn_violations,1,,2024-06-01'), [2]],
    ['SOURCE_TOO_LONG', csv(HEADER, `36.03,asn_violations,1,${'x'.repeat(1001)},2024-06-01`), [2]],
    ['BAD_REGION_CODE', csv(HEADER, '3603,asn_violations,1,Bawaslu,2024-06-01'), [2]],
    ['EMPTY_FILE', csv(HEADER), [null]],
    ['BAD_CSV', csv(HEADER, ok, '36.71,asn_violations,1,"Bawaslu,2024-06-01', ok), [3]],
  ])('a file with only %s reports it, on its line, and yields no row for it', (code, text, lines) => {
    const r = parseIndicatorValuesCsv(text, ctx);
    expect(r.problems.map((p) => [p.line, p.code])).toEqual(lines.map((l) => [l, code]));
    expect(r.problems[0]!.message).toContain(' / ');
    expect(r.rows.map((row) => row.line)).toEqual(code === 'DUPLICATE' ? [2, 3] : []);
  });

  it('reports each kind of line error in one file, with exact lines, and keeps only the valid rows', () => {
    const text = csv(
      HEADER,
      '36.03,asn_violations,12.5,Bawaslu,2024-06-01', //  2 valid
      '36.99,asn_violations,1,Bawaslu,2024-06-01', //     3 UNKNOWN_REGION
      '36.03,nope,1,Bawaslu,2024-06-01', //               4 UNKNOWN_INDICATOR
      '36,asn_violations,1,Bawaslu,2024-06-01', //        5 WRONG_LEVEL
      '36.03,asn_violations,7,BPS,2024-06-01', //         6 DUPLICATE of line 2
      '36.71,asn_violations,abc,Bawaslu,2024-06-01', //   7 NOT_A_NUMBER
      '36.71,asn_violations,"1.234,5",Bawaslu,2024-06-02', // 8 NOT_A_NUMBER (thousands separator)
      '36.71,asn_violations,3,Bawaslu,2024-02-30', //     9 BAD_DATE
      '36.71,asn_violations,3,,2024-06-03', //           10 EMPTY_SOURCE
      '3603,asn_violations,3,Bawaslu,2024-06-04', //     11 BAD_REGION_CODE
      '', //                                             12 blank, skipped
      '36,idi,"70,5",BPS,2024-01-01', //                 13 valid, decimal comma
      '36.71,asn_violations,,Bawaslu,1-6-2024', //       14 NOT_A_NUMBER and BAD_DATE
    );
    const r = parseIndicatorValuesCsv(text, ctx);
    expect(r.problems.map((p) => [p.line, p.code])).toEqual([
      [3, 'UNKNOWN_REGION'],
      [4, 'UNKNOWN_INDICATOR'],
      [5, 'WRONG_LEVEL'],
      [6, 'DUPLICATE'],
      [7, 'NOT_A_NUMBER'],
      [8, 'NOT_A_NUMBER'],
      [9, 'BAD_DATE'],
      [10, 'EMPTY_SOURCE'],
      [11, 'BAD_REGION_CODE'],
      [14, 'NOT_A_NUMBER'],
      [14, 'BAD_DATE'],
    ]);
    expect(r.rows.map((row) => [row.line, row.value])).toEqual([
      [2, 12.5],
      [13, 70.5],
    ]);
    expect(r.counts).toEqual({ lines: 12, valid: 2, withProblems: 10 });
    const byLine = new Map(r.problems.map((p) => [p.line, p]));
    expect(byLine.get(6)).toMatchObject({ column: null, value: '36.03,asn_violations,2024-06-01' });
    expect(byLine.get(6)!.message).toContain('line 2');
    expect(byLine.get(8)).toMatchObject({ column: 'value', value: '1.234,5' });
    expect(byLine.get(8)!.message).toContain('write plain numbers');
    expect(byLine.get(11)).toMatchObject({ column: 'region_code', value: '3603' });
  });

  it('names the missing columns once, and returns no row', () => {
    const r = parseIndicatorValuesCsv(csv('region_code,indicator,nilai', '36.03,asn_violations,1'), ctx);
    expect(r.rows).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ line: 1, code: 'MISSING_COLUMN', column: 'source,date' });
    expect(r.counts).toEqual({ lines: 1, valid: 0, withProblems: 0 });
  });

  it('refuses a header naming a column twice, and a file with nothing in it', () => {
    expect(
      codes(csv('region_code,indicator,value,nilai,source,date', '36.03,asn_violations,1,2,Bawaslu,2024-06-01')),
    ).toEqual([[1, 'DUPLICATE']]);
    expect(codes('')).toEqual([[null, 'EMPTY_FILE']]);
    expect(codes('\uFEFF\r\n  \r\n')).toEqual([[null, 'EMPTY_FILE']]);
  });

  it('points at the line of a misplaced or unclosed quote', () => {
    const ok = '36.03,asn_violations,1,Bawaslu,2024-06-01';
    expect(codes(csv(HEADER, ok, '', '36.71,asn_violations,1,"Bawaslu" Banten,2024-06-01', ok))).toEqual([
      [4, 'BAD_CSV'],
    ]);
    expect(codes(csv(HEADER, ok, '', '36.71,asn_violations,1,"Bawaslu', ok, ok).replace(/\n/g, '\r\n'))).toEqual([
      [4, 'BAD_CSV'],
    ]);
  });

  it('reads a UTF-8 BOM and CRLF line ends, skipping blank and all-empty lines', () => {
    const text =
      '\uFEFF' +
      [
        HEADER,
        '36.03,asn_violations,"12,5",Bawaslu,2024-06-01',
        '',
        ',,,,',
        '36.71,asn_violations,x,Bawaslu,2024-06-01',
        '',
      ].join('\r\n');
    const r = parseIndicatorValuesCsv(text, ctx);
    expect(r.rows).toEqual([
      { line: 2, region: '36.03', indicator: 'asn_violations', value: 12.5, source: 'Bawaslu', date: '2024-06-01' },
    ]);
    expect(r.problems.map((p) => [p.line, p.code, p.value])).toEqual([[5, 'NOT_A_NUMBER', 'x']]);
    expect(r.counts).toEqual({ lines: 2, valid: 1, withProblems: 1 });
  });

  it('takes Indonesian header names in any case and order, ignoring extra columns', () => {
    const r = parseIndicatorValuesCsv(
      csv(
        ' Tanggal ,Kode Wilayah,INDIKATOR,Nilai,Sumber,Catatan',
        '2024-06-01,36.03,asn_violations,4,Bawaslu,cek ulang',
      ),
      ctx,
    );
    expect(r.problems).toEqual([]);
    expect(r.rows).toEqual([
      { line: 2, region: '36.03', indicator: 'asn_violations', value: 4, source: 'Bawaslu', date: '2024-06-01' },
    ]);
  });

  it('reads semicolon-separated files (Excel with Indonesian settings), where the decimal comma needs no quotes', () => {
    const r = parseIndicatorValuesCsv(
      csv('kode_wilayah;indikator;nilai;sumber;tanggal', '36.03;asn_violations;12,5;Bawaslu, Banten;2024-06-01'),
      ctx,
    );
    expect(r.problems).toEqual([]);
    expect(r.rows[0]).toMatchObject({ value: 12.5, source: 'Bawaslu, Banten' });
  });

  it.each([
    ['12.5', 12.5],
    ['12,5', 12.5],
    ['-3', -3],
    ['0', 0],
    ['-0', 0],
    ['007', 7],
    ['0,25', 0.25],
  ])('reads the value %s as %d', (text, value) => {
    const r = parseIndicatorValuesCsv(csv(HEADER, `36.03,asn_violations,"${text}",Bawaslu,2024-06-01`), ctx);
    expect(r.rows.map((row) => row.value)).toEqual([value]);
  });

  it.each([
    'abc',
    '1.234,5',
    '1,234.5',
    '1.234.567',
    '',
    'NaN',
    'Infinity',
    '-Infinity',
    '1e3',
    '+3',
    '12.',
    '.5',
    '12 5',
    '0x10',
  ])('refuses the value "%s"', (text) => {
    expect(codes(csv(HEADER, `36.03,asn_violations,"${text}",Bawaslu,2024-06-01`))).toEqual([[2, 'NOT_A_NUMBER']]);
  });

  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-02-30', false],
    ['2024-13-01', false],
    ['2024-6-1', false],
    ['01-06-2024', false],
    ['', false],
  ])('date %s accepted: %s', (date, accepted) => {
    expect(codes(csv(HEADER, `36.03,asn_violations,1,Bawaslu,${date}`))).toEqual(accepted ? [] : [[2, 'BAD_DATE']]);
  });

  it('checks region codes: format first, then known, then the indicator level', () => {
    const text = csv(
      HEADER,
      '36.3,asn_violations,1,Bawaslu,2024-06-01',
      ',asn_violations,1,Bawaslu,2024-06-01',
      '36.03.01,asn_violations,1,Bawaslu,2024-06-01',
      '36.98,idi,1,Bawaslu,2024-06-01',
      '36.03,idi,1,Bawaslu,2024-06-01',
      '31,idi,1,Bawaslu,2024-06-01',
    );
    expect(codes(text)).toEqual([
      [2, 'BAD_REGION_CODE'],
      [3, 'BAD_REGION_CODE'],
      [4, 'WRONG_LEVEL'],
      [5, 'UNKNOWN_REGION'],
      [6, 'WRONG_LEVEL'],
    ]);
  });

  it('matches indicator codes case-insensitively and stores the catalogue spelling', () => {
    const r = parseIndicatorValuesCsv(csv(HEADER, '36,IDI,1,BPS,2024-06-01'), ctx);
    expect(r.rows.map((row) => row.indicator)).toEqual(['idi']);
  });

  it('keys duplicates on region, indicator and date only', () => {
    const text = csv(
      HEADER,
      '36.03,asn_violations,1,Bawaslu,2024-06-01',
      '36.03,asn_violations,1,Bawaslu,2024-06-02',
      '36.71,asn_violations,1,Bawaslu,2024-06-01',
      '36.03,ASN_VIOLATIONS,2,KPU,2024-06-02',
    );
    const r = parseIndicatorValuesCsv(text, ctx);
    expect(r.problems.map((p) => [p.line, p.code])).toEqual([[5, 'DUPLICATE']]);
    expect(r.problems[0]!.message).toContain('baris 3');
  });

  it('numbers lines from where a record starts when a quoted source spans lines', () => {
    const text = csv(
      HEADER,
      '36.03,asn_violations,1,"Bawaslu',
      'Banten",2024-06-01',
      '36.71,asn_violations,x,Bawaslu,2024-06-01',
    );
    const crlf = text.replace(/\n/g, '\r\n');
    for (const t of [text, crlf]) {
      const r = parseIndicatorValuesCsv(t, ctx);
      expect(r.rows.map((row) => [row.line, row.source])).toEqual([[2, 'Bawaslu\nBanten']]);
      expect(r.problems.map((p) => [p.line, p.code])).toEqual([[4, 'NOT_A_NUMBER']]);
    }
  });

  it('parses 10,000 rows', () => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const regencies = Array.from({ length: 100 }, (_, i) => `${11 + Math.floor(i / 50)}.${pad((i % 50) + 1)}`);
    const lines = [HEADER];
    for (let d = 0; d < 100; d++) {
      const date = `2024-${pad(Math.floor(d / 28) + 1)}-${pad((d % 28) + 1)}`;
      for (const code of regencies) lines.push(`${code},asn_violations,"${d},5",Bawaslu,${date}`);
    }
    const r = parseIndicatorValuesCsv(lines.join('\n'), {
      knownRegions: new Set(regencies),
      indicators: ctx.indicators,
    });
    expect(r.problems).toEqual([]);
    expect(r.counts).toEqual({ lines: 10_000, valid: 10_000, withProblems: 0 });
    expect(r.rows[9_999]).toEqual({
      line: 10_001,
      region: '12.50',
      indicator: 'asn_violations',
      value: 99.5,
      source: 'Bawaslu',
      date: '2024-04-16',
    });
  });
});
