// `npm run check` as tests, so that the type check runs beside the other tests instead of before them.
// `astro check` reports, file by file, what `tsc` reports for every file tsconfig.json includes (the
// same TypeScript, the same program) and the .astro components too; what tsc reports besides is
// about the whole project (the configuration, compiler options, global declarations): checked here
// from the same program, without type checking every file a second time.
import { spawn } from 'node:child_process';
import ts from 'typescript';
import { expect, it } from 'vitest';
import { astroEnvironment, PROJECT_ROOT } from '../support/build-site.mjs';

/** Run `astro check` in the project; resolves with its exit code and output. */
function astroCheck(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [`${PROJECT_ROOT}/node_modules/astro/astro.js`, 'check'],
      {
        cwd: PROJECT_ROOT,
        env: { ...astroEnvironment('/'), NO_COLOR: '1', FORCE_COLOR: '0' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** What `tsc --noEmit -p tsconfig.json` reports about the project as a whole, formatted as tsc does. */
function projectDiagnostics(): string {
  const host: ts.ParseConfigFileHost = {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  };
  const config = ts.getParsedCommandLineOfConfigFile(`${PROJECT_ROOT}/tsconfig.json`, {}, host)!;
  const program = ts.createProgram({
    rootNames: config.fileNames,
    options: config.options,
    projectReferences: config.projectReferences,
    configFileParsingDiagnostics: ts.getConfigFileParsingDiagnostics(config),
  });
  const diagnostics = [
    ...program.getConfigFileParsingDiagnostics(),
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
  ];
  return ts.formatDiagnostics(diagnostics, {
    getCanonicalFileName: (fileName) => fileName,
    getCurrentDirectory: () => PROJECT_ROOT,
    getNewLine: () => '\n',
  });
}

// astro check first: it writes the content collections' types that the program reads.
it('astro check finds no error in the .astro components or the TypeScript', async () => {
  const { code, output } = await astroCheck();
  expect(code, output).toBe(0);
});

it('tsc finds no error in the configuration, the compiler options or the global declarations', () => {
  expect(projectDiagnostics()).toBe('');
});
