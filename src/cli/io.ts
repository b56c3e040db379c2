// The CLI's output channels, injectable so tests run commands in-process and read what they print.
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Whether stderr is an interactive terminal (progress bars). */
  isTTY: boolean;
}

export const processIo: Io = {
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
  isTTY: !!process.stderr.isTTY,
};

/** Exit code a command handler reports back to run(). */
export class ExitCode {
  constructor(readonly code: number) {}
}
