// `secret-scan baseline`: records current findings so a team can adopt the scanner on an old repository.

export interface BaselineArgs {
  readonly paths: readonly string[];
  readonly history: boolean;
  readonly output?: string;
  readonly prune: boolean;
  readonly write: boolean;
  readonly config?: string | false;
  readonly cwd: string;
}

export async function runBaseline(_args: BaselineArgs): Promise<number> {
  throw new Error('secret-scan baseline is not implemented yet');
}
