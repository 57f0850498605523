import {
  IndicatorValuesImportQuery,
  IndicatorValuesImportRequest,
  IndicatorValuesImportResult,
  MAX_INDICATOR_CSV_CHARS,
} from '../../../shared/api/index-values';
import { defineRoute } from '../../http/route';
import { importIndicatorValues } from '../../index-values/service';

export const importValues = defineRoute({
  method: 'POST',
  path: '/api/index/values/import',
  operationId: 'importIndicatorValues',
  summary:
    'Impor nilai indikator indeks kerawanan dari CSV (region_code,indicator,value,source,date); ada kesalahan → 400 ' +
    'VALIDATION_FAILED dengan details.problems dan tidak ada yang ditulis, kecuali force=true (hanya baris sah) / ' +
    'import vulnerability index indicator values from CSV; any problem → 400 VALIDATION_FAILED with details.problems ' +
    'and nothing written, unless force=true (valid lines only) (index.manage)',
  tags: ['index'],
  auth: 'officer',
  query: IndicatorValuesImportQuery,
  body: IndicatorValuesImportRequest,
  // The CSV travels as a JSON string: room for escaping on top of the file itself.
  bodyLimit: MAX_INDICATOR_CSV_CHARS + 4 * 1024 * 1024,
  response: IndicatorValuesImportResult,
  errors: ['PAYLOAD_TOO_LARGE'],
  handler: ({ deps, principal, actor, now, query, body }) =>
    importIndicatorValues(deps, actor, now, principal, { text: body.csv, force: query.force === 'true' }),
});
