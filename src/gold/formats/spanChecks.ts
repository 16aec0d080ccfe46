import { isAssertion, isLabel, type Assertion, type Label } from '../../engine/entity';
import { FormatError } from './annotatedDocument';

export function requireLabel(value: unknown, line?: number): Label {
  if (typeof value !== 'string' || !isLabel(value)) throw new FormatError(`unknown label ${JSON.stringify(value)}`, line);
  return value;
}

export function requireAssertion(value: unknown, what: string, line?: number): Assertion {
  if (typeof value !== 'string' || !isAssertion(value)) throw new FormatError(`${what}: unknown status ${JSON.stringify(value)}`, line);
  return value;
}

export function requireOffset(value: unknown, what: string, line?: number): number {
  if (!Number.isSafeInteger(value) || (value as number) < 0) throw new FormatError(`${what}: not an offset: ${JSON.stringify(value)}`, line);
  return value as number;
}

export function requireString(value: unknown, what: string, line?: number): string {
  if (typeof value !== 'string') throw new FormatError(`${what}: not a string`, line);
  return value;
}

export function requireObject(value: unknown, what: string, line?: number): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new FormatError(`${what}: not an object`, line);
  return value as Record<string, unknown>;
}
