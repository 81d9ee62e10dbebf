// Provider rules: package and artifact registries and developer platforms (npm, PyPI, RubyGems,
// NuGet, Docker Hub, JFrog, crates.io, Postman, Snyk …). Formats learned from their own docs.

import type { ProviderRule } from './rule.js';
import { hasBase62Crc32Suffix, withBase62Crc32 } from './checksum.js';
import { synth } from '../synthetic.js';
import { assigned, ci, plausible, prefixed, randomish, uuid, UUID } from './shared.js';

const npmToken = (seed: string): string => 'npm_' + withBase62Crc32(synth('base62', 30, seed));

/** Reads an unsigned LEB128 varint; returns [value, next offset] or undefined when truncated. */
function varint(b: Buffer, at: number): [number, number] | undefined {
  let value = 0;
  for (let shift = 0, i = at; i < b.length && shift < 28; shift += 7, i++) {
    value |= (b[i] & 0x7f) << shift;
    if ((b[i] & 0x80) === 0) return [value, i + 1];
  }
  return undefined;
}

const PYPI_LOCATIONS = new Set(['pypi.org', 'test.pypi.org']);

/**
 * PyPI API tokens are `pypi-` + a base64url binary (v2) macaroon: a header section whose location
 * is pypi.org, caveat sections, then a 32-byte signature. Checking the whole structure drops
 * strings that merely start like one.
 */
function isPypiMacaroon(token: string): boolean {
  const b = Buffer.from(token.slice('pypi-'.length), 'base64url');
  if (b[0] !== 2) return false;
  let at = 1;
  let location = '';
  let sawIdentifier = false;
  const readSection = (): boolean => {
    while (at < b.length) {
      const type = b[at++];
      if (type === 0) return true;
      const len = varint(b, at);
      if (!len || len[1] + len[0] > b.length) return false;
      const data = b.subarray(len[1], len[1] + len[0]);
      if (type === 1 && location === '') location = data.toString('latin1');
      if (type === 2) sawIdentifier = true;
      if (type === 6) return false;
      at = len[1] + len[0];
    }
    return false;
  };
  if (!readSection() || !PYPI_LOCATIONS.has(location) || !sawIdentifier) return false;
  // Caveat sections until an empty one ends them.
  while (at < b.length && b[at] !== 0) if (!readSection()) return false;
  at++;
  return b[at] === 6 && b[at + 1] === 32 && at + 2 + 32 === b.length;
}

function pypiToken(location: string, seed: string): string {
  const field = (type: number, data: Buffer): Buffer => Buffer.concat([Buffer.from([type, data.length]), data]);
  const caveat = Buffer.from(`{"version": 1, "permissions": {"projects": ["${synth('lowerAlnum', 8, seed + 'p')}"]}}`);
  const bytes = Buffer.concat([
    Buffer.from([2]),
    field(1, Buffer.from(location)),
    field(2, Buffer.from(synth('hex', 32, seed + 'i'), 'hex')),
    Buffer.from([0]),
    field(2, caveat),
    Buffer.from([0, 0]),
    field(6, Buffer.from(synth('hex', 64, seed + 's'), 'hex')),
  ]);
  return 'pypi-' + bytes.toString('base64url');
}

/** JFrog reference tokens are base64 of `reftkn:01:<expiry>:<random>`. */
function isJfrogReference(token: string): boolean {
  return /^reftkn:01:\d{10}:[!-~]{20,}$/.test(Buffer.from(token, 'base64').toString('latin1'));
}

/** JFrog access tokens are JWTs whose header carries `"ver":"2"`. */
function isJfrogJwt(token: string): boolean {
  try {
    const header: unknown = JSON.parse(Buffer.from(token.slice(0, token.indexOf('.')), 'base64url').toString('utf8'));
    return typeof header === 'object' && header !== null && (header as Record<string, unknown>).ver === '2';
  } catch {
    return false;
  }
}

const jfrogJwt = (seed: string): string =>
  [
    Buffer.from(`{"ver":"2","typ":"JWT","alg":"RS256","kid":"${synth('base64url', 43, seed + 'k')}"}`).toString('base64url'),
    Buffer.from(`{"sub":"jfac@${synth('lowerAlnum', 26, seed + 's')}/users/ci","scp":"applied-permissions/user","aud":"*@*","iss":"jfac@${synth('lowerAlnum', 26, seed + 'i')}","exp":1893456000}`).toString('base64url'),
    synth('base64url', 342, seed + 'g'),
  ].join('.');

/** npm's `_auth` is base64 of `user:password`. */
function isBasicAuthPair(value: string): boolean {
  const decoded = Buffer.from(value, 'base64').toString('latin1');
  // The user ends at the first colon after its first character (the user part cannot hold a space).
  return /^[\x21-\x7e][\x21-\x39\x3b-\x7e]*:[\x20-\x7e]{6,}$/.test(decoded) && !/^\$\{|password$/i.test(decoded.split(':')[1] ?? '');
}

const JFROG_TOKEN_FIX = 'Revoke the token in the JFrog Platform (Administration > User Management > Access Tokens) and issue a new one.';

/** A PyPI token's head: pypi- and base64 of the macaroon's location `pypi.org`, built at run time so the bundle holds no token-shaped sample. */
const PYPI_HEAD = `pypi-${Buffer.from([2, 1, 8, ...Buffer.from('pypi.org')]).toString('base64').slice(0, 15)}`;

export const rules: readonly ProviderRule[] = [
  {
    id: 'npm-access-token',
    description: 'npm access token (npm_)',
    keywords: ['npm_'],
    pattern: /(?<![\w-])npm_[A-Za-z0-9]{36}(?![\w-])/,
    validate: (token) => hasBase62Crc32Suffix(token.slice(4), 30),
    severity: 'error',
    remediation: 'Revoke the token on npmjs.com (Access Tokens) or with `npm token revoke`, then check the packages it could publish; rotation is mandatory once it reached a shared branch.',
    samples: () => ({
      positive: [`//registry.npmjs.org/:_authToken=${npmToken('np1')}`, `NPM_TOKEN: ${npmToken('np2')}`],
      negative: [
        // Right shape, wrong checksum.
        `NPM_TOKEN=npm_${synth('base62', 36, 'np3')}`,
        'NPM_TOKEN=npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
        'const npm_config_registry_url_for_the_mirror_v2 = 1',
      ],
    }),
  },
  {
    id: 'npm-legacy-auth-token',
    description: 'npm legacy auth token (UUID) in .npmrc or .yarnrc',
    keywords: ['_authtoken', 'npmauthtoken'],
    pattern: new RegExp(`(?:_authToken|npmAuthToken)["']?\\s*[=:]\\s*["']?(?<secret>${UUID})(?![\\w-])`),
    validate: randomish,
    severity: 'error',
    remediation: 'Revoke the token on npmjs.com (Access Tokens) or with `npm token revoke`, and move to a granular token read from the environment.',
    samples: () => ({
      positive: [`//registry.npmjs.org/:_authToken=${uuid('nl1')}`, `  npmAuthToken: "${uuid('nl2')}"`],
      negative: ['//registry.npmjs.org/:_authToken=${NPM_TOKEN}', '//registry.npmjs.org/:_authToken=00000000-0000-0000-0000-000000000000'],
    }),
  },
  {
    id: 'npm-basic-auth',
    description: 'npm registry credentials (_auth = base64 user:password)',
    keywords: ['_auth'],
    pattern: /(?<![\w-])_auth\s*=\s*["']?(?<secret>[A-Za-z0-9+/]{12,}={0,2})(?![\w+/=-])/,
    validate: isBasicAuthPair,
    severity: 'error',
    remediation: 'Change the registry password (or revoke the token) and replace `_auth` with a token read from the environment.',
    samples: () => ({
      positive: [
        `_auth=${Buffer.from(`deploy:${synth('base62', 20, 'na1')}`).toString('base64')}`,
        `_auth = "${Buffer.from(`ci-bot:${synth('base62', 16, 'na2')}`).toString('base64')}"`,
      ],
      negative: ['_auth=${NPM_AUTH}', `_auth=${synth('base64', 24, 'na3')}`, '_authToken=${NPM_TOKEN}'],
    }),
  },
  {
    id: 'pypi-upload-token',
    description: 'PyPI API token (pypi-AgEIcHlwaS5vcmc…)',
    keywords: ['pypi-ageichlwas5vcmc', 'pypi-agendgvzdc5wexbplm9yzw'],
    pattern: /(?<![\w-])pypi-AgE(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,}(?![\w-])/,
    validate: isPypiMacaroon,
    severity: 'error',
    remediation: 'Remove the token on pypi.org (Account settings > API tokens) and check recent releases of the projects it covers; rotation is mandatory once it reached a shared branch.',
    samples: () => ({
      positive: [`TWINE_PASSWORD=${pypiToken('pypi.org', 'py1')}`, `password = ${pypiToken('test.pypi.org', 'py2')}`],
      negative: [
        // The right prefix with random bytes after it: not a macaroon.
        `TWINE_PASSWORD=${PYPI_HEAD}${synth('base64url', 120, 'py3')}`,
        `TWINE_PASSWORD=${PYPI_HEAD}...`,
      ],
    }),
  },
  prefixed(
    'rubygems-api-key',
    'RubyGems.org API key (rubygems_)',
    'rubygems_',
    '[a-f0-9]{48}',
    'Delete the key at rubygems.org/profile/api_keys and check recent pushes of your gems; rotation is mandatory once it reached a shared branch.',
    () => ({
      positive: [`GEM_HOST_API_KEY=rubygems_${synth('hex', 48, 'rg1')}`, `:rubygems_api_key: rubygems_${synth('hex', 48, 'rg2')}`],
      negative: ['rubygems_version_check = true', `GEM_HOST_API_KEY=rubygems_${synth('hex', 30, 'rg3')}`],
    }),
  ),
  prefixed(
    'nuget-api-key',
    'NuGet.org API key (oy2…)',
    'oy2',
    '[a-z0-9]{43}',
    'Delete or regenerate the key at nuget.org (API Keys) and check recent package pushes; rotation is mandatory once it reached a shared branch.',
    () => ({
      positive: [`dotnet nuget push pkg.nupkg --api-key oy2${synth('lowerAlnum', 43, 'ng1')} --source nuget.org`, `NUGET_API_KEY=oy2${synth('lowerAlnum', 43, 'ng2')}`],
      negative: [`NUGET_API_KEY=oy2${synth('lowerAlnum', 20, 'ng3')}`, 'NUGET_API_KEY=oy2xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    }),
  ),
  prefixed(
    'docker-hub-pat',
    'Docker Hub personal access token (dckr_pat_)',
    'dckr_pat_',
    '[A-Za-z0-9_-]{27}',
    'Delete the token in Docker Hub (Account settings > Personal access tokens) and create a new one; rotation is mandatory once it reached a shared branch.',
    () => ({
      positive: [`echo dckr_pat_${synth('base64url', 27, 'dp1')} | docker login -u ci --password-stdin`, `DOCKERHUB_TOKEN=dckr_pat_${synth('base64url', 27, 'dp2')}`],
      negative: [
        // The example value in Docker's API reference.
        `"secret": "dckr_pat_${synth('lowerAlnum', 15, 'dkshort')}"`,
        'DOCKERHUB_TOKEN=dckr_pat_xxxxxxxxxxxxxxxxxxxxxxxxxxx',
      ],
    }),
  ),
  prefixed(
    'docker-hub-oat',
    'Docker Hub organization access token (dckr_oat_)',
    'dckr_oat_',
    '[A-Za-z0-9_-]{27,40}',
    'Delete the token in Docker Hub (Organization settings > Access tokens) and create a new one; rotation is mandatory once it reached a shared branch.',
    () => ({
      positive: [`DOCKERHUB_ORG_TOKEN=dckr_oat_${synth('base64url', 32, 'do1')}`, `password: "dckr_oat_${synth('base64url', 27, 'do2')}"`],
      negative: ['password: dckr_oat_<token>', `password: dckr_oat_${synth('base64url', 12, 'do3')}`],
    }),
  ),
  prefixed(
    'jfrog-api-key',
    'JFrog Artifactory API key (AKCp…)',
    'AKCp',
    '[A-Za-z0-9]{69}',
    'Revoke the API key in the JFrog Platform (Edit Profile > API Key) and move to an access token; API keys are deprecated.',
    () => ({
      positive: [`ARTIFACTORY_API_KEY=AKCp${synth('base62', 69, 'jk1')}`, `curl -H "X-JFrog-Art-Api: AKCp${synth('base62', 69, 'jk2')}" https://acme.jfrog.io/artifactory/api/repositories`],
      negative: [`ARTIFACTORY_API_KEY=AKCp${synth('base62', 30, 'jk3')}`, 'X-JFrog-Art-Api: AKCp...'],
    }),
  ),
  {
    id: 'jfrog-reference-token',
    description: 'JFrog Platform reference token (cmVmdGtu…)',
    keywords: ['cmvmdgtuojaxoj'],
    pattern: /(?<![\w+/-])cmVmdGtuOjAxOj[A-Za-z0-9+/]{50}(?![\w+/=-])/,
    validate: isJfrogReference,
    severity: 'error',
    remediation: JFROG_TOKEN_FIX,
    samples: () => {
      const ref = (seed: string): string => Buffer.from(`reftkn:01:1893456000:${synth('base62', 27, seed)}`).toString('base64');
      return {
        positive: [`JFROG_ACCESS_TOKEN=${ref('jr1')}`, `-H "Authorization: Bearer ${ref('jr2')}"`],
        negative: [`JFROG_ACCESS_TOKEN=cmVmdGtuOjAxOj${synth('base64', 50, 'jr3')}`, 'JFROG_ACCESS_TOKEN=cmVmdGtuOjAxOj...'],
      };
    },
  },
  {
    id: 'jfrog-access-token',
    description: 'JFrog Platform access token (JWT with a ver 2 header)',
    keywords: ['eyj2zxiioiiy'],
    pattern: /(?<![\w-])eyJ2ZXIiOiIy[A-Za-z0-9_-]{20,}\.eyJ[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{40,}(?![\w-])/,
    validate: isJfrogJwt,
    severity: 'error',
    remediation: JFROG_TOKEN_FIX,
    samples: () => ({
      positive: [`JFROG_ACCESS_TOKEN=${jfrogJwt('jj1')}`, `jf c add --access-token "${jfrogJwt('jj2')}"`],
      negative: ['JFROG_ACCESS_TOKEN=eyJ2ZXIiOiIy...', `token: eyJ2ZXIiOiIy${synth('base64url', 30, 'jj3')}`],
    }),
  },
  prefixed(
    'crates-io-api-token',
    'crates.io API token (cio…)',
    'cio',
    '[A-Za-z0-9]{32}',
    'Revoke the token at crates.io/settings/tokens and check recent publishes of your crates.',
    () => ({
      positive: [`CARGO_REGISTRY_TOKEN=cio${synth('base62', 32, 'ci1')}`, `token = "cio${synth('base62', 32, 'ci2')}"`],
      negative: ['the precious configuration', `CARGO_REGISTRY_TOKEN=cio${synth('base62', 16, 'ci3')}`],
    }),
  ),
  prefixed(
    'pulumi-access-token',
    'Pulumi Cloud access token (pul-)',
    'pul-',
    '[a-f0-9]{40}',
    'Delete the token in Pulumi Cloud (Settings > Access Tokens) and create a new one.',
    () => ({
      positive: [`PULUMI_ACCESS_TOKEN=pul-${synth('hex', 40, 'pu1')}`, `pulumi login --token pul-${synth('hex', 40, 'pu2')}`],
      negative: ['PULUMI_ACCESS_TOKEN=pul-...', `PULUMI_ACCESS_TOKEN=pul-${synth('hex', 20, 'pu3')}`],
    }),
  ),
  prefixed(
    'clojars-deploy-token',
    'Clojars deploy token (CLOJARS_)',
    'CLOJARS_',
    '[a-z0-9]{60}',
    'Disable the deploy token at clojars.org/tokens and create a new one.',
    () => ({
      positive: [`CLOJARS_PASSWORD=CLOJARS_${synth('lowerAlnum', 60, 'cj1')}`, `:password "CLOJARS_${synth('lowerAlnum', 60, 'cj2')}"`],
      negative: ['CLOJARS_USERNAME=deployer', `CLOJARS_PASSWORD=CLOJARS_${synth('lowerAlnum', 30, 'cj3')}`],
    }),
  ),
  {
    id: 'gradle-plugin-portal-secret',
    description: 'Gradle Plugin Portal publishing secret',
    keywords: ['gradle.publish.secret', 'gradle_publish_secret'],
    pattern: assigned(`(?:${ci('gradle.publish.secret')}|${ci('gradle_publish_secret')})`, '[A-Za-z0-9]{32}'),
    requireRandom: true,
    validate: plausible,
    severity: 'error',
    remediation: 'Regenerate the API key at plugins.gradle.org (your profile > API Keys) and keep it in ~/.gradle/gradle.properties or the CI environment.',
    samples: () => ({
      positive: [`gradle.publish.secret=${synth('base62', 32, 'gp1')}`, `GRADLE_PUBLISH_SECRET: "${synth('base62', 32, 'gp2')}"`],
      negative: ['gradle.publish.secret=${GRADLE_PUBLISH_SECRET}', `gradle.publish.key=${synth('base62', 32, 'gp3')}`],
    }),
  },
  {
    id: 'jetbrains-permanent-token',
    description: 'JetBrains Hub / Marketplace / YouTrack permanent token (perm:)',
    keywords: ['perm:'],
    pattern: /(?<![\w-])perm:[A-Za-z0-9+/]{2,}={0,2}\.[A-Za-z0-9+/]{2,}={0,2}\.[A-Za-z0-9]{20,40}(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: 'Revoke the permanent token in your JetBrains Hub/Marketplace profile (Authentication > Tokens) and create a new one.',
    samples: () => {
      const b64 = (s: string): string => Buffer.from(s).toString('base64');
      return {
        positive: [
          `PUBLISH_TOKEN=perm:${b64('release-bot')}.${b64('NDctMQ')}.${synth('base62', 30, 'jb1')}`,
          `-H "Authorization: Bearer perm:${b64('admin')}.${b64('ci')}.${synth('base62', 30, 'jb2')}"`,
        ],
        negative: ['chmod perm:read.write.execute', 'PUBLISH_TOKEN=perm:<token>'],
      };
    },
  },
  {
    id: 'cloudsmith-api-key',
    description: 'Cloudsmith API key',
    keywords: ['cloudsmith'],
    pattern: assigned(ci('cloudsmith'), '[a-f0-9]{40}'),
    requireRandom: true,
    validate: plausible,
    severity: 'error',
    remediation: 'Regenerate the API key in Cloudsmith (User settings > API Settings) and update its users.',
    samples: () => ({
      positive: [`CLOUDSMITH_API_KEY=${synth('hex', 40, 'cs1')}`, `cloudsmith_api_key: "${synth('hex', 40, 'cs2')}"`],
      negative: ['CLOUDSMITH_API_KEY=${{ secrets.CLOUDSMITH_API_KEY }}', `CLOUDSMITH_REPO=${synth('lowerAlnum', 10, 'cs3')}`],
    }),
  },
  prefixed(
    'postman-api-key',
    'Postman API key (PMAK-)',
    'PMAK-',
    '[a-f0-9]{24}-[a-f0-9]{34}',
    'Revoke the key in Postman (Settings > API keys) and create a new one; Postman also revokes keys it finds in public workspaces.',
    () => ({
      positive: [`POSTMAN_API_KEY=PMAK-${synth('hex', 24, 'pm1')}-${synth('hex', 34, 'pm2')}`, `-H "X-Api-Key: PMAK-${synth('hex', 24, 'pm3')}-${synth('hex', 34, 'pm4')}"`],
      negative: ['POSTMAN_API_KEY=PMAK-xxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `POSTMAN_API_KEY=PMAK-${synth('hex', 24, 'pm5')}`],
    }),
  ),
  {
    id: 'snyk-api-token',
    description: 'Snyk API token',
    keywords: ['snyk'],
    pattern: assigned(ci('snyk'), UUID),
    validate: randomish,
    severity: 'error',
    remediation: 'Revoke the token in Snyk (Account settings > Auth token, or the service account) and create a new one.',
    samples: () => ({
      positive: [`SNYK_TOKEN=${uuid('sn1')}`, `snyk_auth_token: "${uuid('sn2')}"`],
      negative: ['SNYK_TOKEN=${{ secrets.SNYK_TOKEN }}', 'SNYK_TOKEN=00000000-0000-0000-0000-000000000000'],
    }),
  },
];
