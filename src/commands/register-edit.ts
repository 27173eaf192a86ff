import type { Command } from 'commander';
import type { Io } from '../cli.js';
export function registerEditCommands(_program: Command, _io: Io, _setExitCode: (code: number) => void): void {}
