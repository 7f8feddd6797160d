/** Where a command writes; tests pass their own to capture the output. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stderr is a terminal, where `check` shows its progress. Default: not. */
  readonly stderrIsTerminal?: boolean;
}

export const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTerminal: process.stderr.isTTY === true,
};

/** The name the package installs its command under. */
export const COMMAND = "cdktf-ssl-tracking-domain";
