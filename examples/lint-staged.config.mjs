// lint-staged.config.mjs — lint-staged appends the staged files to the command, and
// `secret-scan file1 file2 …` scans exactly those files (whole files, not only the added lines).
// Prefer `secret-scan --staged` in .husky/pre-commit when you do not use lint-staged.
export default {
  '*': 'secret-scan',
};
