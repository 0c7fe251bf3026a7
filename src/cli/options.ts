// Shared parsing of option values, so every command says the same thing about a bad value.
import { isIsoDate } from '../core/dates.js';
import { UsageError, type CommandContext } from './command.js';

export function stringOption(ctx: CommandContext, name: string): string | undefined {
  const v = ctx.values[name];
  if (Array.isArray(v)) return v.length ? String(v[v.length - 1]) : undefined;
  return typeof v === 'string' ? v : undefined;
}

export function listOption(ctx: CommandContext, name: string): string[] {
  const v = ctx.values[name];
  const items = v === undefined ? [] : Array.isArray(v) ? v : [v];
  return items
    .map(String)
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
}

export function todayOption(ctx: CommandContext): string {
  const v = stringOption(ctx, 'today');
  if (v === undefined) return ctx.io.today;
  if (!isIsoDate(v)) throw new UsageError(`Invalid --today '${v}': expected a date like 2026-03-01.`);
  return v;
}

export function wholeNumberOption(ctx: CommandContext, name: string, fallback: number, min = 0): number {
  const v = stringOption(ctx, name);
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v) || Number(v) < min) {
    throw new UsageError(
      `Invalid --${name} '${v}': expected a whole number${min > 0 ? ` of at least ${min}` : ''}.`,
    );
  }
  return Number(v);
}
