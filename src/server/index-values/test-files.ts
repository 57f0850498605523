/**
 * CSV files for the import tests (service, HTTP, CLI), on the test regions of
 * `seedTestRegions` and the default catalogue: 36 Banten, 36.03 Kab. Tangerang, 36.71 Kota Tangerang.
 */
const HEADER = 'region_code,indicator,value,source,date';

export const GOOD_CSV = [
  HEADER,
  '36.03,POLITIK_UANG_KAB,12,Bawaslu Banten,2024-06-01',
  '36.71,POLITIK_UANG_KAB,"3,5",Bawaslu Banten,2024-06-01',
  '36,PARTISIPASI_PEMILIH_PROV,81.2,KPU,2024-02-14',
  '',
].join('\n');

/** The same keys with new values and one more line: a re-import updates 3 and creates 1. */
export const GOOD_CSV_AGAIN = [
  HEADER,
  '36.03,POLITIK_UANG_KAB,14,Bawaslu Banten (revisi),2024-06-01',
  '36.71,POLITIK_UANG_KAB,4,Bawaslu Banten,2024-06-01',
  '36,PARTISIPASI_PEMILIH_PROV,80,KPU,2024-02-14',
  '36.04,POLITIK_UANG_KAB,0,Bawaslu Banten,2024-06-01',
  '',
].join('\n');

/** Each kind of line error once, between valid lines (2 and 12). */
export const BAD_CSV = [
  HEADER,
  '36.03,POLITIK_UANG_KAB,12,Bawaslu Banten,2024-06-01', // 2 valid
  '36.99,POLITIK_UANG_KAB,1,Bawaslu,2024-06-01', //        3 UNKNOWN_REGION
  '36.71,TIDAK_ADA,1,Bawaslu,2024-06-01', //               4 UNKNOWN_INDICATOR
  '36.03,POLITIK_UANG_KAB,13,Bawaslu Banten,2024-06-01', // 5 DUPLICATE of line 2
  '36.71,POLITIK_UANG_KAB,1.234.5,Bawaslu,2024-06-01', //  6 NOT_A_NUMBER
  '36,POLITIK_UANG_KAB,1,Bawaslu,2024-06-01', //           7 WRONG_LEVEL
  '36.04,POLITIK_UANG_KAB,2,Bawaslu,2024-02-30', //        8 BAD_DATE
  '36.04,POLITIK_UANG_KAB,2,,2024-06-01', //               9 EMPTY_SOURCE
  '3604,POLITIK_UANG_KAB,2,Bawaslu,2024-06-01', //         10 BAD_REGION_CODE
  '36.03,NETRALITAS_ASN_PER_10K_KAB,2,Bawaslu,2024-06-01', // 11 computed by Netra: not importable
  '36,PARTISIPASI_PEMILIH_PROV,81.2,KPU,2024-02-14', //     12 valid
  '',
].join('\n');

/** [line, code, column] of each problem of BAD_CSV, in order. */
export const BAD_CSV_PROBLEMS: [number, string, string | null][] = [
  [3, 'UNKNOWN_REGION', 'region_code'],
  [4, 'UNKNOWN_INDICATOR', 'indicator'],
  [5, 'DUPLICATE', null],
  [6, 'NOT_A_NUMBER', 'value'],
  [7, 'WRONG_LEVEL', 'region_code'],
  [8, 'BAD_DATE', 'date'],
  [9, 'EMPTY_SOURCE', 'source'],
  [10, 'BAD_REGION_CODE', 'region_code'],
  [11, 'UNKNOWN_INDICATOR', 'indicator'],
];
