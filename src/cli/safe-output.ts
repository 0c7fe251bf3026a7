// Every line the CLI prints passes here, so campaign text or a typed value can never become a
// workflow command on a CI runner or an escape sequence on a terminal (core/render/terminal-text).
// Output is guarded per line, so it is buffered until a line is complete; flush() ends it.
import { guardJsonText, guardLine } from '../core/render/terminal-text.js';

export type OutputKind = 'text' | 'json' | 'workflow-commands';

export interface SafeStream {
  write(text: string): void;
  flush(): void;
}

/**
 * A stream that writes guarded lines to `write`. Text is guarded line by line; JSON only for the
 * legacy `##[` (its own escaping covers the rest); workflow commands are already escaped data
 * and pass as they are.
 */
export function safeStream(write: (text: string) => void, kind: OutputKind, colour = false): SafeStream {
  if (kind === 'workflow-commands') return { write, flush: () => undefined };
  let pending = '';
  const guard = kind === 'json' ? guardJsonText : (line: string) => guardLine(line, colour);
  return {
    write(text) {
      pending += text;
      const end = pending.lastIndexOf('\n');
      if (end < 0) return;
      const complete = pending.slice(0, end);
      pending = pending.slice(end + 1);
      write(complete.split('\n').map(guard).join('\n') + '\n');
    },
    flush() {
      if (pending === '') return;
      const rest = pending;
      pending = '';
      write(guard(rest));
    },
  };
}
