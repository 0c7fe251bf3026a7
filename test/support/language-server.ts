// A minimal editor: runs the real yaml-language-server (the one VS Code's YAML extension, Neovim
// and others use) over stdio and speaks its protocol (LSP) with vscode-jsonrpc, as an editor
// does, so a test can open a campaign file and read the diagnostics an editor would show.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  severity?: number;
}

export interface LanguageServer {
  /** Opens (or changes) a file as an editor would and resolves with the diagnostics it shows. */
  diagnose(file: string, text: string): Promise<Diagnostic[]>;
  /** Sends the `yaml.schemas` setting, as an editor does when it reads .vscode/settings.json. */
  configure(schemas: Record<string, string | string[]>): Promise<void>;
  close(): Promise<void>;
}

const serverScript = path.join(
  path.dirname(createRequire(import.meta.url).resolve('yaml-language-server/package.json')),
  'bin',
  'yaml-language-server',
);

/**
 * Starts the server on a workspace folder with no schema settings yet (only modelines count)
 * and no schema store, so nothing is fetched.
 */
export async function startLanguageServer(workspace: string): Promise<LanguageServer> {
  const child: ChildProcess = spawn(process.execPath, [serverScript, '--stdio'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? workspace },
  });
  const connection = createMessageConnection(
    new StreamMessageReader(child.stdout!),
    new StreamMessageWriter(child.stdin!),
  );
  const settings = {
    yaml: {
      validate: true,
      schemas: {} as Record<string, string | string[]>,
      schemaStore: { enable: false },
      format: { enable: false },
    },
  };
  const waiting = new Map<string, (diagnostics: Diagnostic[]) => void>();
  connection.onNotification(
    'textDocument/publishDiagnostics',
    (params: { uri: string; diagnostics: Diagnostic[] }) => {
      waiting.get(params.uri)?.(params.diagnostics);
      waiting.delete(params.uri);
    },
  );
  // The server asks for the settings and registers capabilities; an editor answers each.
  connection.onRequest((method: string, params: unknown) => {
    if (method === 'workspace/configuration') {
      return (params as { items: { section?: string }[] }).items.map((item) =>
        item.section === 'yaml' ? settings.yaml : item.section?.startsWith('[yaml]') ? {} : null,
      );
    }
    return null;
  });
  connection.listen();
  const rootUri = pathToFileURL(workspace).href;
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: path.basename(workspace) }],
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
      textDocument: { publishDiagnostics: { relatedInformation: false } },
    },
  });
  await connection.sendNotification('initialized', {});
  await connection.sendNotification('workspace/didChangeConfiguration', { settings });

  const open = new Map<string, number>();
  return {
    async configure(schemas) {
      settings.yaml.schemas = schemas;
      await connection.sendNotification('workspace/didChangeConfiguration', { settings });
    },
    diagnose(file, text) {
      const uri = pathToFileURL(file).href;
      const found = new Promise<Diagnostic[]>((resolve) => waiting.set(uri, resolve));
      const version = (open.get(uri) ?? 0) + 1;
      if (version === 1) {
        void connection.sendNotification('textDocument/didOpen', {
          textDocument: { uri, languageId: 'yaml', version, text },
        });
      } else {
        void connection.sendNotification('textDocument/didChange', {
          textDocument: { uri, version },
          contentChanges: [{ text }],
        });
      }
      open.set(uri, version);
      return found;
    },
    async close() {
      await connection.sendRequest('shutdown').catch(() => undefined);
      await connection.sendNotification('exit').catch(() => undefined);
      connection.dispose();
      child.kill();
    },
  };
}
