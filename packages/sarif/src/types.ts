/**
 * The parts of SARIF 2.1.0 the gate reads. Everything is optional and loosely typed on purpose:
 * the input comes from tools that bend the standard, and the code checks each value before use.
 */
export interface SarifLog {
  $schema?: string;
  version?: unknown;
  runs?: SarifRun[];
  [key: string]: unknown;
}

export interface SarifRun {
  tool?: { driver?: ToolComponent; extensions?: ToolComponent[] };
  results?: SarifResult[];
  artifacts?: { location?: ArtifactLocation }[];
  automationDetails?: { id?: string };
  originalUriBaseIds?: Record<string, ArtifactLocation>;
  [key: string]: unknown;
}

export interface ToolComponent {
  name?: string;
  guid?: string;
  version?: string;
  semanticVersion?: string;
  rules?: ReportingDescriptor[];
  [key: string]: unknown;
}

export interface ReportingDescriptor {
  id?: string;
  name?: string;
  shortDescription?: { text?: string };
  fullDescription?: { text?: string };
  helpUri?: string;
  defaultConfiguration?: { level?: unknown };
  properties?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface ToolComponentReference {
  index?: unknown;
  name?: unknown;
  guid?: unknown;
}

export interface ReportingDescriptorReference {
  id?: unknown;
  index?: unknown;
  guid?: unknown;
  toolComponent?: ToolComponentReference;
}

export interface ArtifactLocation {
  uri?: string;
  uriBaseId?: string;
  index?: number;
}

export interface SarifLocation {
  physicalLocation?: {
    artifactLocation?: ArtifactLocation;
    region?: { startLine?: number; startColumn?: number; endLine?: number; endColumn?: number };
  };
  [key: string]: unknown;
}

export interface Suppression {
  kind?: string;
  status?: unknown;
  justification?: string;
  [key: string]: unknown;
}

export interface SarifResult {
  ruleId?: unknown;
  ruleIndex?: unknown;
  rule?: ReportingDescriptorReference;
  level?: unknown;
  kind?: unknown;
  message?: { text?: string; markdown?: string; id?: string; arguments?: string[] };
  locations?: SarifLocation[];
  partialFingerprints?: Record<string, unknown>;
  fingerprints?: Record<string, unknown>;
  suppressions?: Suppression[];
  baselineState?: unknown;
  properties?: Record<string, unknown>;
  [key: string]: unknown;
}

/** SARIF result levels. */
export const LEVELS = ['error', 'warning', 'note', 'none'] as const;
export type Level = (typeof LEVELS)[number];
