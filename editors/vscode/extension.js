// GTM Plan for VS Code: starts `gtm lsp` (the command from the settings) for .gtm files.
// Plain JavaScript on purpose: no build step; vsce packages this file and node_modules.
'use strict';
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function serverOptions() {
  const config = vscode.workspace.getConfiguration('gtmPlan.server');
  const command = config.get('command', 'gtm');
  const args = config.get('args', ['lsp']);
  // `./gtm` may build the tool on its first run: start it from the workspace folder so a
  // relative command (./gtm in the clone itself) works too.
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  const options = folder ? { cwd: folder.uri.fsPath } : {};
  return { command, args, options };
}

async function start(context) {
  client = new LanguageClient('gtmPlan', 'GTM Plan', serverOptions(), {
    documentSelector: [{ scheme: 'file', language: 'gtm' }, { scheme: 'untitled', language: 'gtm' }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.gtm') },
  });
  await client.start();
}

async function stop() {
  if (client) {
    const c = client;
    client = undefined;
    await c.stop();
  }
}

async function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand('gtmPlan.restartServer', async () => {
      await stop();
      await start(context);
    }),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration('gtmPlan.server')) {
        await stop();
        await start(context);
      }
    }),
  );
  try {
    await start(context);
  } catch (err) {
    vscode.window.showErrorMessage(
      `GTM Plan: could not start the language server (${serverOptions().command} ${serverOptions().args.join(' ')}): ${err.message}. ` +
        'Set "gtmPlan.server.command" to the gtm script of your clone.');
  }
}

function deactivate() {
  return stop();
}

module.exports = { activate, deactivate };
