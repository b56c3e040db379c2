// Colours per node label and edge type, shared by the GEXF and GraphML sinks and the reports' pictures.
import type { NodeLabel, RelationType } from '../schema/index.js';

export const LABEL_COLORS: Record<NodeLabel, string> = {
  Person: '#4e79a7',
  Party: '#e15759',
  Country: '#59a14f',
  Organization: '#f28e2b',
  Event: '#b07aa1',
};

export const TYPE_COLORS: Record<RelationType, string> = {
  CONGRATULATED: '#edc948',
  INVITED: '#76b7b2',
  ACCEPTED_INVITATION_OF: '#5b9c96',
  THANKED: '#ff9da7',
  PRAISED: '#f28e2b',
  VISITED: '#59a14f',
  HOSTED_VISIT_OF: '#8cd17d',
  HOLDS_POSITION: '#9c755f',
  BASED_IN: '#bab0ac',
  ORGANIZED: '#e15759',
  PARTICIPATED_IN: '#b07aa1',
  TOOK_PLACE_IN: '#d4a6c8',
};
