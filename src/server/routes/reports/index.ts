import type { AnyRoute } from '../../http/route';
import { downloadEvidence } from './download-evidence';
import { getReport } from './get-report';
import { listReports } from './list-reports';
import { receiptPdf } from './receipt-pdf';
import { revealIdentity } from './reveal-identity';
import { routeReport } from './route-report';
import { submitFinding } from './submit-finding';
import { submitReport } from './submit-report';
import { submitTip } from './submit-tip';
import { submitWalkIn } from './submit-walk-in';
import { track } from './track';
import { withdraw } from './withdraw';

export const reportsRoutes: AnyRoute[] = [
  submitReport,
  submitTip,
  track,
  withdraw,
  receiptPdf,
  listReports,
  submitWalkIn,
  submitFinding,
  getReport,
  revealIdentity,
  routeReport,
  downloadEvidence,
];
