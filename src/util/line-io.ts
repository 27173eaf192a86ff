// Output that never leaves a line open: when stdout's last text does not end its line,
// a line break goes to stdout before anything is written to stderr, and at the end of the
// run. On a terminal both streams share the screen, and a summary on stderr would
// otherwise run on from the last line of the data.

export interface Writers {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export interface LineIo extends Writers {
  /** Ends stdout's last line if it is open (call once the command is done). */
  finish: () => void;
}

export function lineKeeping(io: Writers): LineIo {
  let open = false;
  const close = (): void => {
    if (open) io.stdout('\n');
    open = false;
  };
  return {
    stdout: (text) => {
      if (text === '') return;
      io.stdout(text);
      open = !text.endsWith('\n');
    },
    stderr: (text) => {
      if (text === '') return;
      close();
      io.stderr(text);
    },
    finish: close,
  };
}
