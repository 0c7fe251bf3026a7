// The styling a text renderer may apply; adapters pass colours for a terminal, tests pass none.

export interface TextStyle {
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

const same = (s: string): string => s;

export const PLAIN: TextStyle = { red: same, yellow: same, green: same, dim: same, bold: same };

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
