// `secret-scan init`: wires the pre-commit hook and a starter config into a user's repository.

export interface InitArgs {
  readonly cwd: string;
  readonly baseline: boolean | undefined;
}

export async function runInit(_args: InitArgs): Promise<number> {
  throw new Error('secret-scan init is not implemented yet');
}
