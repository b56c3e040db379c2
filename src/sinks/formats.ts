// The graph file formats by name: a module of its own so the CLI can offer them without loading the serializers.
export const GRAPH_FORMATS = ['json', 'gexf', 'graphml'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];
