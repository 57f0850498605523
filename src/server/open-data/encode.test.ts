import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { OPEN_CASE_COLUMNS, type OpenCaseRow } from '../../shared/api/open-data';
import { csvField, csvHeader, csvLines, jsonArrayClose, jsonArrayOpen, jsonLines } from './encode';
import { publicRef } from './service';

const row = (over: Partial<OpenCaseRow> = {}): OpenCaseRow => ({
  ref: '0123456789abcdef',
  kind: 'REPORT',
  regime: 'PILKADA',
  electionId: 'pilkada-2024',
  provinceCode: '36',
  regencyCode: '36.03',
  receivedOn: '2024-11-18',
  registeredOn: null,
  closedOn: null,
  status: 'RECEIVED',
  categories: [],
  subjectTypes: ['CAMAT'],
  acts: ['FOTO_BERSAMA', 'HADIR_KAMPANYE'],
  ...over,
});

describe('open-data encoders', () => {
  it.each([
    [null, ''],
    ['PNS', 'PNS'],
    [[], ''],
    [['A', 'B'], 'A|B'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
  ] as const)('csvField(%j) = %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('writes CRLF lines that csv-parse reads back', () => {
    const rows = [row(), row({ electionId: 'odd, "quoted"\nvalue', registeredOn: '2024-11-19' })];
    const text = csvHeader() + csvLines(rows);
    expect(text.split('\r\n')[1]).toBe(
      '0123456789abcdef,REPORT,PILKADA,pilkada-2024,36,36.03,2024-11-18,,,RECEIVED,,CAMAT,FOTO_BERSAMA|HADIR_KAMPANYE',
    );
    const parsed = parse(text, { columns: true }) as Record<string, string>[];
    expect(Object.keys(parsed[0]!)).toEqual(OPEN_CASE_COLUMNS);
    expect(parsed[1]!.electionId).toBe('odd, "quoted"\nvalue');
    expect(parsed[1]!.registeredOn).toBe('2024-11-19');
  });

  it('writes one JSON array across pages, also when empty', () => {
    const pages = [[row(), row({ ref: 'fedcba9876543210' })], [row({ status: 'CLOSED' })]];
    const text = jsonArrayOpen + pages.map((p, i) => jsonLines(p, i === 0)).join('') + jsonArrayClose;
    const parsed = JSON.parse(text) as OpenCaseRow[];
    expect(parsed.map((r) => r.ref)).toEqual(['0123456789abcdef', 'fedcba9876543210', '0123456789abcdef']);
    expect(parsed[2]!.status).toBe('CLOSED');
    expect(text.split('\n')).toEqual(['[', expect.any(String), expect.any(String), expect.any(String), ']', '']);
    expect(JSON.parse(jsonArrayOpen + jsonArrayClose)).toEqual([]);
  });

  it('gives a stable 16-hex public reference that is not the id', () => {
    const id = '6f1b2c3d-0000-4000-8000-000000000001';
    expect(publicRef(id)).toMatch(/^[0-9a-f]{16}$/);
    expect(publicRef(id)).toBe(publicRef(id));
    expect(publicRef(id)).not.toBe(publicRef(id.replace(/1$/, '2')));
    expect(id.replaceAll('-', '')).not.toContain(publicRef(id));
  });
});
