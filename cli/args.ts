/** Parses `[--published YYYY-MM-DD] FILE...`; returns an error message instead of throwing. */
export interface CliArgs {
  published: string | null;
  files: string[];
  help: boolean;
}

export function parseArgs(args: readonly string[]): CliArgs | string {
  const parsed: CliArgs = { published: null, files: [], help: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--published' || arg.startsWith('--published=')) {
      const value = arg === '--published' ? args[++i] : arg.slice('--published='.length);
      if (!value || !isIsoDate(value))
        return `--published needs a date as YYYY-MM-DD, got ${value ?? 'nothing'}`;
      parsed.published = value;
    } else if (arg === '-h' || arg === '--help') parsed.help = true;
    else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else parsed.files.push(arg);
  }
  if (!parsed.help && parsed.files.length === 0) return 'no FILE given';
  return parsed;
}

export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Reports a usage error on stderr and exits non-zero. */
export function fail(command: string, usage: string, message: string): never {
  process.stderr.write(`${command}: ${message}\n${usage}\n`);
  process.exit(2);
}
