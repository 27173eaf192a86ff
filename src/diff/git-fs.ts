// A plan folder as it was at a git revision, read through git itself: no checkout, the
// work tree and the index untouched. git runs with an argument array, never a shell, and
// a revision is resolved to a commit before anything else sees it.

import { createRequire } from 'node:module';
import { realpathSync } from 'node:fs';
import { isAbsolute, posix, relative, resolve, sep } from 'node:path';
import type { PlanFs } from '../load/plan-fs.js';
import { UsageError } from '../util/errors.js';

/** Far above the largest plan file the loader accepts (64 MiB); bounds what git may hand back. */
const MAX_GIT_OUTPUT = 128 * 1024 * 1024;
/** Symbolic links followed in a row before giving up (as the kernel does, roughly). */
const MAX_LINKS = 40;
const LINK_MODE = '120000';

export interface GitRepository {
  /** The work tree's top folder, symbolic links resolved. */
  topLevel: string;
}

/**
 * node:child_process, loaded on first use: with it come net, dgram and the stream wrappers,
 * about 3 ms of every start of every command, and only `plan diff` needs it. (Any absolute
 * path serves createRequire for a built-in.)
 */
let childProcess: typeof import('node:child_process') | undefined;
const loadChildProcess = (): typeof import('node:child_process') => (childProcess ??= createRequire(process.execPath)('node:child_process'));

type GitResult = { ok: true; stdout: Buffer } | { ok: false; stderr: string };

function git(args: string[], cwd: string): GitResult {
  try {
    const stdout = loadChildProcess().execFileSync('git', ['--literal-pathspecs', ...args], { cwd, maxBuffer: MAX_GIT_OUTPUT, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    return { ok: true, stdout };
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: Buffer | string };
    if (failure.code === 'ENOENT') throw new UsageError('git is not installed (or not on PATH); it is needed to read a plan at a git revision');
    if (failure.code === 'ENOBUFS') throw new UsageError(`git printed more than ${MAX_GIT_OUTPUT} bytes for \`git ${args.join(' ')}\``);
    return { ok: false, stderr: String(failure.stderr ?? failure.message).trim() };
  }
}

/** The repository the working folder is in, or why there is none (git's own words). */
export function findRepository(cwd: string): GitRepository | { problem: string } {
  const result = git(['rev-parse', '--show-toplevel'], cwd);
  const topLevel = result.ok ? result.stdout.toString('utf8').trim() : '';
  if (!topLevel) return { problem: result.ok ? 'not inside a work tree' : (result.stderr.split('\n')[0] ?? '').replace(/^fatal: /, '') };
  return { topLevel: realpathSync(topLevel) };
}

/** The commit a revision names (HEAD~1, main, origin/main, a tag, a hash), or null. */
export function resolveCommit(repository: GitRepository, revision: string): string | null {
  // A leading dash would read as an option; nothing that names a revision starts with one.
  if (revision === '' || revision.startsWith('-') || /[\0\n]/.test(revision)) return null;
  const result = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], repository.topLevel);
  if (!result.ok) return null;
  const commit = result.stdout.toString('utf8').trim();
  return /^[0-9a-f]{40,64}$/.test(commit) ? commit : null;
}

/** Where a folder of the work tree sits in the repository, as a git path ('' for the top), or null outside it. */
export function pathInRepository(repository: GitRepository, folder: string): string | null {
  let real: string;
  try {
    real = realpathSync(folder);
  } catch {
    real = resolve(folder);
  }
  const rel = relative(repository.topLevel, real);
  if (rel.startsWith('..') || isAbsolute(rel)) return null;
  return rel.split(sep).join('/');
}

interface Entry {
  mode: string;
  object: string;
  size: number;
}

/**
 * The files under `folderInRepository` at `commit`, seen at `mountPoint`: the path the
 * same folder has in the work tree, so that findings and annotations name the files a
 * person would open.
 */
export function gitPlanFs(repository: GitRepository, commit: string, folderInRepository: string, mountPoint: string): PlanFs {
  const listed = git(['ls-tree', '-r', '-l', '-z', commit, ...(folderInRepository === '' ? [] : ['--', folderInRepository])], repository.topLevel);
  if (!listed.ok) throw new UsageError(`git cannot list ${folderInRepository || '.'} at ${commit.slice(0, 12)}: ${listed.stderr}`);
  const entries = new Map<string, Entry>();
  const directories = new Set<string>(['']);
  for (const record of listed.stdout.toString('utf8').split('\0')) {
    const tab = record.indexOf('\t');
    if (tab === -1) continue;
    const [mode = '', type = '', object = '', size = ''] = record.slice(0, tab).split(/ +/);
    const path = record.slice(tab + 1);
    // Submodules (commits) are not files of the plan.
    if (type !== 'blob') continue;
    entries.set(path, { mode, object, size: Number(size) });
    for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1)) directories.add(path.slice(0, slash));
  }
  const linkTargets = new Map<string, string>();
  const readObject = (object: string): Buffer => {
    const result = git(['cat-file', 'blob', object], repository.topLevel);
    if (!result.ok) throw new Error(`git cannot read object ${object}: ${result.stderr}`);
    return result.stdout;
  };

  /** A work-tree path → its git path, or null outside the repository. */
  const toGit = (path: string): string | null => {
    const rel = relative(mountPoint, resolve(path)).split(sep).join('/');
    const joined = posix.normalize(posix.join(folderInRepository === '' ? '.' : folderInRepository, rel === '' ? '.' : rel));
    if (joined === '..' || joined.startsWith('../') || posix.isAbsolute(joined)) return null;
    return joined === '.' ? '' : joined;
  };
  const toMount = (gitPath: string): string => resolve(mountPoint, posix.relative(folderInRepository, gitPath));

  /** The git path with symbolic links resolved, as far as the listing reaches; a link out of the repository gives the absolute path it names. */
  const follow = (gitPath: string): string | { outside: string } => {
    let current = gitPath;
    for (let hops = 0; hops <= MAX_LINKS; hops++) {
      const parts = current === '' ? [] : current.split('/');
      let linked = false;
      for (let depth = 1; depth <= parts.length; depth++) {
        const prefix = parts.slice(0, depth).join('/');
        const entry = entries.get(prefix);
        if (!entry || entry.mode !== LINK_MODE) continue;
        let target = linkTargets.get(prefix);
        if (target === undefined) {
          target = readObject(entry.object).toString('utf8');
          linkTargets.set(prefix, target);
        }
        const rest = parts.slice(depth).join('/');
        if (posix.isAbsolute(target)) return { outside: posix.join(target, rest) };
        const joined = posix.normalize(posix.join(posix.dirname(prefix), target, rest));
        if (joined === '..' || joined.startsWith('../')) return { outside: resolve(repository.topLevel, joined) };
        current = joined === '.' ? '' : joined;
        linked = true;
        break;
      }
      if (!linked) return current;
    }
    return { outside: resolve(repository.topLevel, current) };
  };
  const realGitPath = (path: string): string | null => {
    const gitPath = toGit(path);
    if (gitPath === null) return null;
    const real = follow(gitPath);
    return typeof real === 'string' ? real : null;
  };
  const fileEntry = (path: string): Entry | null => {
    const real = realGitPath(path);
    const entry = real === null ? undefined : entries.get(real);
    return entry && entry.mode !== LINK_MODE ? entry : null;
  };
  const isDirectory = (path: string): boolean => {
    const real = realGitPath(path);
    return real !== null && directories.has(real);
  };

  const isListed = (gitPath: string): boolean => folderInRepository === '' || gitPath === folderInRepository || gitPath.startsWith(`${folderInRepository}/`);
  /** A link out of the listed folder still names something that exists (or not) in the commit. */
  const existsElsewhere = (path: string): boolean => {
    const real = realGitPath(path);
    return real !== null && !isListed(real) && git(['cat-file', '-e', `${commit}:${real}`], repository.topLevel).ok;
  };

  return {
    exists: (path) => fileEntry(path) !== null || isDirectory(path) || existsElsewhere(path),
    isDirectory,
    size: (path) => {
      const entry = fileEntry(path);
      if (!entry) throw Object.assign(new Error(`no such file at ${commit.slice(0, 12)}`), { code: 'ENOENT' });
      return entry.size;
    },
    read: (path) => {
      const entry = fileEntry(path);
      if (!entry) throw Object.assign(new Error(`no such file at ${commit.slice(0, 12)}`), { code: 'ENOENT' });
      return readObject(entry.object);
    },
    realpath: (path) => {
      const gitPath = toGit(path);
      if (gitPath === null) return resolve(path);
      const real = follow(gitPath);
      return typeof real === 'string' ? toMount(real) : real.outside;
    },
  };
}
