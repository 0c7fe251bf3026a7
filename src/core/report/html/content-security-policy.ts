// The page's Content-Security-Policy: nothing may load from anywhere, and only our own inline
// style and script run — pinned by their SHA-256 hashes, so even injected inline code could not.

export async function contentSecurityPolicy(style: string, script: string): Promise<string> {
  return [
    "default-src 'none'",
    `style-src '${await sha256(style)}'`,
    `script-src '${await sha256(script)}'`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

// Web Crypto is a global in Node 20 and in browsers: no Node import, so the core stays pure.
async function sha256(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}
