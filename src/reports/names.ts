// The report names: a module of its own so the CLI can offer them without loading the reports.
import type { ReportName } from './index.js';

export const REPORT_NAMES: readonly ReportName[] = ['dyad', 'actor', 'matrix', 'timeline', 'network'];
