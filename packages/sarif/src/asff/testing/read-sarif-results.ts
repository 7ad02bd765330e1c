// Test-only: turns a corpus SARIF file into AsffSourceResults, following the corpus README's
// counting rules, so converter tests run on real tool output. The production rule lookup lives in
// the gate (../../severity.ts); this deliberately independent copy is checked against MANIFEST.json.
import { readFileSync } from 'node:fs';
import type { Severity } from '@devsecops-gates/action-kit';
import type { AsffSourceResult } from '../types.js';

type Json = Record<string, unknown>;

const obj = (v: unknown): Json =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {};
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const int = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isInteger(v) ? v : undefined;

function score(rule: Json): number | undefined {
  const raw = obj(rule['properties'])['security-severity'];
  const n =
    typeof raw === 'number'
      ? raw
      : typeof raw === 'string' && raw.trim() !== ''
        ? Number(raw)
        : NaN;
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

function severityOf(level: string, s: number | undefined): Severity {
  if (s !== undefined) return s >= 9 ? 'critical' : s >= 7 ? 'high' : s >= 4 ? 'medium' : 'low';
  return level === 'error'
    ? 'high'
    : level === 'warning'
      ? 'medium'
      : level === 'note' || level === 'none'
        ? 'note'
        : 'medium';
}

export function readSarifResults(path: string): AsffSourceResult[] {
  return sarifLogResults(JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')));
}

export function sarifLogResults(parsed: unknown): AsffSourceResult[] {
  const log = obj(parsed);
  const out: AsffSourceResult[] = [];
  for (const run of arr(log['runs']).map(obj)) {
    const tool = obj(run['tool']);
    const driver = obj(tool['driver']);
    const extensions = arr(tool['extensions']).map(obj);
    const components = [driver, ...extensions];
    for (const result of arr(run['results']).map(obj)) {
      const ref = obj(result['rule']);
      const tc = obj(ref['toolComponent']);
      let component = driver;
      const tcIndex = int(tc['index']);
      if (tcIndex !== undefined) component = extensions[tcIndex] ?? driver;
      else if (str(tc['name']))
        component = components.find((c) => c['name'] === tc['name']) ?? driver;
      else if (str(tc['guid']))
        component = components.find((c) => c['guid'] === tc['guid']) ?? driver;
      const index = int(result['ruleIndex']) ?? int(ref['index']);
      const ruleId = str(result['ruleId']) ?? str(ref['id']);
      let rule: Json | undefined =
        index !== undefined ? obj(arr(component['rules'])[index]) : undefined;
      if (!rule || Object.keys(rule).length === 0) {
        rule = undefined;
        for (const c of components) {
          rule = arr(c['rules'])
            .map(obj)
            .find((r) => r['id'] === ruleId);
          if (rule) break;
        }
      }
      const r = rule ?? {};
      const level =
        str(result['level']) ?? str(obj(r['defaultConfiguration'])['level']) ?? 'warning';
      const s = score(r);
      const location = obj(obj(arr(result['locations'])[0])['physicalLocation']);
      const region = obj(location['region']);
      const suppressions = arr(result['suppressions']).map(obj);
      const file = str(obj(location['artifactLocation'])['uri']);
      const startLine = int(region['startLine']);
      const endLine = int(region['endLine']);
      const partial = obj(result['partialFingerprints']) as Record<string, string>;
      const fingerprint = Object.values(obj(result['fingerprints'])).find(
        (v): v is string => typeof v === 'string',
      );
      const toolVersion = str(driver['semanticVersion']) ?? str(driver['version']);
      const ruleName = str(r['name']);
      const ruleDescription =
        str(obj(r['shortDescription'])['text']) ?? str(obj(r['fullDescription'])['text']);
      const helpUri = str(r['helpUri']);
      const tags = arr(obj(r['properties'])['tags']).filter(
        (t): t is string => typeof t === 'string',
      );
      out.push({
        toolName: str(driver['name']) ?? 'unknown',
        ruleId: ruleId ?? str(r['id']) ?? 'unknown',
        message: str(obj(result['message'])['text']) ?? '',
        level,
        severity: severityOf(level, s),
        suppressed: suppressions.some(
          (x) => x['status'] === undefined || x['status'] === 'accepted',
        ),
        ...(toolVersion ? { toolVersion } : {}),
        ...(ruleName ? { ruleName } : {}),
        ...(ruleDescription ? { ruleDescription } : {}),
        ...(helpUri ? { helpUri } : {}),
        ...(s !== undefined ? { securitySeverity: s } : {}),
        ...(file ? { file } : {}),
        ...(startLine !== undefined ? { startLine } : {}),
        ...(endLine !== undefined ? { endLine } : {}),
        ...(Object.keys(partial).length > 0 ? { partialFingerprints: partial } : {}),
        ...(fingerprint ? { fingerprint } : {}),
        ...(tags.length > 0 ? { tags } : {}),
      });
    }
  }
  return out;
}
