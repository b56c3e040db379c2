// Relationship reports: pure functions (graph, options) => data; the CLI and the formatters only present them.
import type { KnowledgeGraph } from '../graph/index.js';
import { actorReport, type ActorOptions, type ActorReport } from './actor.js';
import { dyadReport, type DyadOptions, type DyadReport } from './dyad.js';
import { matrixReport, type MatrixOptions, type MatrixReport } from './matrix.js';
import { networkReport, type NetworkOptions, type NetworkReport } from './network.js';
import { timelineReport, type TimelineOptions, type TimelineReport } from './timeline.js';

export { ACT_TYPES, allActs, allMeetings, type Act, type EvidenceRef, type Meeting, type NodeRef } from './acts.js';
export { countryMap, countryMembers } from './countries.js';
export { NameError, resolveNode } from './resolve.js';
export { actorReport, dyadReport, matrixReport, networkReport, timelineReport };
export type { ActorOptions, ActorReport, DyadOptions, DyadReport, MatrixOptions, MatrixReport, NetworkOptions, NetworkReport, TimelineOptions, TimelineReport };
export type { Counterpart, Position } from './actor.js';
export type { DyadSide } from './dyad.js';
export type { NetworkActor } from './network.js';
export type { TimelineEntry } from './timeline.js';

/** Any report's data; `report` tells which. */
export type Report = DyadReport | ActorReport | MatrixReport | TimelineReport | NetworkReport;
export type ReportName = Report['report'];
export { REPORT_NAMES } from './names.js';

/** Options of every report, by name. */
export interface ReportOptions {
  dyad: DyadOptions;
  actor: ActorOptions;
  matrix: MatrixOptions;
  timeline: TimelineOptions;
  network: NetworkOptions;
}

/** Runs the named report. */
export function runReport<N extends ReportName>(graph: KnowledgeGraph, name: N, options: ReportOptions[N]): Report {
  switch (name) {
    case 'dyad':
      return dyadReport(graph, options as DyadOptions);
    case 'actor':
      return actorReport(graph, options as ActorOptions);
    case 'matrix':
      return matrixReport(graph, options as MatrixOptions);
    case 'timeline':
      return timelineReport(graph, options as TimelineOptions);
    default:
      return networkReport(graph, options as NetworkOptions);
  }
}
