// Checks the raw bytes of a campaign file before YAML sees them: size, binary content and
// UTF-8, so a hostile or accidental file gets a clear problem instead of garbage.

export const MAX_FILE_BYTES = 1024 * 1024;

export type Decoded =
  | { ok: true; text: string }
  | { ok: false; rule: 'file-too-large' | 'encoding'; message: string; offset: number; text: string };

const fatal = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

export function decodeCampaignBytes(content: Uint8Array | string, size?: number): Decoded {
  if (size !== undefined && size > MAX_FILE_BYTES) return tooLarge(size);
  if (typeof content === 'string') {
    const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
    return checkText(text, new TextEncoder().encode(content).length);
  }
  if (content.length > MAX_FILE_BYTES) return tooLarge(content.length);
  let text: string;
  try {
    text = fatal.decode(content);
  } catch {
    const loose = lenient.decode(content);
    const offset = Math.max(0, loose.indexOf('\uFFFD'));
    return {
      ok: false,
      rule: 'encoding',
      message:
        'This file is not valid UTF-8 text. Save it as UTF-8 in your editor (most editors offer "Save with encoding").',
      offset,
      text: loose,
    };
  }
  return checkText(text, content.length);
}

function checkText(text: string, bytes: number): Decoded {
  if (bytes > MAX_FILE_BYTES) return tooLarge(bytes);
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    return {
      ok: false,
      rule: 'encoding',
      message: 'This file contains binary data, not text. A campaign file is plain YAML text.',
      offset: nul,
      text,
    };
  }
  return { ok: true, text };
}

function tooLarge(bytes: number): Decoded {
  // In bytes, so a file just over the limit is visibly over it (1,048,577 is not "1.0 MiB").
  const mib = (bytes / MAX_FILE_BYTES).toFixed(1);
  const size = `${groupDigits(bytes)} bytes${mib === '1.0' ? '' : ` (${mib} MiB)`}`;
  return {
    ok: false,
    rule: 'file-too-large',
    message: `This file is ${size}; a campaign file may be at most ${groupDigits(MAX_FILE_BYTES)} bytes (1 MiB). Move long material to a linked document.`,
    offset: 0,
    text: '',
  };
}

/** 1048577 → "1,048,577", the same on every machine (no locale). */
function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}
