import type { AnyRoute } from '../../http/route';
import { listCasesRoute } from './list-cases';
import { caseWorkload } from './workload';
import { getCaseRoute } from './get-case';
import { transitionCaseRoute } from './transition-case';
import { mergeCasesRoute } from './merge-cases';
import { delegateCaseRoute } from './delegate-case';
import { forwardCaseRoute } from './forward-case';
import { recordFollowUpRoute } from './record-follow-up';
import { listForwardingsRoute } from './list-forwardings';
import { openGakkumduRoute } from './open-gakkumdu';
import { addDiscussionRoute } from './add-discussion';
import { moveGakkumduStageRoute } from './move-gakkumdu-stage';
import { listGakkumduRoute } from './list-gakkumdu';
import { issueDocumentRoute } from './issue-document';
import { downloadDocumentRoute } from './download-document';

/** Case handling: inbox, case page, commands, forwardings, Sentra Gakkumdu, documents. */
export const casesRoutes: AnyRoute[] = [
  listCasesRoute,
  caseWorkload,
  getCaseRoute,
  transitionCaseRoute,
  mergeCasesRoute,
  delegateCaseRoute,
  forwardCaseRoute,
  recordFollowUpRoute,
  listForwardingsRoute,
  openGakkumduRoute,
  addDiscussionRoute,
  moveGakkumduStageRoute,
  listGakkumduRoute,
  issueDocumentRoute,
  downloadDocumentRoute,
];
