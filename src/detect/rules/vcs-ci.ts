// Provider rules: source hosting and CI/CD (GitHub, GitLab, Bitbucket/Atlassian, CircleCI, Jenkins, Azure
// DevOps …). Formats from the providers' documentation; checksums are verified offline (detect/rules/checksum.ts).

import { hasBase36Crc32Suffix, hasBase62Crc32Suffix, withBase36Crc32, withBase62Crc32 } from './checksum.js';
import type { ProviderRule } from './rule.js';
import { looksRandom } from '../randomness/randomness.js';
import { synth } from '../synthetic.js';
import { randomAfter, uuidBySegment } from './shared.js';

/** Changes the last character, so a checksummed sample keeps its shape but fails its checksum. */
const breakLast = (s: string) => s.slice(0, -1) + (s.endsWith('A') ? 'B' : 'A');

const GITHUB_KINDS = [
  ['p', 'github-pat-classic', 'GitHub personal access token (classic)', 'Delete the token in GitHub (Settings > Developer settings > Personal access tokens).'],
  ['o', 'github-oauth-token', 'GitHub OAuth access token', 'Revoke the OAuth app authorization (Settings > Applications) or via the OAuth app\'s token API.'],
  ['u', 'github-app-user-token', 'GitHub App user-to-server token', 'Revoke the GitHub App authorization (Settings > Applications > Authorized GitHub Apps).'],
  ['s', 'github-app-installation-token', 'GitHub App installation (server-to-server) token', 'Revoke it (DELETE /installation/token) and rotate the GitHub App private key if that leaked too.'],
  ['r', 'github-refresh-token', 'GitHub App refresh token', 'Revoke the GitHub App authorization for that user (Settings > Applications).'],
] as const;

const githubRules: ProviderRule[] = GITHUB_KINDS.map(([k, id, description, remediation]) => ({
  id,
  description,
  keywords: [`gh${k}_`],
  pattern: new RegExp(`(?<![A-Za-z0-9_])(gh${k}_[A-Za-z0-9]{36})(?![A-Za-z0-9_])`),
  severity: 'error',
  // The last 6 characters are the base62 CRC-32 of the 30 random ones.
  validate: (s: string) => hasBase62Crc32Suffix(s.slice(4), 30),
  remediation: `${remediation} If it reached a shared branch, treat it as compromised.`,
  samples: () => ({
    positive: [
      `GITHUB_TOKEN=gh${k}_${withBase62Crc32(synth('base62', 30, id + 1))}`,
      `headers = {"Authorization": "token gh${k}_${withBase62Crc32(synth('base62', 30, id + 2))}"}`,
    ],
    negative: [
      `GITHUB_TOKEN=gh${k}_${breakLast(withBase62Crc32(synth('base62', 30, id + 3)))}`,
      `GITHUB_TOKEN=gh${k}_${synth('base62', 36, id + 4)}`,
      `token = "gh${k}_${withBase62Crc32(synth('base62', 30, id + 5)).slice(1)}"`,
    ],
  }),
}));

/** GitLab tokens with a fixed prefix and a url-safe random part (formats from GitLab's token overview). */
/** `routable`: also the `.<version>.<crc>` form (the runner's routable tokens have their own, CRC-checked rule). */
function gitlab(prefix: string, id: string, description: string, len: string, remediation: string, routable = true): ProviderRule {
  const [min] = len.split(',').map(Number);
  // Spelled out, so that the optional suffix holds no quantifier of its own.
  const suffix = routable ? `(?:\\.(?:[0-9a-z][0-9a-z]\\.)?${'[0-9a-z]'.repeat(9)})?` : '';
  return {
    id,
    description,
    keywords: [prefix.toLowerCase()],
    // GitLab 17 made every token kind routable: `<prefix><random>.<version>.<crc>` (base-36 parts).
    pattern: new RegExp(`(?<![A-Za-z0-9_-])(${prefix}[A-Za-z0-9_-]{${len}}${suffix})(?![A-Za-z0-9_.-])`),
    severity: 'error',
    validate: (s: string) => looksRandom(s.slice(prefix.length).split('.')[0]!),
    remediation: `${remediation} If it reached a shared branch, treat it as compromised.`,
    samples: () => ({
      positive: [
        `GITLAB_TOKEN=${prefix}${synth('base64url', min, id + 1)}`,
        `token: "${prefix}${synth('base62', min, id + 2)}"`,
        ...(routable ? [`TOKEN=${prefix}${synth('base64url', Math.max(min!, 27), id + 4)}.01.${synth('lowerAlnum', 9, id + 5)}`] : []),
      ],
      negative: [`token: "${prefix}${synth('base62', Math.max(1, min - 6), id + 3)}"`, `the ${prefix} prefix marks this kind of GitLab token`],
    }),
  };
}

const GITLAB_TOKEN_FIX = 'Revoke the token in GitLab (User / Project / Group settings > Access tokens). If it reached a shared branch, treat it as compromised.';
const ATLASSIAN_TOKEN_FIX = 'Revoke the API token at id.atlassian.com (Security > API tokens).';
const AZURE_DEVOPS_PAT_FIX = 'Revoke the PAT in Azure DevOps (User settings > Personal access tokens).';

export const rules: readonly ProviderRule[] = [
  // ---------------------------------------------------------------- GitHub
  ...githubRules,
  {
    id: 'github-fine-grained-pat',
    description: 'GitHub fine-grained personal access token',
    keywords: ['github_pat_'],
    pattern: /(?<![A-Za-z0-9_])(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![A-Za-z0-9_])/,
    severity: 'error',
    remediation: 'Delete the token in GitHub (Settings > Developer settings > Fine-grained tokens). If it reached a shared branch, treat it as compromised.',
    samples: () => ({
      positive: [`GH_TOKEN=github_pat_${synth('base62', 22, 'fg1')}_${synth('base62', 59, 'fg2')}`, `"token": "github_pat_${synth('base62', 22, 'fg3')}_${synth('base62', 59, 'fg4')}"`],
      negative: [`GH_TOKEN=github_pat_${synth('base62', 22, 'fg5')}_${synth('base62', 40, 'fg6')}`, 'GH_TOKEN=github_pat_XXXXXXXXXXXXXXXXXXXXXX_XXXX'],
    }),
  },
  {
    id: 'github-token-legacy',
    description: 'GitHub token or OAuth client secret in the old 40-hex format, assigned to a GitHub name',
    keywords: ['github', 'gh_token', 'gh_pat'],
    pattern:
      /(?:github[\w.-]{0,20}?(?:token|pat|secret)|gh_(?:token|pat))["']?\s*(?::=|=>|[:=])\s*["']?(?<secret>[0-9a-f]{40})(?![0-9A-Za-z])/i,
    severity: 'error',
    requireRandom: true,
    remediation: 'Revoke the token or reset the OAuth app client secret in GitHub (Settings > Developer settings).',
    samples: () => ({
      positive: [`GITHUB_TOKEN=${synth('hex', 40, 'ghl1')}`, `github_client_secret: "${synth('hex', 40, 'ghl2')}"`],
      negative: [`GITHUB_SHA=${synth('hex', 40, 'ghl3')}`, `github_commit: "${synth('hex', 40, 'ghl4')}"`, 'GITHUB_TOKEN=${{ secrets.GITHUB_TOKEN }}'],
    }),
  },

  // ---------------------------------------------------------------- GitLab
  {
    id: 'gitlab-pat',
    description: 'GitLab personal, project or group access token',
    keywords: ['glpat-'],
    pattern: /(?<![A-Za-z0-9_-])(glpat-[A-Za-z0-9_-]{20})(?![A-Za-z0-9_.-])/,
    severity: 'error',
    validate: randomAfter(/^glpat-/),
    remediation: GITLAB_TOKEN_FIX,
    samples: () => ({
      positive: [`GITLAB_TOKEN=glpat-${synth('base64url', 20, 'glpat1')}`, `private_token: "glpat-${synth('base62', 20, 'glpat2')}"`],
      negative: [`GITLAB_TOKEN=glpat-${synth('base62', 19, 'glpat3')}`, 'GITLAB_TOKEN=glpat-xxxxxxxxxxxxxxxxxxxx'],
    }),
  },
  {
    id: 'gitlab-pat-routable',
    description: 'GitLab personal, project or group access token (routable format with CRC-32)',
    keywords: ['glpat-'],
    pattern: /(?<![A-Za-z0-9_-])(glpat-[A-Za-z0-9_-]{27,300}\.(?:[0-9a-z][0-9a-z]\.)?[0-9a-z]{9})(?![A-Za-z0-9_.-])/,
    severity: 'error',
    validate: hasBase36Crc32Suffix,
    remediation: GITLAB_TOKEN_FIX,
    samples: () => ({
      positive: [
        `GITLAB_TOKEN=${withBase36Crc32(`glpat-${synth('base64url', 31, 'glr1')}.01.0v`)}`,
        `token: "${withBase36Crc32(`glpat-${synth('base64url', 27, 'glr2')}.0r`)}"`,
      ],
      negative: [
        `GITLAB_TOKEN=${breakLast(withBase36Crc32(`glpat-${synth('base64url', 31, 'glr3')}.01.0v`))}`,
        `GITLAB_TOKEN=glpat-${synth('base64url', 31, 'glr4')}.01.0v${synth('lowerAlnum', 7, 'glr5')}`,
      ],
    }),
  },
  {
    id: 'gitlab-runner-auth-token-routable',
    description: 'GitLab runner authentication token (routable format with CRC-32)',
    keywords: ['glrt-'],
    pattern: /(?<![A-Za-z0-9_-])(glrt-t\d_[A-Za-z0-9_-]{27,300}\.(?:[0-9a-z][0-9a-z]\.)?[0-9a-z]{9})(?![A-Za-z0-9_.-])/,
    severity: 'error',
    validate: hasBase36Crc32Suffix,
    remediation: 'Reset the runner authentication token in GitLab (CI/CD settings > Runners) and re-register the runner.',
    samples: () => ({
      positive: [
        `token = "${withBase36Crc32(`glrt-t1_${synth('base64url', 30, 'glrt1')}.0w`)}"`,
        `RUNNER_TOKEN=${withBase36Crc32(`glrt-t3_${synth('base64url', 40, 'glrt2')}.01.14`)}`,
      ],
      negative: [`token = "${breakLast(withBase36Crc32(`glrt-t1_${synth('base64url', 30, 'glrt3')}.0w`))}"`, 'token = "glrt-t1_<runner-token>"'],
    }),
  },
  gitlab('glrt-', 'gitlab-runner-auth-token', 'GitLab runner authentication token', '20,64', 'Reset the runner authentication token in GitLab (CI/CD settings > Runners).', false),
  gitlab('glptt-', 'gitlab-pipeline-trigger-token', 'GitLab pipeline trigger token', '20,64', 'Revoke the trigger token in GitLab (Project settings > CI/CD > Pipeline trigger tokens).'),
  gitlab('GR1348941', 'gitlab-runner-registration-token', 'GitLab runner registration token (deprecated)', '20,64', 'Reset the registration token in GitLab (CI/CD settings > Runners) and move to runner authentication tokens.'),
  gitlab('gldt-', 'gitlab-deploy-token', 'GitLab deploy token', '20,64', 'Revoke the deploy token in GitLab (Settings > Repository > Deploy tokens).'),
  gitlab('glft-', 'gitlab-feed-token', 'GitLab feed token', '20,64', 'Reset the feed token in GitLab (User settings > Access tokens > Feed token).'),
  gitlab('glimt-', 'gitlab-incoming-mail-token', 'GitLab incoming email token', '20,64', 'Reset the incoming email token in GitLab (User settings > Access tokens).'),
  gitlab('gloas-', 'gitlab-oauth-app-secret', 'GitLab OAuth application secret', '64,64', 'Renew the application secret in GitLab (Settings > Applications).'),
  gitlab('glagent-', 'gitlab-agent-token', 'GitLab agent for Kubernetes token', '50,64', 'Revoke the agent token in GitLab (Operate > Kubernetes clusters > agent > Access tokens).'),
  gitlab('glsoat-', 'gitlab-scim-token', 'GitLab SCIM OAuth token', '20,64', 'Reset the SCIM token in GitLab (Group settings > SAML SSO).'),
  gitlab('glwt-', 'gitlab-workspace-token', 'GitLab workspace token', '20,64', 'Stop the workspace and delete it in GitLab (Your work > Workspaces); its token dies with it.'),
  gitlab('glffct-', 'gitlab-feature-flags-client-token', 'GitLab feature flags client token', '20,64', 'Reset the instance ID / client token in GitLab (Deploy > Feature flags > Configure).'),
  {
    id: 'gitlab-ci-job-token',
    description: 'GitLab CI/CD job token',
    keywords: ['glcbt-'],
    pattern: /(?<![A-Za-z0-9_-])(glcbt-(?:[0-9a-f]{1,5}_)?[A-Za-z0-9_-]{20,64})(?![A-Za-z0-9_.-])/,
    severity: 'error',
    validate: randomAfter(/^glcbt-(?:[0-9a-f]{1,5}_)?/),
    remediation: 'Job tokens expire with the job; cancel the job if it is still running and check what the token reached.',
    samples: () => ({
      positive: [`CI_JOB_TOKEN=glcbt-64_${synth('base64url', 20, 'glcbt1')}`, `token: "glcbt-${synth('base62', 24, 'glcbt2')}"`],
      negative: [`token: "glcbt-${synth('base62', 10, 'glcbt3')}"`, 'glcbt- is the job token prefix'],
    }),
  },
  {
    id: 'gitlab-session-cookie',
    description: 'GitLab session cookie',
    keywords: ['_gitlab_session='],
    pattern: /_gitlab_session=(?<secret>[0-9a-z]{32})(?![0-9a-z])/,
    severity: 'error',
    requireRandom: true,
    remediation: 'Sign out of that GitLab session (User settings > Active sessions > Revoke).',
    samples: () => ({
      positive: [`Cookie: _gitlab_session=${synth('lowerAlnum', 32, 'gls1')}`, `curl -b "_gitlab_session=${synth('hex', 32, 'gls2')}" https://gitlab.example.com`],
      negative: ['Cookie: _gitlab_session=$SESSION', `Cookie: _gitlab_session=${synth('hex', 16, 'gls3')}`],
    }),
  },

  // ---------------------------------------------------------------- Bitbucket / Atlassian
  {
    id: 'bitbucket-app-password',
    description: 'Bitbucket app password',
    keywords: ['atbb'],
    pattern: /(?<![A-Za-z0-9_-])(ATBB[A-Za-z0-9_=.-]{32,40})(?![A-Za-z0-9_=.-])/,
    severity: 'error',
    validate: randomAfter(/^ATBB/),
    remediation: 'Revoke the app password in Bitbucket (Personal settings > App passwords) and move to API tokens.',
    samples: () => ({
      positive: [`BITBUCKET_APP_PASSWORD=ATBB${synth('base62', 28, 'atbb1')}${synth('HEX', 8, 'atbb2')}`, `password: "ATBB${synth('base62', 32, 'atbb3')}"`],
      negative: [`password: "ATBB${synth('base62', 12, 'atbb4')}"`, 'App passwords start with ATBB'],
    }),
  },
  {
    id: 'bitbucket-access-token',
    description: 'Bitbucket repository, project or workspace access token',
    keywords: ['atctt'],
    pattern: /(?<![A-Za-z0-9_-])(ATCTT[A-Za-z0-9_=-]{100,300})(?![A-Za-z0-9_=-])/,
    severity: 'error',
    remediation: 'Revoke the access token in Bitbucket (Repository / Project / Workspace settings > Access tokens).',
    samples: () => ({
      positive: [`BITBUCKET_TOKEN=ATCTT3xFfGN0${synth('base64url', 170, 'atctt1')}=${synth('HEX', 8, 'atctt2')}`, `token: "ATCTT${synth('base62', 150, 'atctt3')}"`],
      negative: [`token: "ATCTT${synth('base62', 40, 'atctt4')}"`, 'ATCTT marks Bitbucket access tokens'],
    }),
  },
  {
    id: 'atlassian-api-token',
    description: 'Atlassian (Jira, Confluence, Bitbucket) API token',
    keywords: ['atatt'],
    pattern: /(?<![A-Za-z0-9_-])(ATATT[A-Za-z0-9_=-]{100,300})(?![A-Za-z0-9_=-])/,
    severity: 'error',
    remediation: ATLASSIAN_TOKEN_FIX,
    samples: () => ({
      positive: [`JIRA_API_TOKEN=ATATT3xFfGF0${synth('base64url', 170, 'atatt1')}=${synth('HEX', 8, 'atatt2')}`, `"token": "ATATT${synth('base62', 180, 'atatt3')}"`],
      negative: [`"token": "ATATT${synth('base62', 30, 'atatt4')}"`, 'Tokens created after 2022 start with ATATT'],
    }),
  },
  {
    id: 'atlassian-api-token-legacy',
    description: 'Atlassian API token (24 characters) assigned to a Jira/Confluence/Atlassian name',
    keywords: ['atlassian', 'jira', 'confluence'],
    pattern:
      /(?:atlassian|jira|confluence)[\w.-]{0,20}?(?:api[_-]?)?token["']?\s*(?::=|=>|[:=])\s*["']?(?<secret>[A-Za-z0-9]{24})(?![A-Za-z0-9])/i,
    severity: 'error',
    requireRandom: true,
    remediation: ATLASSIAN_TOKEN_FIX,
    samples: () => ({
      positive: [`JIRA_API_TOKEN=${synth('base62', 24, 'jira1')}`, `confluence_token: "${synth('base62', 24, 'jira2')}"`],
      negative: ['JIRA_API_TOKEN=${JIRA_API_TOKEN}', `JIRA_API_TOKEN=${synth('base62', 12, 'jira3')}`],
    }),
  },

  // ---------------------------------------------------------------- CI services
  {
    id: 'circleci-personal-token',
    description: 'CircleCI personal API token',
    keywords: ['ccipat_'],
    pattern: /(?<![A-Za-z0-9_])(CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40})(?![A-Za-z0-9_])/,
    severity: 'error',
    remediation: 'Delete the token in CircleCI (User settings > Personal API Tokens).',
    samples: () => ({
      positive: [`CIRCLE_TOKEN=CCIPAT_${synth('base62', 22, 'ccip1')}_${synth('hex', 40, 'ccip2')}`, `token: "CCIPAT_${synth('base62', 22, 'ccip3')}_${synth('hex', 40, 'ccip4')}"`],
      negative: [`CIRCLE_TOKEN=CCIPAT_${synth('base62', 22, 'ccip5')}_${synth('hex', 20, 'ccip6')}`, 'CIRCLE_TOKEN=CCIPAT_xxx'],
    }),
  },
  {
    id: 'circleci-project-token',
    description: 'CircleCI project API token',
    keywords: ['cciprj_'],
    pattern: /(?<![A-Za-z0-9_])(CCIPRJ_[A-Za-z0-9]{22}_[a-f0-9]{40})(?![A-Za-z0-9_])/,
    severity: 'error',
    remediation: 'Delete the token in CircleCI (Project settings > API Permissions).',
    samples: () => ({
      positive: [`CIRCLE_TOKEN=CCIPRJ_${synth('base62', 22, 'ccir1')}_${synth('hex', 40, 'ccir2')}`, `token: "CCIPRJ_${synth('base62', 22, 'ccir3')}_${synth('hex', 40, 'ccir4')}"`],
      negative: [`CIRCLE_TOKEN=CCIPRJ_${synth('base62', 10, 'ccir5')}_${synth('hex', 40, 'ccir6')}`, 'CCIPRJ_ tokens belong to a project'],
    }),
  },
  {
    id: 'circleci-token-legacy',
    description: 'CircleCI API token (40 hex) assigned to a CircleCI name',
    keywords: ['circle'],
    pattern: /circle(?:ci)?[\w.-]{0,20}?token["']?\s*(?::=|=>|[:=])\s*["']?(?<secret>[a-f0-9]{40})(?![A-Za-z0-9])/i,
    severity: 'error',
    requireRandom: true,
    remediation: 'Delete the token in CircleCI (User settings > Personal API Tokens, or Project settings > API Permissions).',
    samples: () => ({
      positive: [`CIRCLE_TOKEN=${synth('hex', 40, 'ccl1')}`, `circleci_token: "${synth('hex', 40, 'ccl2')}"`],
      negative: [`CIRCLE_SHA1=${synth('hex', 40, 'ccl3')}`, 'CIRCLE_TOKEN=${CIRCLE_TOKEN}'],
    }),
  },
  {
    id: 'travis-ci-token',
    description: 'Travis CI API token assigned to a Travis name',
    keywords: ['travis'],
    pattern: /travis[\w.-]{0,20}?(?:api[_-]?)?token["']?\s*(?::=|=>|[:=])\s*["']?(?<secret>[A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])/i,
    severity: 'error',
    requireRandom: true,
    remediation: 'Regenerate the API token in Travis CI (Settings > API authentication).',
    samples: () => ({
      positive: [`TRAVIS_API_TOKEN=${synth('base64url', 22, 'trv1')}`, `travis_token: "${synth('base62', 22, 'trv2')}"`],
      negative: ['TRAVIS_API_TOKEN=$TRAVIS_TOKEN', `TRAVIS_BUILD_ID=${synth('hex', 22, 'trv3').replace(/[a-f]/g, '7')}`],
    }),
  },
  {
    id: 'jenkins-api-token',
    description: 'Jenkins user API token assigned to a Jenkins name',
    keywords: ['jenkins'],
    pattern: /jenkins[\w.-]{0,20}?(?:api[_-]?)?(?:token|password|pass)["']?\s*(?::=|=>|[:=])\s*["']?(?<secret>[0-9a-f]{32,34})(?![A-Za-z0-9])/i,
    severity: 'error',
    requireRandom: true,
    remediation: 'Revoke the API token in Jenkins (User > Configure > API Token).',
    samples: () => ({
      positive: [`JENKINS_API_TOKEN=11${synth('hex', 32, 'jen1')}`, `jenkins_token: "${synth('hex', 32, 'jen2')}"`],
      negative: ['JENKINS_API_TOKEN=${JENKINS_TOKEN}', `JENKINS_URL_HASH=${synth('hex', 34, 'jen3')}`],
    }),
  },
  {
    id: 'azure-devops-pat',
    description: 'Azure DevOps personal access token (52 characters) assigned to an Azure DevOps name',
    keywords: ['devops', 'azdo', 'vsts', 'ado_'],
    pattern:
      /(?:azure[_-]?devops|devops|azdo|vsts|ado)[\w.-]{0,20}?(?:pat|token)["']?\s*(?::=|=>|[:=])\s*["']?(?<secret>[a-z2-7]{52})(?![A-Za-z0-9])/i,
    severity: 'error',
    requireRandom: true,
    remediation: AZURE_DEVOPS_PAT_FIX,
    samples: () => ({
      positive: [`AZURE_DEVOPS_PAT=${synth('abcdefghijklmnopqrstuvwxyz234567', 52, 'ado1')}`, `ado_token: "${synth('abcdefghijklmnopqrstuvwxyz234567', 52, 'ado2')}"`],
      negative: ['AZURE_DEVOPS_PAT=$(System.AccessToken)', `AZURE_DEVOPS_PAT=${synth('abcdefghijklmnopqrstuvwxyz234567', 40, 'ado3')}`],
    }),
  },
  {
    id: 'azure-devops-pat-identifiable',
    description: 'Azure DevOps personal access token (84-character identifiable format)',
    keywords: ['azdo'],
    pattern: /(?<![A-Za-z0-9])(?<secret>[A-Za-z0-9]{52}JQQJ99[A-Za-z0-9]{18}AZDO[A-Za-z0-9]{4})(?![A-Za-z0-9])/,
    severity: 'error',
    remediation: AZURE_DEVOPS_PAT_FIX,
    samples: () => ({
      positive: [
        `AZURE_DEVOPS_EXT_PAT=${synth('base62', 52, 'adoi1')}JQQJ99${synth('base62', 18, 'adoi2')}AZDO${synth('base62', 4, 'adoi3')}`,
        `pat: "${synth('base62', 52, 'adoi4')}JQQJ99${synth('base62', 18, 'adoi5')}AZDO${synth('base62', 4, 'adoi6')}"`,
      ],
      negative: [`pat: "${synth('base62', 52, 'adoi7')}JQQJ99${synth('base62', 18, 'adoi8')}AZDX${synth('base62', 4, 'adoi9')}"`, 'AZDO is the Azure DevOps signature'],
    }),
  },
  {
    id: 'buildkite-api-token',
    description: 'Buildkite user API access token',
    keywords: ['bkua_'],
    pattern: /(?<![A-Za-z0-9_])(bkua_[a-f0-9]{40})(?![A-Za-z0-9_])/,
    severity: 'error',
    remediation: 'Revoke the token in Buildkite (Personal settings > API Access Tokens).',
    samples: () => ({
      positive: [`BUILDKITE_API_TOKEN=bkua_${synth('hex', 40, 'bkua1')}`, `token: "bkua_${synth('hex', 40, 'bkua2')}"`],
      negative: [`token: "bkua_${synth('hex', 30, 'bkua3')}"`, 'bkua_ is the Buildkite user token prefix'],
    }),
  },
  {
    id: 'buildkite-agent-token',
    description: 'Buildkite agent token assigned to a Buildkite agent name',
    keywords: ['buildkite_agent_token', 'buildkite-agent-token', 'agent_token', 'agent-token'],
    pattern: /(?:buildkite[_-])?agent[_-]token["']?\s*(?::=|=>|[:=])\s*["']?(?<secret>[a-f0-9]{50}|bkat_[A-Za-z0-9]{40,60})(?![A-Za-z0-9])/i,
    severity: 'error',
    requireRandom: true,
    remediation: 'Revoke the agent token in Buildkite (Agents > Agent tokens) and create a new one.',
    samples: () => ({
      positive: [`BUILDKITE_AGENT_TOKEN=${synth('hex', 50, 'bkat1')}`, `agent-token="${synth('hex', 50, 'bkat2')}"`],
      negative: ['BUILDKITE_AGENT_TOKEN=${BUILDKITE_AGENT_TOKEN}', `agent_token = "${synth('hex', 20, 'bkat3')}"`],
    }),
  },
  {
    id: 'terraform-cloud-api-token',
    description: 'Terraform Cloud / HCP Terraform API token',
    keywords: ['.atlasv1.'],
    pattern: /(?<![A-Za-z0-9])([A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=-])/,
    severity: 'error',
    validate: randomAfter(/^[A-Za-z0-9]{14}\.atlasv1\./),
    remediation: 'Delete the token in HCP Terraform (User settings > Tokens, or organization / team API tokens).',
    samples: () => ({
      positive: [`token = "${synth('base62', 14, 'tfc1')}.atlasv1.${synth('base64url', 67, 'tfc2')}"`, `TF_TOKEN_app_terraform_io=${synth('base62', 14, 'tfc3')}.atlasv1.${synth('base62', 65, 'tfc4')}`],
      negative: ['token = "<id>.atlasv1.<secret>"', `token = "${synth('base62', 14, 'tfc5')}.atlasv1.${synth('base62', 20, 'tfc6')}"`],
    }),
  },
  {
    id: 'sourcegraph-access-token',
    description: 'Sourcegraph access token',
    keywords: ['sgp_'],
    pattern: /(?<![A-Za-z0-9_])(sgp_(?:[a-fA-F0-9]{16}_|local_)?[a-fA-F0-9]{40})(?![A-Za-z0-9_])/,
    severity: 'error',
    remediation: 'Delete the token in Sourcegraph (User settings > Access tokens).',
    samples: () => ({
      positive: [`SRC_ACCESS_TOKEN=sgp_${synth('hex', 16, 'sgp1')}_${synth('hex', 40, 'sgp2')}`, `token: "sgp_${synth('hex', 40, 'sgp3')}"`, `SRC_ACCESS_TOKEN=sgp_${synth('hex', 16, 'sgp5')}_${synth('HEX', 40, 'sgp6')}`, `token: "sgp_local_${synth('HEX', 40, 'sgp7')}"`],
      negative: [`token: "sgp_${synth('hex', 30, 'sgp4')}"`, 'sgp_ prefix'],
    }),
  },
  {
    id: 'gitea-access-token',
    description: 'Gitea / Forgejo access token assigned to a Gitea name',
    keywords: ['gitea', 'forgejo'],
    pattern: /(?:gitea|forgejo)[\w.-]{0,20}?token["']?\s*(?::=|=>|[:=])\s*["']?(?<secret>[0-9a-f]{40})(?![A-Za-z0-9])/i,
    severity: 'error',
    requireRandom: true,
    remediation: 'Delete the token in Gitea / Forgejo (Settings > Applications > Access tokens).',
    samples: () => ({
      positive: [`GITEA_TOKEN=${synth('hex', 40, 'gitea1')}`, `forgejo_token: "${synth('hex', 40, 'gitea2')}"`],
      negative: ['GITEA_TOKEN=${{ secrets.GITEA_TOKEN }}', `GITEA_COMMIT=${synth('hex', 40, 'gitea3')}`],
    }),
  },
  {
    id: 'codecov-upload-token',
    description: 'Codecov upload token assigned to a Codecov name',
    keywords: ['codecov'],
    pattern: /codecov[\w.-]{0,20}?token["']?\s*(?::=|=>|[:=])\s*["']?(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f-])/i,
    severity: 'error',
    remediation: 'Regenerate the upload token in Codecov (Repository / Organization settings).',
    samples: () => ({
      positive: [`CODECOV_TOKEN=${uuidBySegment('cov1', '8')}`, `codecov_token: "${uuidBySegment('cov2', '8')}"`],
      negative: ['CODECOV_TOKEN: ${{ secrets.CODECOV_TOKEN }}', `CODECOV_TOKEN=${uuidBySegment('cov3', '8').slice(0, 20)}`],
    }),
  },
  {
    id: 'octopus-deploy-api-key',
    description: 'Octopus Deploy API key',
    keywords: ['api-'],
    pattern: /(?<![A-Za-z0-9_-])(API-[A-Z0-9]{25,32})(?![A-Za-z0-9_-])/,
    severity: 'error',
    validate: randomAfter(/^API-/),
    remediation: 'Revoke the API key in Octopus Deploy (Profile > My API Keys).',
    samples: () => ({
      positive: [`OCTOPUS_API_KEY=API-${synth('upperAlnum', 26, 'oct1')}`, `"apiKey": "API-${synth('upperAlnum', 30, 'oct2')}"`],
      negative: ['See API-REFERENCE-DOCUMENTATION for details', `OCTOPUS_API_KEY=API-${synth('upperAlnum', 12, 'oct3')}`],
    }),
  },
  {
    id: 'harness-access-token',
    description: 'Harness personal access or service account token',
    keywords: ['pat.', 'sat.'],
    pattern: /(?<![A-Za-z0-9_.-])((?:pat|sat)\.[A-Za-z0-9_-]{22}\.[0-9a-f]{24}\.[A-Za-z0-9]{20})(?![A-Za-z0-9_.-])/,
    severity: 'error',
    remediation: 'Delete the token in Harness (My profile > API keys, or the service account) and create a new one.',
    samples: () => ({
      positive: [`HARNESS_API_KEY=pat.${synth('base64url', 22, 'hn1')}.${synth('hex', 24, 'hn2')}.${synth('base62', 20, 'hn3')}`, `x-api-key: sat.${synth('base62', 22, 'hn4')}.${synth('hex', 24, 'hn5')}.${synth('base62', 20, 'hn6')}`],
      negative: ['import pat.utils.path as p', `HARNESS_API_KEY=pat.${synth('base62', 22, 'hn7')}.${synth('hex', 24, 'hn8')}`],
    }),
  },
];
