/** Case handling, pure (DOMAIN.md §1–5): the procedure, deadlines, routing, sanctions, register numbers. */
export {
  allowedCommands,
  decide,
  isTerminal,
  mayOverride,
  MIN_NOT_REGISTERED_NOTE,
  type CaseCommand,
  type CaseSnapshot,
  type CommandContext,
  type Transition,
} from './state-machine';
export {
  computeDeadline,
  deadlineState,
  explainDeadline,
  EXTENSION_OF,
  ruleFor,
  startDateOf,
  type DeadlineExplanation,
  type DeadlineInput,
  type DeadlineResult,
  type DeadlineRule,
  type RuleSummary,
} from './deadlines';
export {
  liabilityFor,
  routeFor,
  tracksFor,
  type Liability,
  type LiabilityRule,
  type Route,
  type RoutingRule,
  type Track,
} from './routing';
export { checkFollowUp, checkSanction, sanctionsFor, type FollowUpProblem, type SanctionEntry } from './sanctions';
export {
  DEFAULT_REGISTER_TEMPLATE,
  electionCodeOf,
  formatRegisterNumber,
  validateRegisterTemplate,
  type ElectionCode,
  type RegisterNumberValues,
} from './register-number';
