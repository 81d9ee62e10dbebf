// Named false-positive filters: each one recognises a kind of string that looks secret but
// is not (a hash, an id, a template, a placeholder …). Small, separate and testable alone.

/** `${X}`, `{{ x }}`, `${{ secrets.X }}`, `%(x)s`, `$X`, `#{x}`, `<%= … %>`, `%X%`, `{x}`. */
export function isTemplateReference(value: string): boolean {
  const v = value.trim();
  return (
    /\$\{[^}]*\}|\{\{.*\}\}|\{%.*%\}|<%.*%>|#\{[^}]*\}|%\([A-Za-z_]\w*\)[sd]|%env\([^)]*\)%|%[a-z_][\w.]*%|\$__\w+\{[^}]*\}/.test(v) ||
    /^\$[A-Za-z_][A-Za-z0-9_]*$/.test(v) ||
    /^%[A-Za-z_][A-Za-z0-9_]*%$/.test(v) ||
    /^\{[A-Za-z_][\w.-]*\}$/.test(v) ||
    /^\$\([^)]*\)$/.test(v)
  );
}

/** Values written to be replaced: `your-secret-key-here`, `<token>`, `xxxx`, `REPLACE_ME`, `…`. */
export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  if (v === '') return true;
  if (/^<[^<>]*>$/.test(v) || /^\[[^\][]*\]$/.test(v) || /^\(.*\)$/.test(v)) return true;
  if (/^(.)\1{3,}$/i.test(v.replace(/[-_.\s]/g, ''))) return true; // xxxx, ****, 0000, ....
  if (/^[x*•#.\-_\s]*$/i.test(v) || /x{4,}|\*{3,}|•{3,}|\.{3}|…/i.test(v)) return true;
  const low = v.toLowerCase();
  if (isFilledPlaceholder(low) || /^[^\p{L}\p{N}]+$/u.test(v)) return true; // TESTTEST fills, abcdef… runs, punctuation only
  if (/^(?:null|none|nil|undefined|true|false|empty|n\/a|na|tbd|todo|fixme|redacted|hidden|masked|secret_here)$/.test(low)) return true;
  return /your[-_ ]?|replace|placeholder|example|insert[-_ ]|enter[-_ ]|put[-_ ]your|fill[-_ ]?in|add[-_ ]your|goes[-_ ]here|[-_ ]here$|^here[-_ ]|sample|dummy|fake|not[-_ ]?set|^set[-_ ]?me|redacted/.test(low);
}

/**
 * A provider-shaped token filled by hand (`AKIATESTTESTTESTTEST`, `github_pat_xxxx…`, an alphabet
 * run): the part of isPlaceholder that holds for every rule, since a provider's format says
 * nothing about fills. (Words such as `example` are not enough here: an `example.org` webhook
 * URL has a real shape.)
 */
export function isPlaceholderFill(value: string): boolean {
  // A leading run of one character is a format's padding, not a fill, when a long body follows it
  // (X's app-only bearer tokens start with 21 'A's); a value that is all run keeps its last 16 characters.
  const body = value.replace(/^(.)\1{7,}(?=[^]{16})/, '');
  return /x{6,}|\*{3,}|•{3,}|…/i.test(body) || isFilledPlaceholder(body.toLowerCase()) || /^[^\p{L}\p{N}]+$/u.test(body);
}

/** Keyboard rows, as typed to fill a field. */
const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm', '1234567890'];

/**
 * A value filled by hand rather than generated (`low` is lower case): a short unit repeated to 12+
 * characters (`AKIATESTTESTTESTTEST`, `rk_live_TESTtestTEST…`, `CHANGEMEaaaa…`), a run of 8+
 * consecutive letters or digits (`abcdefghijklmnop`, `0123456789`) or 7+ keys of a keyboard row.
 * A random value has none of these (each has odds below one in a million per position).
 */
export function isFilledPlaceholder(low: string): boolean {
  const rep = /(.)\1{2,}|(..)\2{2,}|(.{3})\3{2,}|(.{4})\4{2,}|(.{5})\5{2,}|(.{6})\6{2,}/g;
  let m: RegExpExecArray | null;
  while ((m = rep.exec(low)) !== null) if (m[0].length >= 12) return true;
  let run = 1;
  for (let i = 1; i < low.length; i++) {
    const c = low.charCodeAt(i);
    const p = low.charCodeAt(i - 1);
    const alnum = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    run = alnum && c === p + 1 ? run + 1 : 1;
    if (run >= 8) return true;
  }
  for (const row of KEYBOARD_ROWS) for (let i = 0; i + 7 <= row.length; i++) if (low.includes(row.slice(i, i + 7))) return true;
  return false;
}

/** Values everybody knows: framework defaults, tutorial values, words. */
const KNOWN_WEAK = new Set([
  'dev', 'devel', 'development', 'secret', 'secretkey', 'secret_key', 'secret-key', 'mysecret', 'my_secret', 'my-secret',
  'mysecretkey', 'my_secret_key', 'my-secret-key', 'supersecret', 'super_secret', 'super-secret', 'topsecret', 's3cr3t',
  'changeme', 'change_me', 'change-me', 'changeit', 'password', 'passw0rd', 'p@ssw0rd', 'admin', 'test', 'testing',
  'default', 'keyboard cat', 'keyboardcat', 'shhhh', 'shhh', 'shh', 'foo', 'bar', 'foobar', 'abc', 'abc123', '123456',
  '12345678', 'qwerty', 'letmein', 'hunter2', 'key', 'private', 'local', 'insecure', 'notsecret', 'not-secret',
  'development-key', 'dev-key', 'devkey', 'dev_key', 'secret123', 'jwtsecret', 'jwt_secret', 'jwt-secret',
  'session_secret', 'sessionsecret', 'cookie_secret', 'hard to guess string', 'hard-to-guess-string',
  'somerandomstring', 'thisismysecret', 'your_jwt_secret', 'secretkey123', 'mysecretkey123', 'super-secret-key',
]);

export function isKnownWeakValue(value: string): boolean {
  return KNOWN_WEAK.has(value.trim().toLowerCase());
}

/** RFC 4122-shaped UUIDs (request ids, resource ids): identifiers, not keys. */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/** A 40- or 64-hex value in a context that names a commit or object (`uses: org/action@<sha>`, `commit`, `rev`). */
export function isGitShaContext(value: string, line: string): boolean {
  if (!/^[0-9a-f]{40}$|^[0-9a-f]{64}$/.test(value)) return false;
  return /@[0-9a-f]{40}\b|\b(?:commit|sha|rev|revision|ref|hash|head|base|parent|tree|object|oid)\b/i.test(line);
}

/** Image and content digests: `sha256:…`, `sha512-…` (SRI), `md5:`. */
export function isDigest(value: string, line: string, start: number): boolean {
  const before = line.slice(Math.max(0, start - 8), start).toLowerCase();
  return /(?:sha(?:1|224|256|384|512)|md5|blake2b?|xxh\d*)[:\-]$/.test(before) || /^(?:sha(?:1|256|384|512)|md5)[:\-]/i.test(value);
}

/** Subresource integrity and lockfile integrity fields. */
export function isIntegrityHash(line: string): boolean {
  return /\bintegrity\s*[=:]|"integrity"\s*:|\bchecksum\s*[=:]|\bh1:[A-Za-z0-9+/=]{20,}/i.test(line);
}

/** `data:` URIs (inline images, fonts): encoded content, not keys. */
export function isDataUri(line: string, start: number): boolean {
  const before = line.slice(Math.max(0, start - 60), start);
  return /data:[\w.+-]+\/[\w.+-]+(?:;[\w=.+-]+)*(?:;base64)?,?$/i.test(before) || /data:[\w.+-]+\/[\w.+-][^,]*;base64,/i.test(before);
}

/** Lines of a PEM block or SSH key that are public: certificates, public keys. */
export function isPublicKeyLine(line: string): boolean {
  return /-----BEGIN (?:CERTIFICATE|PUBLIC KEY|RSA PUBLIC KEY|X509 CRL|CERTIFICATE REQUEST|NEW CERTIFICATE REQUEST|PGP PUBLIC KEY BLOCK|SSH2 PUBLIC KEY)|\b(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\d+|sk-ssh-ed25519@openssh\.com) AAAA/.test(line);
}

/**
 * DER public keys in base64 (SubjectPublicKeyInfo: RSA, EC P-256/P-384, Ed25519, X25519) and
 * OpenSSH public key blobs: published on purpose (TUF roots, JWKS, pinned keys).
 */
export function isPublicKeyValue(value: string): boolean {
  return /^(?:MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A|MIICIjANBgkqhkiG9w0BAQEFAAOCAg8A|MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE|MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE|MCowBQYDK2VwAyEA|MCowBQYDK2VuAyEA|AAAAC3NzaC1lZDI1NTE5|AAAAB3NzaC1yc2E|AAAAE2VjZHNhLXNoYTIt)/.test(value);
}

/** Documented example values: AWS's `…EXAMPLE` keys, `example.com` hosts in URLs. */
export function isDocumentedExample(value: string): boolean {
  return /EXAMPLE(?:KEY)?$|^AKIAIOSFODNN7|wJalrXUtnFEMI\/K7MDENG/.test(value);
}

/** Names and lines that declare test vectors or fixtures of hash functions, not credentials. */
export function isTestVectorContext(line: string): boolean {
  return /\b(?:test[_ -]?vector|known[_ -]?answer|expected[_ -]?(?:hash|digest|output|sha|md5)|kat\b)/i.test(line);
}

/** Hash and checksum contexts: the value is a digest of something, not a key. */
export function isHashContext(line: string): boolean {
  return /\b(?:sha-?(?:1|224|256|384|512)|md5|checksum|digest|hash|etag|fingerprint|integrity|crc32?)\b|_(?:sha256|sha1|md5|hash|digest|checksum)\b|<\/?(?:\w+:)?(?:SignatureValue|DigestValue|X509Certificate|Modulus|Exponent)>/i.test(line);
}

/**
 * Values that point somewhere instead of being a secret: package specs (`^1.2.3`, `file:…`,
 * `workspace:*`, `npm:…`), URLs without credentials, file paths.
 */
export function isPointerValue(value: string): boolean {
  const v = value.trim();
  if (/^[~^<>=]*\s*v?\d+(?:\.\d+){0,2}(?:[-+][\w.]+)?(?:\s*(?:-|\|\||<|>|=)+\s*v?\d+(?:\.\d+){0,2})*$/.test(v)) return true;
  if (/^(?:file|link|workspace|npm|portal|patch|git\+[a-z]+|github|gitlab|bitbucket):/.test(v)) return true;
  if (/^[a-z][a-z0-9+.-]*:\/\/[^\s@]+$/i.test(v) && !/:\/\/[^/\s:]*:[^/\s@]*@/.test(v)) return true;
  if (/^(?:\.{1,2}\/|~\/|\/(?:etc|var|run|home|usr|opt|tmp|srv|app|data|secrets?|config)\/)[\w./-]*$/.test(v)) return true;
  // django.contrib.auth.hashers.PBKDF2PasswordHasher, com.acme.security.KeyStore: a module or class path.
  if (/^[a-z_][a-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*){2,}$/.test(v)) return true;
  // dist/cli.js, config/master.key: a relative path ending in a file extension.
  if (/^[\w@.-]+(?:\/[\w@.-]+)*\.(?:js|mjs|cjs|ts|json|ya?ml|toml|ini|cfg|conf|env|txt|pem|key|crt|py|rb|php|sh|xml|properties|p12|pfx|jks)$/.test(v)) return true;
  return false;
}

/**
 * Ciphertext that is safe to commit: SOPS `ENC[…]`, Ansible Vault, Sealed Secrets (`Ag…`),
 * Vault transit `vault:v1:…`, Jasypt `ENC(…)`, Spring `{cipher}…`, AWS KMS blobs, PGP messages.
 */
export function isEncryptedValue(value: string): boolean {
  const v = value.trim();
  return (
    /^ENC\[[A-Za-z0-9_]+(?:,data:.*)?\]$/.test(v) ||
    /^ENC\(.+\)$/.test(v) ||
    v.startsWith('$ANSIBLE_VAULT;') ||
    /^vault:v\d+:/.test(v) ||
    v.startsWith('{cipher}') ||
    /^AQICA[A-Za-z0-9+/]{100,}/.test(v) ||
    /^Ag[A-Za-z0-9+/]{150,}={0,2}$/.test(v) ||
    /^secure:\s*v\d+:/.test(v) || // Pulumi
    v.startsWith('-----BEGIN PGP MESSAGE-----')
  );
}

/** Test code and CI configuration: fixture values and throw-away service passwords live there. */
export function isTestOrCiPath(path: string): boolean {
  return /(?:^|\/)(?:tests?|spec|specs|__tests__|testdata|test-data|e2e|cypress|\.github\/workflows|\.circleci)\/|(?:^|\/)(?:\.gitlab-ci\.yml|\.travis\.yml|azure-pipelines\.ya?ml|bitbucket-pipelines\.yml|jenkinsfile|conftest\.py)$|(?:^|[/._-])tests?[._-][^/]*$|[._-](?:test|spec)\.[a-z]+$|\.env\.(?:test|testing|ci)$/i.test(path);
}

/** Translation files: `password: "Password"` there is a label. */
export function isTranslationPath(path: string): boolean {
  return /(?:^|\/)(?:locales?|i18n|l10n|lang|langs|translations?|messages)\/|(?:^|\/)messages(?:_[a-z]{2}(?:_[A-Z]{2})?)?\.properties$|\.(?:po|pot|xliff|xlf|resx|strings|arb)$/i.test(path);
}

/**
 * Keys that are public by design: Stripe publishable keys, Firebase client configuration
 * (Google documents Firebase API keys as identifiers, not secrets).
 */
export function isPublicByDesign(value: string, line: string, path: string): boolean {
  if (/^pk_(?:live|test)_/.test(value)) return true;
  if (value.startsWith('AIza') && (/google-?services?(?:-info)?\.(?:plist|json)$/i.test(path) || /firebase/i.test(path) || /\bfirebase/i.test(line))) return true;
  return false;
}
