// Provider rules: tokens recognised by a structure beyond a prefix and one run (UUID bodies,
// dotted parts, a fixed suffix, an encoded header), and credentials inside config file syntaxes.

import { isPlaceholder, isTemplateReference } from '../filters/filters.js';
import type { ProviderRule } from './rule.js';
import { looksRandom } from '../randomness/randomness.js';
import { synth } from '../synthetic.js';
import { decodedJsonObject, plausible, uuid } from './shared.js';

const UUID_ANY = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
/** TeamCity's token header, `{"typ": "TCV2"}` in base64url, built at run time so no sample sits in the bundle as a literal. */
const TC_HEAD = Buffer.from('{"typ": "TCV2"}').toString('base64url');

const ROTATE = (what: string, where: string): string => `Revoke the ${what} in ${where} and issue a new one; once it reached a shared branch, treat it as compromised.`;

interface MarkerSpec {
  readonly id: string;
  readonly what: string;
  /** The text that opens the file or block (the secret material follows on the next lines). */
  readonly marker: string;
  readonly fix: string;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Key files recognised by their first line: the marker is reported, as for a PEM header. */
function markerRules(specs: readonly MarkerSpec[]): ProviderRule[] {
  return specs.map((m) => {
    const dashes = m.marker.startsWith('BEGIN ') ? '-{5}' : '';
    return {
      id: m.id,
      description: m.what,
      keywords: [m.marker.toLowerCase()],
      // A string literal that closes right after the marker is a parser constant, not a key.
      pattern: new RegExp(`(?<secret>${dashes}${escapeRe(m.marker)}${dashes})(?!["'\`])`),
      severity: 'error' as const,
      remediation: m.fix,
      samples: () => {
        const line = dashes ? `${'-'.repeat(5)}${m.marker}${'-'.repeat(5)}` : m.marker;
        return {
          positive: [line, `  ${line}`],
          negative: [`const HEADER = "${line}"`, m.marker.replace(/secret/i, 'public').replace('Static', 'Public')],
          secrets: [line, line],
        };
      },
    };
  });
}

export const rules: readonly ProviderRule[] = [
  {
    id: 'hubspot-private-app-token',
    description: 'HubSpot private app / personal access key (pat-<region>-<uuid>)',
    keywords: ['pat-na', 'pat-eu', 'pat-ap'],
    pattern: new RegExp(`(?<![\\w-])pat-(?:na|eu|ap)[1-9]-${UUID_ANY}(?![\\w-])`),
    validate: plausible,
    severity: 'error',
    remediation: ROTATE('private app access token', 'HubSpot (Settings > Integrations > Private apps > Rotate)'),
    samples: () => ({
      positive: [`HUBSPOT_ACCESS_TOKEN=pat-na1-${uuid('hs1')}`, `client = hubspot.Client.create(access_token="pat-eu1-${uuid('hs2')}")`],
      negative: ['HUBSPOT_ACCESS_TOKEN=pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', `pat-na1-${uuid('hs3').slice(0, 20)}`, 'token format: pat-na1-<uuid>'],
    }),
  },
  {
    id: 'langfuse-secret-key',
    description: 'Langfuse secret key (sk-lf-<uuid>)',
    keywords: ['sk-lf-'],
    pattern: new RegExp(`(?<![\\w-])sk-lf-${UUID_ANY}(?![\\w-])`),
    validate: plausible,
    severity: 'error',
    remediation: ROTATE('secret key', 'Langfuse (Project settings > API keys)'),
    samples: () => ({
      positive: [`LANGFUSE_SECRET_KEY=sk-lf-${uuid('lf1')}`, `Langfuse(public_key=pk, secret_key="sk-lf-${uuid('lf2')}")`],
      negative: ['LANGFUSE_SECRET_KEY=sk-lf-...', `LANGFUSE_PUBLIC_KEY=pk-lf-${uuid('lf3')}`],
    }),
  },
  {
    id: 'robinhood-crypto-api-key',
    description: 'Robinhood Crypto trading API key (rh-api-<uuid>)',
    keywords: ['rh-api-'],
    pattern: new RegExp(`(?<![\\w-])rh-api-${UUID_ANY}(?![\\w-])`),
    validate: plausible,
    severity: 'error',
    remediation: ROTATE('API key and its private key', 'Robinhood (Crypto account > API trading)'),
    samples: () => ({
      positive: [`ROBINHOOD_API_KEY=rh-api-${uuid('rh1')}`, `"api_key": "rh-api-${uuid('rh2')}"`],
      negative: ['ROBINHOOD_API_KEY=rh-api-<your-key>', `rh-api-${uuid('rh3').slice(0, 13)}`],
    }),
  },
  {
    id: 'pinecone-api-key-prefixed',
    description: 'Pinecone API key (pcsk_)',
    keywords: ['pcsk_'],
    pattern: /(?<![\w-])pcsk_[A-Za-z0-9]{5,6}_[A-Za-z0-9]{50,70}(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: ROTATE('API key', 'the Pinecone console (API keys)'),
    samples: () => ({
      positive: [`PINECONE_API_KEY=pcsk_${synth('base62', 5, 'pc1')}_${synth('base62', 63, 'pc2')}`, `pc = Pinecone(api_key="pcsk_${synth('base62', 6, 'pc3')}_${synth('base62', 63, 'pc4')}")`],
      negative: ['PINECONE_API_KEY=pcsk_...', `pcsk_${synth('base62', 5, 'pc5')}_${synth('base62', 20, 'pc6')}`],
    }),
  },
  {
    id: 'bitbucket-data-center-token',
    description: 'Bitbucket Data Center / Server HTTP access token (BBDC-)',
    keywords: ['bbdc-'],
    pattern: /(?<![\w-])BBDC-[A-Za-z0-9+/@_-]{40,50}(?![\w+/@-])/,
    validate: plausible,
    severity: 'error',
    remediation: ROTATE('HTTP access token', 'Bitbucket Data Center (Manage account / Repository settings > HTTP access tokens)'),
    samples: () => ({
      positive: [`BITBUCKET_TOKEN=BBDC-${synth('base64', 44, 'bd1')}`, `-H "Authorization: Bearer BBDC-${synth('base62', 40, 'bd2')}"`],
      negative: ['BITBUCKET_TOKEN=BBDC-<token>', `BBDC-${synth('base62', 20, 'bd3')}`],
    }),
  },
  {
    id: 'voiceflow-api-key',
    description: 'Voiceflow API key (VF.DM. / VF.WS.)',
    keywords: ['vf.dm.', 'vf.ws.'],
    pattern: /(?<![\w.-])VF\.(?:DM|WS)\.[a-fA-F0-9]{24}\.[A-Za-z0-9]{16}(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: ROTATE('API key', 'Voiceflow (Agent > Integrations > API keys)'),
    samples: () => ({
      positive: [`VOICEFLOW_API_KEY=VF.DM.${synth('hex', 24, 'vf1')}.${synth('base62', 16, 'vf2')}`, `headers: { Authorization: "VF.WS.${synth('hex', 24, 'vf3')}.${synth('base62', 16, 'vf4')}" }`],
      negative: ['VOICEFLOW_API_KEY=VF.DM.xxxxxxxx', `VF.DM.${synth('hex', 24, 'vf5')}.${synth('base62', 8, 'vf6')}`],
    }),
  },
  {
    id: 'facebook-access-token',
    description: 'Meta / Facebook Graph API access token (EAA…)',
    keywords: ['eaa'],
    // EAAA… is Square's format (square-access-token); Meta's user, page and app tokens use another fourth letter.
    pattern: /(?<![\w-])EAA[B-Z][A-Za-z0-9]{90,400}(?![\w-])/,
    validate: (s: string) => plausible(s) && looksRandom(s.slice(4)),
    severity: 'error',
    remediation: ROTATE('access token', 'Meta for Developers (invalidate the session or reset the app secret)'),
    samples: () => ({
      positive: [`FB_ACCESS_TOKEN=EAAB${synth('base62', 180, 'fb1')}`, `graph = facebook.GraphAPI(access_token="EAAG${synth('base62', 120, 'fb2')}")`],
      negative: [`SQUARE_TOKEN=EAAA${synth('base62', 60, 'fb3')}`, `token = "EAAB${synth('base62', 40, 'fb4')}"`, 'Access tokens start with EAA'],
    }),
  },
  {
    id: 'mapbox-secret-token',
    description: 'Mapbox secret access token (sk.eyJ…)',
    keywords: ['sk.eyj'],
    pattern: /(?<![\w.-])sk\.eyJ[A-Za-z0-9_-]{20,200}\.[A-Za-z0-9_-]{20,30}(?![\w.-])/,
    validate: plausible,
    severity: 'error',
    remediation: ROTATE('secret token', 'Mapbox (Account > Access tokens)'),
    samples: () => {
      const head = (user: string): string => Buffer.from(JSON.stringify({ u: user, a: synth('lowerAlnum', 25, user) })).toString('base64url');
      return {
        positive: [`MAPBOX_SECRET_TOKEN=sk.${head('acme-maps')}.${synth('base64url', 22, 'mb1')}`, `"downloadsToken": "sk.${head('fleet')}.${synth('base64url', 22, 'mb2')}"`],
        negative: [`MAPBOX_PUBLIC_TOKEN=pk.${head('acme-maps')}.${synth('base64url', 22, 'mb3')}`, 'MAPBOX_SECRET_TOKEN=sk.eyJ...'],
      };
    },
  },
  {
    id: 'maxmind-license-key',
    description: 'MaxMind license key (…_mmk)',
    keywords: ['_mmk'],
    pattern: /(?<![\w-])[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: ROTATE('license key', 'MaxMind (Account > Manage license keys)'),
    samples: () => ({
      positive: [`MAXMIND_LICENSE_KEY=${synth('base62', 6, 'mm1')}_${synth('base62', 29, 'mm2')}_mmk`, `LicenseKey ${synth('base62', 6, 'mm3')}_${synth('base62', 29, 'mm4')}_mmk`],
      negative: ['MAXMIND_LICENSE_KEY=YOUR_LICENSE_KEY_mmk', `${synth('base62', 6, 'mm5')}_${synth('base62', 12, 'mm6')}_mmk`],
    }),
  },
  {
    id: 'defined-networking-api-token',
    description: 'Defined Networking (Nebula) API key (dnkey-)',
    keywords: ['dnkey-'],
    pattern: /(?<![\w-])dnkey-[A-Za-z0-9_=]{26}-[A-Za-z0-9_=]{52}(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: ROTATE('API key', 'Defined Networking (Admin > API keys)'),
    samples: () => ({
      positive: [`DN_API_KEY=dnkey-${synth('upperAlnum', 26, 'dn1')}-${synth('upperAlnum', 52, 'dn2')}`, `api_key: "dnkey-${synth('base62', 26, 'dn3')}-${synth('base62', 52, 'dn4')}"`],
      negative: ['DN_API_KEY=dnkey-XXXXXXXX', `dnkey-${synth('base62', 26, 'dn5')}-${synth('base62', 20, 'dn6')}`],
    }),
  },
  {
    id: 'authress-service-client-key',
    description: 'Authress service client access key',
    keywords: ['.acc_', '.acc-'],
    pattern: /(?<![\w-])(?:sc|ext|scauth|authress)_[A-Za-z0-9]{5,30}\.[a-z0-9]{4,6}\.acc[_-][a-z0-9-]{10,32}\.[A-Za-z0-9+/_=-]{30,120}(?![\w+/=-])/,
    validate: plausible,
    severity: 'error',
    remediation: ROTATE('service client access key', 'Authress (Service clients > Access keys)'),
    samples: () => ({
      positive: [
        `AUTHRESS_KEY=sc_${synth('base62', 12, 'au1')}.${synth('lowerAlnum', 4, 'au2')}.acc_${synth('lowerAlnum', 18, 'au3')}.${synth('base64', 64, 'au4')}`,
        `accessKey: "authress_${synth('base62', 10, 'au5')}.${synth('lowerAlnum', 5, 'au6')}.acc-${synth('lowerAlnum', 12, 'au7')}.${synth('base64url', 48, 'au8')}"`,
      ],
      negative: ['AUTHRESS_KEY=sc_client.acct.acc_xxx.yyy', `sc_${synth('base62', 12, 'au9')}.${synth('lowerAlnum', 4, 'aua')}.acc_${synth('lowerAlnum', 18, 'aub')}.short`],
    }),
  },
  {
    id: 'dropbox-short-lived-token',
    description: 'Dropbox short-lived access token (sl.)',
    keywords: ['sl.'],
    pattern: /(?<![\w.-])sl\.(?:u\.)?[A-Za-z0-9_-]{130,1500}(?![\w-])/,
    validate: (s: string) => plausible(s) && looksRandom(s.replace(/^sl\.(?:u\.)?/, '').slice(0, 200)),
    severity: 'error',
    remediation: ROTATE('access token', 'Dropbox (App console > revoke, or /2/auth/token/revoke)'),
    samples: () => ({
      positive: [`DROPBOX_ACCESS_TOKEN=sl.B${synth('base64url', 137, 'dbx1')}`, `dbx = dropbox.Dropbox("sl.u.${synth('base64url', 400, 'dbx2')}")`],
      negative: ['DROPBOX_ACCESS_TOKEN=sl.xxxxx', `ssl.${synth('base64url', 140, 'dbx3')}`, `token = "sl.${synth('base64url', 60, 'dbx4')}"`],
    }),
  },
  {
    id: 'yandex-iam-token',
    description: 'Yandex Cloud IAM token (t1.)',
    keywords: ['t1.'],
    pattern: /(?<![\w.-])t1\.[A-Za-z0-9_-]{20,200}={0,2}\.[A-Za-z0-9_-]{86}={0,2}(?![\w.=-])/,
    validate: plausible,
    severity: 'error',
    remediation: 'IAM tokens live 12 hours at most: revoke the key of the account that issued it (Yandex Cloud IAM) if it is still valid, and do not store tokens.',
    samples: () => ({
      positive: [`YC_TOKEN=t1.${synth('base64url', 90, 'ya1')}.${synth('base64url', 86, 'ya2')}`, `"iamToken": "t1.${synth('base64url', 64, 'ya3')}==.${synth('base64url', 86, 'ya4')}"`],
      negative: ['YC_TOKEN=t1.<token>', `t1.${synth('base64url', 90, 'ya5')}.${synth('base64url', 40, 'ya6')}`],
    }),
  },
  {
    id: 'salesforce-access-token',
    description: 'Salesforce session / access token (00D…!…)',
    keywords: ['00d'],
    pattern: /(?<![\w-])00D[A-Za-z0-9]{12,15}![A-Za-z0-9_.]{90,110}(?![\w.])/,
    validate: plausible,
    severity: 'error',
    remediation: 'Revoke the session in Salesforce (Setup > Session Management, or the connected app OAuth usage) and re-authenticate.',
    samples: () => ({
      positive: [`SF_ACCESS_TOKEN=00D${synth('base62', 12, 'sf1')}!${synth('base62', 96, 'sf2')}`, `-H "Authorization: Bearer 00D${synth('base62', 15, 'sf3')}!AQ${synth('base62', 94, 'sf4')}"`],
      negative: ['SF_ACCESS_TOKEN=00D000000000000!<session>', `00D${synth('base62', 12, 'sf5')}!${synth('base62', 40, 'sf6')}`],
    }),
  },
  {
    id: 'zoho-oauth-token',
    description: 'Zoho OAuth access or refresh token (1000.<hex>.<hex>)',
    keywords: ['1000.'],
    pattern: /(?<![\w.-])1000\.[a-f0-9]{32}\.[a-f0-9]{32}(?![\w.-])/,
    validate: plausible,
    severity: 'error',
    remediation: ROTATE('OAuth token', 'Zoho (API console > revoke the refresh token)'),
    samples: () => ({
      positive: [`ZOHO_REFRESH_TOKEN=1000.${synth('hex', 32, 'zo1')}.${synth('hex', 32, 'zo2')}`, `-H "Authorization: Zoho-oauthtoken 1000.${synth('hex', 32, 'zo3')}.${synth('hex', 32, 'zo4')}"`],
      negative: ['timeout = 1000.0', `version 1000.${synth('hex', 32, 'zo5')}`],
    }),
  },
  {
    id: 'akamai-edgegrid-token',
    description: 'Akamai EdgeGrid client or access token (akab-)',
    keywords: ['akab-'],
    pattern: /(?<![\w-])akab-[a-z0-9]{16}-[a-z0-9]{16}(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: ROTATE('API client credential', 'Akamai Control Center (Identity & Access > API clients)'),
    samples: () => ({
      positive: [`client_token = akab-${synth('lowerAlnum', 16, 'ak1')}-${synth('lowerAlnum', 16, 'ak2')}`, `AKAMAI_ACCESS_TOKEN="akab-${synth('lowerAlnum', 16, 'ak3')}-${synth('lowerAlnum', 16, 'ak4')}"`],
      negative: ['client_token = akab-client-token-xxx', `akab-${synth('lowerAlnum', 16, 'ak5')}`],
    }),
  },
  {
    id: 'rancher-api-token',
    description: 'Rancher API token (token-xxxxx:secret)',
    keywords: ['token-'],
    pattern: /(?<![\w-])token-[a-z0-9]{5}:[a-z0-9]{54}(?![\w-])/,
    validate: (s: string) => plausible(s) && looksRandom(s.slice(12)),
    severity: 'error',
    remediation: ROTATE('API key', 'Rancher (User avatar > Account & API keys)'),
    samples: () => ({
      positive: [`RANCHER_TOKEN=token-${synth('lowerAlnum', 5, 'ra1')}:${synth('lowerAlnum', 54, 'ra2')}`, `token: "token-${synth('lowerAlnum', 5, 'ra3')}:${synth('lowerAlnum', 54, 'ra4')}"`],
      negative: ['RANCHER_TOKEN=token-abcde:<secret>', `token-${synth('lowerAlnum', 5, 'ra5')}:${synth('lowerAlnum', 20, 'ra6')}`],
    }),
  },
  {
    id: 'appwrite-api-key',
    description: 'Appwrite API key (standard_<hex>)',
    keywords: ['standard_'],
    pattern: /(?<![\w-])standard_[a-f0-9]{128,512}(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: ROTATE('API key', 'the Appwrite console (Project > Overview > API keys)'),
    samples: () => ({
      positive: [`APPWRITE_API_KEY=standard_${synth('hex', 256, 'aw1')}`, `.setKey("standard_${synth('hex', 128, 'aw2')}")`],
      negative: ['numpy.standard_normal(size=10)', `standard_${synth('hex', 64, 'aw3')}`],
    }),
  },
  {
    id: 'cloudflare-tunnel-token',
    description: 'Cloudflare Tunnel token (base64 JSON with account, tunnel and secret)',
    keywords: ['eyjhijoi'],
    pattern: /(?<![\w+/-])eyJhIjoi[A-Za-z0-9+/_-]{80,400}={0,2}(?![\w+/=-])/,
    validate: (s: string) => {
      const o = decodedJsonObject(s);
      return o !== undefined && typeof o.a === 'string' && typeof o.t === 'string' && typeof o.s === 'string' && looksRandom(o.s);
    },
    severity: 'error',
    remediation: 'Refresh the tunnel token (Zero Trust > Networks > Tunnels > the tunnel > Refresh token) and restart cloudflared with the new one from a secret store.',
    samples: () => {
      const token = (seed: string): string =>
        Buffer.from(JSON.stringify({ a: synth('hex', 32, seed + 'a'), t: uuid(seed + 't'), s: Buffer.from(synth('base62', 32, seed + 's')).toString('base64') })).toString('base64');
      return {
        positive: [`TUNNEL_TOKEN=${token('cft1')}`, `cloudflared tunnel run --token ${token('cft2')}`],
        negative: [`TUNNEL_TOKEN=${Buffer.from(JSON.stringify({ a: 'account', b: synth('hex', 80, 'cft3') })).toString('base64')}`, 'cloudflared tunnel run --token eyJhIjoi...'],
      };
    },
  },
  {
    id: 'twitter-bearer-token',
    description: 'X / Twitter app-only bearer token (AAAA…%…)',
    keywords: ['aaaaaaaaaaaaaaaaaaaaa'],
    pattern: /(?<![\w%-])AAAAAAAAAAAAAAAAAAAAA[A-Za-z0-9%]{60,130}(?![\w%-])/,
    validate: (s: string) => /%[0-9A-F]{2}/.test(s) && looksRandom(s.replace(/^A+/, '').replace(/%[0-9A-F]{2}/g, '')),
    severity: 'error',
    remediation: ROTATE('bearer token', 'the X developer portal (Project > App > Keys and tokens > Regenerate)'),
    samples: () => {
      const tok = (seed: string): string => `${'A'.repeat(22)}${synth('base62', 20, seed)}%3D${synth('base62', 20, seed + 'b')}%2B${synth('base62', 40, seed + 'c')}`;
      return {
        positive: [`TWITTER_BEARER_TOKEN=${tok('tw1')}`, `client = tweepy.Client(bearer_token="${tok('tw2')}")`],
        negative: [`padding = "${'A'.repeat(90)}"`, `TWITTER_BEARER_TOKEN=${'A'.repeat(22)}${synth('base62', 80, 'tw3')}`],
      };
    },
  },
  {
    id: 'mercury-api-token',
    description: 'Mercury banking API token (secret-token:mercury_…)',
    keywords: ['secret-token:mercury_'],
    pattern: /(?<![\w-])secret-token:mercury_(?:production|sandbox)_[A-Za-z0-9_]{30,80}(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: ROTATE('API token', 'Mercury (Settings > API tokens)'),
    samples: () => ({
      positive: [`MERCURY_API_TOKEN=secret-token:mercury_production_wma_${synth('base62', 40, 'me1')}_yrucrem`, `"token": "secret-token:mercury_sandbox_${synth('base62', 48, 'me2')}"`],
      negative: ['MERCURY_API_TOKEN=secret-token:mercury_production_<token>', `secret-token:mercury_production_${synth('base62', 12, 'me3')}`],
    }),
  },
  {
    id: 'azure-container-registry-password',
    description: 'Azure Container Registry admin or token password (…+ACR…)',
    keywords: ['+acr'],
    pattern: /(?<![\w+/-])[A-Za-z0-9+/]{42}\+ACR[A-Za-z0-9]{6}(?![\w+/=-])/,
    validate: plausible,
    severity: 'error',
    remediation: 'Regenerate the registry password in the Azure portal (Container registry > Access keys, or the token > Regenerate) and prefer managed identities.',
    samples: () => ({
      positive: [`ACR_PASSWORD=${synth('base62', 42, 'acr1')}+ACR${synth('base62', 6, 'acr2')}`, `docker login acme.azurecr.io -u acme -p ${synth('base64', 42, 'acr3')}+ACR${synth('base62', 6, 'acr4')}`],
      negative: [`ACR_PASSWORD=${synth('base62', 20, 'acr5')}+ACR${synth('base62', 6, 'acr6')}`, 'image: acme+ACRpush'],
    }),
  },
  {
    id: 'azure-app-configuration-connection-string',
    description: 'Azure App Configuration connection string secret',
    keywords: ['.azconfig.io'],
    pattern: /Endpoint=https:\/\/[\w-]{1,60}\.azconfig\.io;\s{0,4}Id=[^;\s"']{1,60};\s{0,4}Secret=(?<secret>[A-Za-z0-9+/]{40,60}={0,2})(?![\w+/=])/,
    validate: plausible,
    severity: 'error',
    remediation: 'Regenerate the access key in the Azure portal (App Configuration > Access settings) and prefer managed identities.',
    samples: () => {
      const s1 = `${synth('base64', 43, 'azc1')}=`;
      const s2 = `${synth('base64', 43, 'azc2')}=`;
      return {
        positive: [`APP_CONFIG=Endpoint=https://acme-config.azconfig.io;Id=${synth('base62', 4, 'azc3')}-l0-s0:${synth('base62', 20, 'azc4')};Secret=${s1}`, `"AppConfig": "Endpoint=https://orders.azconfig.io;Id=x1y2-l9-s0:${synth('base62', 20, 'azc5')};Secret=${s2}"`],
        negative: ['Endpoint=https://acme.azconfig.io;Id=<id>;Secret=<secret>', 'Endpoint=https://acme.azconfig.io'],
        secrets: [s1, s2],
      };
    },
  },
  {
    id: 'nuget-config-password',
    description: 'Clear-text password in a NuGet.Config packageSourceCredentials entry',
    keywords: ['cleartextpassword'],
    pattern: /<add\s{1,8}key=["']ClearTextPassword["']\s{1,8}value=["'](?<secret>[^"'\s]{6,200})["']/i,
    validate: (v: string) => !/^[$%]/.test(v) && !isTemplateReference(v) && !isPlaceholder(v),
    severity: 'error',
    remediation: 'Change that feed password or token and pass it with `dotnet nuget update source --store-password-in-clear-text` from CI secrets, or an environment variable (%VAR%), instead of the committed NuGet.Config.',
    samples: () => ({
      positive: [`<add key="ClearTextPassword" value="${synth('base62', 24, 'ng1')}" />`, `      <add key='ClearTextPassword' value='${synth('base64url', 52, 'ng2')}'/>`],
      negative: ['<add key="ClearTextPassword" value="%NUGET_PASSWORD%" />', '<add key="ClearTextPassword" value="$(FeedPassword)" />', '<add key="Username" value="build-bot" />'],
    }),
  },
  {
    id: 'docker-config-auth',
    description: 'Registry credentials in a Docker config (auths … "auth": base64 of user:password), also JSON-escaped',
    keywords: ['"auth"', '"auth\\"'],
    pattern: /\\?"auth\\?"\s{0,8}:\s{0,8}\\?"(?<secret>[A-Za-z0-9+/]{8,1000}={0,2})\\?"/,
    validate: (s: string) => {
      const decoded = Buffer.from(s, 'base64').toString('utf8');
      const m = /^([^:\s]{1,100}):(\S{6,})$/.exec(decoded);
      const pw = m?.[2];
      return pw !== undefined && !/[\u0000-\u001f\ufffd]/.test(decoded) && !isTemplateReference(pw) && !isPlaceholder(pw) && pw !== m![1] && !/^(?:password|passwd|pass|secret|changeme|token)$/i.test(pw);
    },
    severity: 'error',
    remediation: 'Change that registry password or token, then log in with a credential helper (credsStore) or a CI secret instead of committing the Docker config.',
    samples: () => {
      const auth = (user: string, seed: string): string => Buffer.from(`${user}:${synth('base62', 24, seed)}`).toString('base64');
      return {
        positive: [
          `      "auth": "${auth('ci-bot', 'dk1')}"`,
          `DOCKER_AUTH_CONFIG="{\\"auths\\":{\\"registry.acme.io\\":{\\"auth\\":\\"${auth('deploy', 'dk2')}\\"}}}"`,
          `{"auths":{"ghcr.io":{"auth":"${auth('octo', 'dk3')}"}}}`,
        ],
        secrets: [auth('ci-bot', 'dk1'), auth('deploy', 'dk2'), auth('octo', 'dk3')],
        negative: [`"auth": "${Buffer.from('user:password').toString('base64')}"`, `"auth": "${Buffer.from('ci-bot:${REGISTRY_TOKEN}').toString('base64')}"`, '"auth": "basic"'],
      };
    },
  },
  {
    id: 'vercel-blob-token',
    description: 'Vercel Blob read-write token (vercel_blob_rw_)',
    keywords: ['vercel_blob_rw_'],
    pattern: /(?<![\w-])vercel_blob_rw_[A-Za-z0-9]{10,20}_[A-Za-z0-9]{20,40}(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: ROTATE('read-write token', 'Vercel (Storage > the Blob store > Settings > rotate the token)'),
    samples: () => ({
      positive: [`BLOB_READ_WRITE_TOKEN=vercel_blob_rw_${synth('base62', 16, 'vb1')}_${synth('base62', 30, 'vb2')}`, `token: "vercel_blob_rw_${synth('base62', 16, 'vb3')}_${synth('base62', 30, 'vb4')}"`],
      negative: ['BLOB_READ_WRITE_TOKEN=vercel_blob_rw_xxx', `vercel_blob_rw_${synth('base62', 16, 'vb5')}`],
    }),
  },
  {
    id: 'configcat-sdk-key',
    description: 'ConfigCat SDK key (configcat-sdk-1/…/…)',
    keywords: ['configcat-sdk-1/'],
    pattern: /(?<![\w-])configcat-sdk-1\/[A-Za-z0-9_-]{22}\/[A-Za-z0-9_-]{22}(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: ROTATE('SDK key', 'ConfigCat (Manage > SDK keys > Rotate)'),
    samples: () => ({
      positive: [`CONFIGCAT_SDK_KEY=configcat-sdk-1/${synth('base64url', 22, 'cc1')}/${synth('base64url', 22, 'cc2')}`, `configcat.getClient("configcat-sdk-1/${synth('base64url', 22, 'cc3')}/${synth('base64url', 22, 'cc4')}")`],
      negative: ['CONFIGCAT_SDK_KEY=configcat-sdk-1/<config>/<environment>', `configcat-sdk-1/${synth('base64url', 22, 'cc5')}`],
    }),
  },
  {
    id: 'wix-api-key',
    description: 'Wix API key (IST.eyJ…)',
    keywords: ['ist.eyj'],
    pattern: /(?<![\w.-])IST\.eyJ[A-Za-z0-9_-]{20,2000}\.[A-Za-z0-9_-]{20,2000}\.[A-Za-z0-9_-]{20,1000}(?![\w.-])/,
    validate: plausible,
    severity: 'error',
    remediation: ROTATE('API key', 'Wix (Account settings > API keys)'),
    samples: () => {
      const seg = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
      const key = (seed: string): string => `IST.${seg({ kid: synth('hex', 8, seed), alg: 'RS256' })}.${seg({ data: synth('base62', 60, seed + 'p') })}.${synth('base64url', 86, seed + 's')}`;
      return { positive: [`WIX_API_KEY=${key('wx1')}`, `headers: { Authorization: "${key('wx2')}" }`], negative: ['WIX_API_KEY=IST.eyJ...', `IST.${seg({ alg: 'RS256' })}`] };
    },
  },
  {
    id: 'roblox-security-cookie',
    description: 'Roblox .ROBLOSECURITY session cookie',
    keywords: ['_|warning:-do-not-share-this.'],
    pattern: /_\|WARNING:-DO-NOT-SHARE-THIS\.--Sharing-this-will-allow-someone-to-log-in-as-you-and-to-steal-your-ROBUX-and-items\.\|_[A-Za-z0-9]{100,2000}(?![\w-])/,
    validate: (s: string) => looksRandom(s.slice(s.lastIndexOf('|_') + 2, s.lastIndexOf('|_') + 202)),
    severity: 'error',
    remediation: 'Log out of all sessions on Roblox (Settings > Security > Log out of all other sessions) so the cookie stops working.',
    samples: () => {
      const banner = '_|WARNING:-DO-NOT-SHARE-THIS.--Sharing-this-will-allow-someone-to-log-in-as-you-and-to-steal-your-ROBUX-and-items.|_';
      return {
        positive: [`ROBLOSECURITY=${banner}${synth('HEX', 600, 'rb1')}`, `cookies = {".ROBLOSECURITY": "${banner}${synth('HEX', 300, 'rb2')}"}`],
        negative: [`ROBLOSECURITY=${banner}`, `cookie = "${banner}<cookie>"`],
      };
    },
  },
  {
    id: 'clickup-personal-token',
    description: 'ClickUp personal API token (pk_<user id>_<32 characters>)',
    keywords: ['pk_'],
    pattern: /(?<![\w-])pk_\d{4,12}_[A-Z0-9]{32}(?![\w-])/,
    validate: (s: string) => plausible(s) && looksRandom(s.slice(s.lastIndexOf('_') + 1)),
    severity: 'error',
    remediation: ROTATE('personal token', 'ClickUp (Settings > Apps > API token > Regenerate)'),
    samples: () => ({
      positive: [`CLICKUP_API_TOKEN=pk_${synth('0123456789', 8, 'cu1')}_${synth('upperAlnum', 32, 'cu2')}`, `-H "Authorization: pk_${synth('0123456789', 6, 'cu3')}_${synth('upperAlnum', 32, 'cu4')}"`],
      negative: ['CLICKUP_API_TOKEN=pk_12345678_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', `pk_${synth('0123456789', 8, 'cu5')}_${synth('upperAlnum', 16, 'cu6')}`, 'order_by = "pk_id"'],
    }),
  },
  {
    id: 'uploadthing-token',
    description: 'UploadThing token (base64 JSON with apiKey, appId and regions)',
    keywords: ['eyjhcgllzxkioij'],
    pattern: /(?<![\w+/-])eyJhcGlLZXkiOiJ[A-Za-z0-9+/]{40,600}={0,2}(?![\w+/=-])/,
    validate: (s: string) => {
      const o = decodedJsonObject(s);
      return typeof o?.apiKey === 'string' && /^sk_(?:live|test)_[A-Za-z0-9]{20,}$/.test(o.apiKey) && looksRandom(o.apiKey.slice(8));
    },
    severity: 'error',
    remediation: ROTATE('API key', 'the UploadThing dashboard (API keys > Roll)'),
    samples: () => {
      const token = (seed: string): string => Buffer.from(JSON.stringify({ apiKey: `sk_live_${synth('hex', 64, seed)}`, appId: synth('lowerAlnum', 10, seed + 'a'), regions: ['sea1'] })).toString('base64');
      return {
        positive: [`UPLOADTHING_TOKEN=${token('ut1')}`, `UPLOADTHING_TOKEN='${token('ut2')}'`],
        negative: [`UPLOADTHING_TOKEN=${Buffer.from(JSON.stringify({ apiKey: 'sk_live_xxx', appId: 'app' })).toString('base64')}`, 'UPLOADTHING_TOKEN=eyJhcGlLZXkiOiJ...'],
      };
    },
  },
  {
    id: 'prisma-accelerate-url',
    description: 'Prisma Accelerate / Prisma Postgres connection URL with its API key',
    keywords: ['accelerate.prisma-data.net'],
    pattern: /prisma(?:\+postgres)?:\/\/accelerate\.prisma-data\.net\/?\?api_key=(?<secret>eyJ[A-Za-z0-9_-]{20,1000}\.eyJ[A-Za-z0-9_-]{20,2000}\.[A-Za-z0-9_-]{20,1000})(?![\w.-])/,
    severity: 'error',
    remediation: ROTATE('API key', 'the Prisma Data Platform console (Project > API keys)'),
    samples: () => {
      const seg = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
      const jwt = (seed: string): string => `${seg({ alg: 'HS256', typ: 'JWT' })}.${seg({ api_key: synth('hex', 32, seed), tenant_id: synth('hex', 40, seed + 't') })}.${synth('base64url', 43, seed + 's')}`;
      return {
        positive: [`DATABASE_URL="prisma://accelerate.prisma-data.net/?api_key=${jwt('pr1')}"`, `DATABASE_URL=prisma+postgres://accelerate.prisma-data.net/?api_key=${jwt('pr2')}`],
        negative: ['DATABASE_URL="prisma://accelerate.prisma-data.net/?api_key=__API_KEY__"', 'DATABASE_URL="prisma://accelerate.prisma-data.net/?api_key=${PRISMA_KEY}"'],
        secrets: [jwt('pr1'), jwt('pr2')],
      };
    },
  },
  {
    id: 'docker-swarm-join-token',
    description: 'Docker Swarm join token (SWMTKN-1-)',
    keywords: ['swmtkn-1-'],
    pattern: /(?<![\w-])SWMTKN-1-[a-z0-9]{50}-[a-z0-9]{25}(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: 'Rotate the join token on a manager (docker swarm join-token --rotate worker|manager); nodes already joined are not affected.',
    samples: () => ({
      positive: [`docker swarm join --token SWMTKN-1-${synth('lowerAlnum', 50, 'sw1')}-${synth('lowerAlnum', 25, 'sw2')} 10.0.0.5:2377`, `SWARM_TOKEN=SWMTKN-1-${synth('lowerAlnum', 50, 'sw3')}-${synth('lowerAlnum', 25, 'sw4')}`],
      negative: ['docker swarm join --token SWMTKN-1-<token> 10.0.0.5:2377', `SWMTKN-1-${synth('lowerAlnum', 50, 'sw5')}`],
    }),
  },
  {
    id: 'docker-swarm-unlock-key',
    description: 'Docker Swarm unlock key (SWMKEY-1-)',
    keywords: ['swmkey-1-'],
    pattern: /(?<![\w-])SWMKEY-1-[A-Za-z0-9+/]{43}(?![\w+/=-])/,
    validate: plausible,
    severity: 'error',
    remediation: 'Rotate the unlock key on a manager (docker swarm unlock-key --rotate) and keep the new one in a password manager.',
    samples: () => ({
      positive: [`SWARM_UNLOCK_KEY=SWMKEY-1-${synth('base64', 43, 'su1')}`, `docker swarm unlock # key: SWMKEY-1-${synth('base64', 43, 'su2')}`],
      negative: ['SWARM_UNLOCK_KEY=SWMKEY-1-<key>', `SWMKEY-1-${synth('base64', 20, 'su3')}`],
    }),
  },
  {
    id: 'kubeadm-bootstrap-token',
    description: 'Kubernetes bootstrap token in a kubeadm join command',
    keywords: ['kubeadm'],
    pattern: /kubeadm\s{1,8}(?:join|init|token)\b[^\n]{0,300}?--token[ =](?<secret>[a-z0-9]{6}\.[a-z0-9]{16})(?![\w.-])/,
    validate: plausible,
    severity: 'error',
    remediation: 'Delete the bootstrap token (kubeadm token delete <id>) and create a short-lived one when a node needs to join.',
    samples: () => {
      const t1 = `${synth('lowerAlnum', 6, 'kb1')}.${synth('lowerAlnum', 16, 'kb2')}`;
      const t2 = `${synth('lowerAlnum', 6, 'kb3')}.${synth('lowerAlnum', 16, 'kb4')}`;
      return {
        positive: [`kubeadm join 10.0.0.10:6443 --token ${t1} --discovery-token-ca-cert-hash sha256:${synth('hex', 64, 'kb5')}`, `  - kubeadm join api.k8s.internal:6443 --token=${t2}`],
        negative: ['kubeadm join 10.0.0.10:6443 --token abcdef.0123456789abcdef', 'kubeadm join 10.0.0.10:6443 --token <token>'],
        secrets: [t1, t2],
      };
    },
  },
  {
    id: 'k3s-node-token',
    description: 'K3s cluster join token (K10<hash>::server:<secret>)',
    keywords: ['::server:', '::node:'],
    pattern: /(?<![\w-])K10[a-f0-9]{64}::(?:server|node):[A-Za-z0-9]{16,64}(?![\w-])/,
    validate: (s: string) => looksRandom(s.slice(s.lastIndexOf(':') + 1)),
    severity: 'error',
    remediation: 'Rotate the cluster token (k3s token rotate) and update the servers and agents that use it.',
    samples: () => ({
      positive: [`K3S_TOKEN=K10${synth('hex', 64, 'k31')}::server:${synth('base62', 32, 'k32')}`, `token: "K10${synth('hex', 64, 'k33')}::node:${synth('base62', 24, 'k34')}"`],
      negative: ['K3S_TOKEN=K10<hash>::server:<token>', `K10${synth('hex', 64, 'k35')}::server:aaaaaaaaaaaaaaaaaaaa`],
    }),
  },
  {
    id: 'teamcity-access-token',
    description: 'TeamCity access token (eyJ0eXAiOiAiVENWMiJ9…)',
    keywords: ['eyj0exaioiaivenwmij9'],
    pattern: /(?<![\w.-])eyJ0eXAiOiAiVENWMiJ9\.[A-Za-z0-9_-]{20,200}\.[A-Za-z0-9_-]{20,400}(?![\w.-])/,
    validate: plausible,
    severity: 'error',
    remediation: ROTATE('access token', 'TeamCity (Profile > Access tokens)'),
    samples: () => ({
      positive: [`TEAMCITY_TOKEN=${TC_HEAD}.${synth('base64url', 36, 'tc1')}.${synth('base64url', 60, 'tc2')}`, `-H "Authorization: Bearer ${TC_HEAD}.${synth('base64url', 36, 'tc3')}.${synth('base64url', 60, 'tc4')}"`],
      negative: [`TEAMCITY_TOKEN=${TC_HEAD}.<token>`, `${TC_HEAD}.${synth('base64url', 36, 'tc5')}`],
    }),
  },
  {
    id: 'proxmox-api-token',
    description: 'Proxmox VE API token secret (PVEAPIToken=user@realm!id=<uuid>)',
    keywords: ['pveapitoken='],
    pattern: /PVEAPIToken=[\w.-]{1,64}@[\w.-]{1,32}![\w.-]{1,64}[=:](?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: ROTATE('API token', 'Proxmox VE (Datacenter > Permissions > API Tokens > Remove, then Add)'),
    samples: () => ({
      positive: [`curl -H "Authorization: PVEAPIToken=terraform@pve!ci=${uuid('px1')}" https://pve.lan:8006/api2/json/nodes`, `PM_API_TOKEN='PVEAPIToken=root@pam!backup=${uuid('px2')}'`],
      negative: ['Authorization: PVEAPIToken=USER@REALM!TOKENID=UUID', 'PVEAPIToken=root@pam!backup=${PROXMOX_SECRET}'],
      secrets: [uuid('px1'), uuid('px2')],
    }),
  },
  ...markerRules([
    {
      id: 'openvpn-static-key',
      what: 'OpenVPN static key block (tls-auth / tls-crypt / secret)',
      marker: 'BEGIN OpenVPN Static key V1',
      fix: 'Generate a new static key (openvpn --genkey secret ta.key), deploy it to the server and every client, and keep it out of the repository.',
    },
    {
      id: 'minisign-secret-key',
      what: 'minisign secret key file',
      marker: 'untrusted comment: minisign encrypted secret key',
      fix: 'Generate a new minisign key pair, publish the new public key, and keep the secret key file out of the repository.',
    },
    {
      id: 'signify-secret-key',
      what: 'OpenBSD signify secret key file',
      marker: 'untrusted comment: signify secret key',
      fix: 'Generate a new signify key pair, publish the new public key, and keep the secret key file out of the repository.',
    },
  ]),
];
