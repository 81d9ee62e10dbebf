// Provider rules: generic credential assignments (password, api_key, token, client_secret …) in code and
// config syntaxes, Authorization headers, password flags, .netrc, define() constants.

import { isPlaceholder, isTemplateReference } from '../filters/filters.js';
import type { ProviderRule } from './rule.js';
import { looksRandom } from '../randomness/randomness.js';
import { synth } from '../synthetic.js';
import { endsBefore } from './shared.js';

/** The start of a curl command line, and what ends the stretch it may reach over. */
const CURL_COMMAND = /\bcurl\s/g;
const NEWLINE = /\n/;

/** Separator between a name and its value in the syntaxes we read: = : := => and quotes around the name. */
const SEP = `["'\`]?\\]?\\s*(?::=|=>|=(?!=)|:(?!:))\\s*`;
/**
 * The value: optionally quoted (with a Python string prefix), ending at a quote, a delimiter or the
 * line end. The white space before the delimiter is matched, not looked ahead at: a lookahead that
 * scans an unbounded run is refused by detect/regex-safety.ts (the value cannot hold white space, so
 * this changes only where the match ends, not the secret).
 */
const VALUE = `(?:[rbuRBU]?["'\`])?(?<secret>[^\\s"'\`,;<>(){}\\[\\]]{12,200})(?:(?=["'\`])|\\s*(?=[,;)}\\]#]|\\/\\/|$))`;

/** Values that point at a secret instead of holding it, or that are some other kind of data. */
const NOT_A_LITERAL = /process\.env|os\.environ|getenv|env\(|ENV\[|\$\{|\$\(|\{\{|%\(|#\{|^\$|^-----|:\/\/|^\.{0,2}\/|^~\//;

/** Words that mark a documentation placeholder rather than a value. */
const PLACEHOLDER_WORDS = /your|here|example|placeholder|changeme|dummy|sample|replace|insert|xxxx|todo|fixme|redacted/i;

/**
 * Names, not values: `self.password`, `settings.DB_PASSWORD`, `config.apiKey` (every dotted part a
 * plainly cased identifier) and bare constants such as `ANTHROPIC_API_KEY` or `api_key_value`.
 * A random key has mixed case and no word-separating underscores, so it never has these shapes.
 */
function isIdentifierReference(v: string): boolean {
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(v) || /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/.test(v)) return true;
  const parts = v.split('.');
  return parts.length > 1 && parts.every((p) => /^(?:[a-z_][a-z0-9_]*|[A-Z_][A-Z0-9_]*|[a-z]+(?:[A-Z][a-z0-9]+)*|[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)*)$/.test(p));
}

/**
 * Kubernetes Secret data and similar configs hold base64: judge what it encodes, so that
 * `Y2hhbmdlbWU=` (changeme) stays quiet while an encoded random key is still reported.
 */
function decodedIfBase64Text(v: string): string {
  if (v.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(v)) return v;
  const text = Buffer.from(v, 'base64').toString('latin1');
  return /^[\x20-\x7e]+$/.test(text) ? text : v;
}

/**
 * Deliberately narrow, because false alarms on ordinary code cost more than a missed weak
 * password: the value must be a literal of 12+ characters that looks random and is not a
 * reference. Rule ids start with `generic-` so the engine ranks them below every
 * provider-specific rule when two findings overlap.
 */
function literalSecret(raw: string): boolean {
  if (NOT_A_LITERAL.test(raw) || isIdentifierReference(raw)) return false;
  const v = decodedIfBase64Text(raw);
  if (v.length < 12) return false;
  return !isTemplateReference(v) && !isPlaceholder(v) && !PLACEHOLDER_WORDS.test(v) && looksRandom(v);
}

/** WordPress's key generator alphabet: printable ASCII minus quotes and backslash. */
const ALPHA_WP = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*()-_ []{}<>~+=,.;:/?|';

const ROTATE = 'Rotate the credential at the service it belongs to, then load it from the environment or a secret manager; if it reached a shared branch, rotation is mandatory.';

interface AssignmentSpec {
  readonly id: string;
  readonly description: string;
  readonly keywords: string[];
  /** Regex source for the last word(s) of the name, e.g. `api[_-]?key`. */
  readonly name: string;
  readonly remediation?: string;
  /** Two names the samples use: one code-style, one JSON-style. */
  readonly sampleNames: [string, string];
}

/** A two-word name (`api_key`, `apiKey`, `api-key`): its keywords, pattern and sample names follow from the words. */
function twoWordName(first: string, second: string): Pick<AssignmentSpec, 'keywords' | 'name' | 'sampleNames'> {
  return {
    keywords: [`${first}_${second}`, `${first}${second}`, `${first}-${second}`],
    name: `${first}[_-]?${second}`,
    sampleNames: [`${first}_${second}`, `${first}${second[0].toUpperCase()}${second.slice(1)}`],
  };
}

function assignment({ id, description, keywords, name, remediation = ROTATE, sampleNames }: AssignmentSpec): ProviderRule {
  return {
    id,
    description,
    keywords,
    // The name's own prefix (db_, my, app.) is not matched: the keyword must simply end the name,
    // which the separator right after it guarantees. Matching the prefix made the regex quadratic.
    pattern: new RegExp(`(?:${name})${SEP}${VALUE}`, 'i'),
    severity: 'error',
    validate: literalSecret,
    remediation,
    samples: () => ({
      positive: [
        `${sampleNames[0]} = "${synth('base62', 24, id + 1)}"`,
        `  "${sampleNames[1]}": "${synth('base64url', 32, id + 2)}",`,
        `export ${sampleNames[0].toUpperCase()}=${synth('base62', 20, id + 3)}`,
        `${sampleNames[0]}: ${synth('base62', 22, id + 7)}  \t  # rotated weekly`,
      ],
      negative: [
        `${sampleNames[0]} = os.environ["${sampleNames[0].toUpperCase()}"]`,
        `${sampleNames[1]}: process.env.${sampleNames[1].toUpperCase()},`,
        `${sampleNames[0]} = "your-${sampleNames[1].replace(/_/g, '-')}-goes-here"`,
        `if ${sampleNames[0]} == "${synth('base62', 24, id + 4)}":`,
        `${sampleNames[0]} = "${synth('base62', 8, id + 5)}"`,
        `${sampleNames[0]}_hint = "${synth('base62', 24, id + 6)}"`,
        `${sampleNames[0]} = get_${sampleNames[0]}(user)`,
        `  ${sampleNames[1]}: ANTHROPIC_${sampleNames[0].toUpperCase()}_VALUE, retries: 3,`,
        `${sampleNames[0]} = settings.${sampleNames[0].toUpperCase()}`,
        `${sampleNames[0]} = "\${${sampleNames[0].toUpperCase()}}"`,
        `${sampleNames[0]} = ${synth('base62', 22, id + 8)}   more words`,
      ],
    }),
  };
}

const NETRC_FIX = 'Change the password or token for that host and keep ~/.netrc out of repositories (chmod 600, or a credential helper).';

export const rules: readonly ProviderRule[] = [
  assignment({
    id: 'generic-password',
    description: 'Password assigned a random-looking literal',
    keywords: ['password', 'passwd', 'pwd', 'passphrase'],
    name: 'password|passwd|pwd|passphrase',
    sampleNames: ['db_password', 'password'],
  }),
  assignment({ id: 'generic-api-key', description: 'API key assigned a random-looking literal', ...twoWordName('api', 'key') }),
  assignment({ id: 'generic-access-token', description: 'Access token assigned a random-looking literal', ...twoWordName('access', 'token') }),
  assignment({ id: 'generic-auth-token', description: 'Auth token assigned a random-looking literal', ...twoWordName('auth', 'token') }),
  assignment({
    id: 'generic-token',
    description: 'Token assigned a random-looking literal',
    keywords: ['token'],
    name: '(?<!access[_-]?|auth[_-]?)token',
    sampleNames: ['bot_token', 'refresh_token'],
  }),
  assignment({
    id: 'generic-client-secret',
    description: 'OAuth client or app secret assigned a random-looking literal',
    keywords: ['client_secret', 'clientsecret', 'client-secret', 'app_secret', 'appsecret', 'consumer_secret', 'consumersecret'],
    name: '(?:client|app|consumer)[_-]?secret',
    sampleNames: ['client_secret', 'clientSecret'],
  }),
  assignment({
    id: 'generic-secret',
    description: 'Secret or secret key assigned a random-looking literal',
    keywords: ['secret'],
    name: '(?<!client[_-]?|app[_-]?|consumer[_-]?)secret(?:[_-]?key)?',
    sampleNames: ['webhook_secret', 'secretKey'],
  }),
  assignment({
    id: 'generic-private-key-value',
    description: 'Private key (not PEM) assigned a random-looking literal',
    remediation: 'Replace the key pair (or wallet / signing key) it belongs to and move the private half to a secret store.',
    ...twoWordName('private', 'key'),
  }),
  {
    id: 'generic-xml-credential',
    description: 'Password, token or key as the text of an XML element',
    keywords: ['password>', 'passwd>', 'token>', 'apikey>', 'api_key>', 'secret>'],
    pattern: /<(?<tag>[A-Za-z0-9_:.-]*?(?:password|passwd|token|api_?key|secret))>\s*(?<secret>[^<\s]{12,200})\s*<\/\k<tag>>/i,
    severity: 'error',
    validate: literalSecret,
    remediation: ROTATE,
    samples: () => ({
      positive: [`<password>${synth('base62', 20, 'xml1')}</password>`, `  <apiKey>${synth('base64url', 32, 'xml2')}</apiKey>`],
      negative: ['<password>${env.DB_PASSWORD}</password>', '<password></password>', `<passwordPolicy>${synth('base62', 20, 'xml3')}</passwordPolicy>`],
    }),
  },
  {
    id: 'generic-bearer-token',
    description: 'Bearer token written into an Authorization header',
    keywords: ['bearer '],
    pattern: /authorization["']?\s{0,8}[:=,][\s"'`]{0,8}bearer\s{1,8}(?<secret>[A-Za-z0-9._~+/-]{20,4000}={0,3})(?![A-Za-z0-9._~+/=-])/i,
    severity: 'error',
    validate: literalSecret,
    remediation: ROTATE,
    samples: () => ({
      positive: [`curl -H "Authorization: Bearer ${synth('base62', 40, 'bear1')}" https://api.example.com`, `headers = {"Authorization": "Bearer ${synth('base64url', 48, 'bear2')}"}`],
      negative: ['curl -H "Authorization: Bearer $TOKEN" https://api.example.com', 'headers = {"Authorization": f"Bearer {token}"}', '"Authorization": "Bearer <your-token-here>"'],
    }),
  },
  {
    id: 'generic-token-auth-header',
    description: 'Token written into an Authorization header with the Token / Api-Key scheme (DRF, GitHub, Discourse, curl -H)',
    keywords: ['authorization'],
    pattern: /authorization["']?\s{0,8}[:=,][\s"'`]{0,8}(?:token|api-?key|api-token)[ =](?<secret>[A-Za-z0-9._~+/-]{20,500}={0,2})(?![A-Za-z0-9._~+/=-])/i,
    severity: 'error',
    validate: literalSecret,
    remediation: ROTATE,
    samples: () => ({
      positive: [
        `curl -H "Authorization: Token ${synth('hex', 40, 'tok1')}" https://api.example.com/v1/items`,
        `headers = {"Authorization": "Token ${synth('base62', 32, 'tok2')}"}`,
        `curl --header 'Authorization: Api-Key ${synth('base64url', 36, 'tok3')}' https://api.example.com`,
      ],
      negative: ['curl -H "Authorization: Token $API_TOKEN" https://api.example.com', 'headers = {"Authorization": f"Token {token}"}', '"Authorization": "Token <your-token>"'],
    }),
  },
  {
    id: 'generic-basic-auth-header',
    description: 'HTTP Basic credentials written into an Authorization header',
    keywords: ['basic '],
    pattern: /authorization["']?\s{0,8}[:=,][\s"'`]{0,8}basic\s{1,8}(?<secret>[A-Za-z0-9+/]{12,2000}={0,2})(?![A-Za-z0-9+/=])/i,
    severity: 'error',
    validate: (s: string) => {
      const text = Buffer.from(s, 'base64').toString('utf8');
      const colon = text.indexOf(':');
      if (colon <= 0 || !/^[\x20-\x7e]+$/.test(text)) return false;
      const password = text.slice(colon + 1);
      return password.length >= 8 && !/^(?:password|pass|secret|changeme|\*+|x+)$/i.test(password) && !/\$\{|\{\{|<.*>/.test(password);
    },
    remediation: 'Change the password (or token) of that account and stop writing credentials into requests in code.',
    samples: () => {
      const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
      return {
        positive: [`curl -H "Authorization: Basic ${b64(`deploy:${synth('base62', 16, 'basic1')}`)}" https://ci.example.com`, `Authorization: Basic ${b64(`api:${synth('base62', 24, 'basic2')}`)}`],
        negative: [`Authorization: Basic ${b64('user:password')}`, `Authorization: Basic ${b64(synth('base62', 20, 'basic3'))}`, 'Authorization: Basic ${CREDENTIALS}'],
      };
    },
  },
  {
    id: 'generic-password-flag',
    description: 'Password passed as a command-line flag',
    keywords: ['--password', '--passwd', '--pass'],
    pattern: /(?<![A-Za-z0-9-])--pass(?:word|wd)?(?:=|\s+)["']?(?<secret>[^\s"'`;|&]{12,200})/i,
    severity: 'error',
    validate: literalSecret,
    remediation: 'Change that password; pass it through an environment variable, a file or a prompt instead of the command line (it ends up in shell history and process lists).',
    samples: () => ({
      positive: [`mysql -u root --password=${synth('base62', 20, 'flag1')} app`, `docker login registry.example.com --username ci --password '${synth('base64url', 24, 'flag2')}'`],
      negative: ['docker login --username ci --password-stdin', 'mysql -u root --password="$MYSQL_PASSWORD" app', `mysql -u root --password=${synth('base62', 6, 'flag3')}`],
    }),
  },
  {
    id: 'generic-c-define-credential',
    description: 'C/C++ preprocessor constant holding a password, token or key',
    keywords: ['#define', '# define', '#\tdefine'],
    pattern: /#[ \t]?define\s+[A-Za-z0-9_]*(?:PASSWORD|PASSWD|PASSPHRASE|PWD|TOKEN|API_?KEY|SECRET|PSK)\s+(?:[LuU]8?)?"(?<secret>[^"\\]{12,200})"/i,
    severity: 'error',
    validate: literalSecret,
    remediation: 'Rotate the credential and provision it at build or flash time (secure storage, build secret) instead of in the source.',
    samples: () => ({
      positive: [`#define WIFI_PASSWORD "${synth('base62', 18, 'cdef1')}"`, `# define MQTT_TOKEN "${synth('base64url', 32, 'cdef2')}"`],
      negative: ['#define WIFI_PASSWORD "changeme-please"', '#define PASSWORD_MAX_LEN 64', `#define TOKEN_PREFIX "${'Bearer '}"`],
    }),
  },
  {
    id: 'generic-php-define-credential',
    description: "PHP define() of a password, token or key (wp-config.php and similar)",
    keywords: ['define('],
    pattern: /define\(\s*["'][A-Za-z0-9_]*(?:PASSWORD|PASSWD|PWD|TOKEN|API_?KEY|SECRET)["']\s*,\s*(?<q>["'])(?<secret>(?:(?!\k<q>).){8,200})\k<q>/i,
    severity: 'error',
    validate: (v: string) => !NOT_A_LITERAL.test(v) && !isTemplateReference(v) && !isPlaceholder(v) && !PLACEHOLDER_WORDS.test(v) && v.length >= 12 && looksRandom(v),
    remediation: 'Change the password or key, and read it from the environment (getenv) instead of committing it.',
    samples: () => ({
      positive: [`define( 'DB_PASSWORD', '${synth('base62', 12, 'phpd1')}_!${synth('base62', 6, 'phpd2')}' );`, `define("STRIPE_SECRET", "${synth('base62', 32, 'phpd3')}");`],
      negative: ["define( 'DB_PASSWORD', 'password_here' );", "define( 'DB_PASSWORD', getenv('DB_PASSWORD') );", "define( 'DB_PASSWORD', '' );"],
    }),
  },
  {
    id: 'wordpress-auth-key',
    description: 'WordPress authentication key or salt in wp-config.php',
    keywords: ['_key', '_salt'],
    pattern: /define\(\s*["'](?:AUTH|SECURE_AUTH|LOGGED_IN|NONCE)_(?:KEY|SALT)["']\s*,\s*(?<q>["'])(?<secret>(?:(?!\k<q>).){32,})\k<q>/,
    severity: 'error',
    validate: (v: string) => !/put your unique phrase here/i.test(v) && !isPlaceholder(v) && !isTemplateReference(v),
    remediation: 'Generate new keys and salts (https://api.wordpress.org/secret-key/1.1/salt/); this logs every user out. Keep wp-config.php out of the repository.',
    samples: () => ({
      positive: [`define( 'AUTH_KEY',         '${synth(ALPHA_WP, 64, 'wp1')}' );`, `define('NONCE_SALT', '${synth(ALPHA_WP, 64, 'wp2')}');`],
      negative: ["define( 'AUTH_KEY',         'put your unique phrase here' );", "define( 'AUTH_KEY', getenv('WP_AUTH_KEY') );"],
    }),
  },
  {
    id: 'generic-powershell-plaintext-password',
    description: 'PowerShell SecureString built from a plain-text literal',
    keywords: ['convertto-securestring'],
    pattern: /ConvertTo-SecureString\s+(?:-String\s+)?(?<q>["'])(?<secret>(?:(?!\k<q>).){8,200})\k<q>\s+-AsPlainText/i,
    severity: 'error',
    validate: (v: string) => !/^\$/.test(v) && !isTemplateReference(v) && !isPlaceholder(v) && !PLACEHOLDER_WORDS.test(v),
    remediation: 'Change that password and read it from a secret store (SecretManagement, Key Vault) or Get-Credential instead of the script.',
    samples: () => ({
      positive: [`$password = ConvertTo-SecureString "${synth('base62', 22, 'ps1')}" -AsPlainText -Force`, `$s = ConvertTo-SecureString -String '${synth('base62', 16, 'ps2')}' -AsPlainText -Force`],
      negative: ['$password = ConvertTo-SecureString $env:DEPLOY_PASSWORD -AsPlainText -Force', '$password = ConvertTo-SecureString "<password>" -AsPlainText -Force'],
    }),
  },
  {
    id: 'generic-curl-user-password',
    description: 'Password given to curl with -u / --user',
    keywords: ['curl'],
    // The pattern starts at -u; the validator checks that a `curl ` command starts at most 2,000
    // characters before it on the same line (a gap [^\n]{0,2000}? in front of the option made two
    // long quantifiers in a row with the password, which the linear-time check refuses).
    pattern: /(?<=\s)(?:-u|--user)[\s="']{0,10}[^:\s"'=]{1,64}:(?<secret>[^\s"'@]{6,200})(?=["']?(?:\s|$))/,
    severity: 'error',
    validate: (v: string, m: RegExpExecArray) =>
      endsBefore(m.input, m.index, CURL_COMMAND, NEWLINE, 2000) &&
      !/^\$/.test(v) && !isTemplateReference(v) && !isPlaceholder(v) && !PLACEHOLDER_WORDS.test(v) && !/^(?:password|pass|secret|changeme)$/i.test(v),
    remediation: 'Change that password or token, and pass it to curl with --netrc-file, a config file or an environment variable instead of the command line.',
    samples: () => ({
      positive: [
        `curl -fsS -u "deploy:${synth('base62', 24, 'curl1')}" -X POST https://ci.example.internal/job/x`,
        `curl --user admin:${synth('base62', 16, 'curl2')} https://api.example.internal`,
        `curl -s -X POST -u 'ops:${synth('base62', 6, 'curl3')}' https://api.example.internal/reindex`,
        `curl ${'-H x '.repeat(400)}-u deploy:${synth('base62', 16, 'curl4')}`,
      ],
      negative: [
        'curl -u "deploy:$DEPLOY_TOKEN" https://ci.example.internal',
        'curl -u user:password https://api.example.com',
        'curl -u "$USER:$TOKEN" https://x',
        // the option must come after `curl `, at most 2,000 characters after it
        `-u deploy:${synth('base62', 16, 'curl5')} is what curl needs`,
        `curl ${'-H x '.repeat(400)}x -u deploy:${synth('base62', 16, 'curl6')}`,
      ],
      secrets: [synth('base62', 24, 'curl1'), synth('base62', 16, 'curl2'), synth('base62', 6, 'curl3'), synth('base62', 16, 'curl4')],
    }),
  },
  {
    id: 'netrc-password',
    description: 'Password in a one-line .netrc / _netrc entry (machine … login … password …)',
    keywords: ['password '],
    pattern: /(?:^|\s)(?:machine\s+\S+|default)\s+login\s+\S+\s+(?:account\s+\S+\s+)?password\s+(?<secret>[^\s"']{6,200})(?=\s|$)/,
    severity: 'error',
    validate: (v: string) => !/^\$/.test(v) && !isTemplateReference(v) && !isPlaceholder(v) && !PLACEHOLDER_WORDS.test(v) && !/^(?:password|pass|secret|changeme)$/i.test(v),
    remediation: NETRC_FIX,
    samples: () => ({
      positive: [`machine api.example.internal login ops password ${synth('base62', 28, 'netrc1')}`, `default login anonymous password ${synth('base62', 12, 'netrc2')}`],
      negative: ['machine api.example.com login ops password <token>', 'the default password callback if you pass an encrypted key', 'username and password login, session cookies'],
    }),
  },
  {
    id: 'netrc-password-line',
    description: 'Password on its own line of a multi-line .netrc entry',
    keywords: ['password '],
    pattern: /^\s*password\s+(?<secret>[^\s"']{12,200})\s*$/,
    severity: 'error',
    // A bare `password <word>` line is also prose; only a random-looking value counts.
    validate: literalSecret,
    remediation: NETRC_FIX,
    samples: () => ({
      positive: [`  password ${synth('base62', 20, 'netrc3')}`, `password ${synth('base64url', 40, 'netrc4')}`],
      negative: ['    password combination.', '  password ${NETRC_PASSWORD}', 'password authentication'],
    }),
  },
  {
    id: 'aspnet-machine-key',
    description: 'ASP.NET machineKey validation or decryption key',
    keywords: ['machinekey'],
    pattern: /<machineKey\b[^>]*?\b(?:validationKey|decryptionKey)\s*=\s*"(?<secret>[0-9A-Fa-f]{32,256})"/i,
    severity: 'error',
    remediation: 'Generate new machine keys (this invalidates forms-auth tickets and view state) and keep them in protected configuration, not the repository.',
    samples: () => ({
      positive: [`<machineKey validationKey="${synth('HEX', 128, 'mk1')}" decryptionKey="${synth('HEX', 48, 'mk2')}" validation="HMACSHA256" />`, `  <machineKey decryptionKey="${synth('HEX', 64, 'mk3')}" />`],
      negative: ['<machineKey validationKey="AutoGenerate,IsolateApps" decryptionKey="AutoGenerate,IsolateApps" />', '<machineKey validation="HMACSHA256" />'],
    }),
  },
];
