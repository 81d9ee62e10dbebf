// Decides whether a variable, key or option name holds a secret: a signing key (Flask,
// Django, Rails, Laravel, Express, JWT …) or another credential (password, token, API key).

export type NameKind = 'signing' | 'credential' | 'password';

/** Words that, as the last part of a name, say it holds something about a secret, not the secret. */
const NOT_THE_VALUE = new Set([
  'name', 'names', 'file', 'files', 'path', 'paths', 'dir', 'id', 'ids', 'arn', 'ref', 'refs', 'env', 'var',
  'variable', 'length', 'len', 'size', 'bits', 'type', 'types', 'field', 'fields', 'label', 'prefix', 'suffix',
  'format', 'hint', 'provider', 'manager', 'store', 'version', 'count', 'header', 'param', 'parameter',
  'url', 'uri', 'endpoint', 'location', 'loc', 'source', 'backend', 'mode', 'method', 'algorithm', 'alg',
  'policy', 'rotation', 'expiry', 'expires', 'expiration', 'ttl', 'timeout', 'age', 'enabled', 'required',
  'regex', 'pattern', 'validator', 'schema', 'template', 'placeholder', 'description', 'help', 'min', 'max',
  'class', 'cls', 'fn', 'func', 'callback', 'handler', 'getter', 'setter', 'key_name', 'filename', 'column',
  'index', 'idx', 'changed', 'updated', 'reset', 'confirmation', 'confirm', 'strength', 'policy', 'rules',
  'input', 'selector', 'hash', 'hashed', 'digest', 'encrypted', 'count', 'attempts', 'at', 'sid', 'kid', 'uid',
  'route', 'routes', 'link', 'view', 'screen', 'action', 'event', 'topic', 'queue', 'message', 'msg', 'text', 'title',
  'subject', 'prompt', 'error', 'errors', 'notice', 'warning', 'tooltip', 'button', 'btn', 'caption', 'forgot', 'reminder',
  'policy', 'page', 'form', 'dialog', 'modal', 'icon', 'visible', 'visibility', 'toggle', 'mask', 'masked', 'strategy',
  'hasher', 'hashers', 'validators', 'backends', 'classes', 'module', 'modules', 'plugin', 'plugins',
  'scan', 'scanner', 'scanning', 'detection', 'detector', 'leak', 'leaks',
  'broker', 'brokers', 'state', 'status', 'flag', 'flags', 'option', 'options', 'opt', 'support', 'supported', 'module', 'lib',
]);

/** A leading word that makes the whole name about the concept rather than a value. */
const NOT_A_HOLDER_START = new Set(['existing', 'external', 'from', 'is', 'has', 'use', 'should', 'get', 'set', 'load', 'read', 'fetch', 'validate', 'check', 'generate', 'gen', 'create', 'new', 'rotate', 'num', 'max', 'min', 'show', 'hide', 'forgot', 'reset']);

const SIGNING_PAIRS: readonly (readonly [string, string])[] = [
  ['signing', 'key'], ['sign', 'key'], ['encryption', 'key'], ['encrypt', 'key'], ['master', 'key'],
  ['session', 'key'], ['cookie', 'key'], ['hmac', 'key'], ['jwt', 'key'], ['crypt', 'key'], ['cipher', 'key'],
  ['secret', 'token'], ['signing', 'salt'], ['password', 'salt'], ['security', 'salt'], ['app', 'keys'], ['cookie', 'keys'], ['session', 'keys'],
];

const PASSWORD_WORDS = new Set(['password', 'passwd', 'pwd', 'passphrase', 'pass', 'passwort', 'requirepass', 'storepass', 'keypass', 'keystorepass', 'pwd1']);

const CREDENTIAL_WORDS = new Set(['token', 'apikey', 'credential', 'credentials', 'auth', 'bearer', 'pat', 'salt', 'pepper']);

const CREDENTIAL_PAIRS: readonly (readonly [string, string])[] = [
  ['api', 'key'], ['access', 'key'], ['private', 'key'], ['auth', 'key'], ['client', 'key'], ['license', 'key'],
  ['account', 'key'], ['service', 'key'], ['app', 'token'], ['access', 'token'], ['refresh', 'token'],
];

/** Words that make `…_key` a key of data (a primary key, a cache key), not a credential. */
const DATA_KEY_WORDS = new Set([
  'primary', 'foreign', 'sort', 'partition', 'cache', 'lookup', 'dict', 'map', 'row', 'unique', 'composite', 'hash',
  'idempotency', 'i18n', 'translation', 'react', 'list', 'index', 'object', 'storage', 'local', 'session', 'query',
  'group', 'routing', 'shard', 'sharding', 'cluster', 'join', 'natural', 'surrogate', 'tuple', 'sequence', 'lock',
  'hot', 'short', 'keyboard', 'press', 'up', 'down', 'enter', 'escape', 'tab', 'shift', 'ctrl', 'alt', 'meta', 'field',
  'column', 'attr', 'attribute', 'property', 'prop', 'state', 'context', 'event', 'metric', 'label', 'tag', 's3', 'object',
  'bucket', 'redis', 'kv', 'config', 'setting', 'settings', 'message', 'msg', 'error', 'page', 'route', 'menu', 'item',
  'search', 'publishable', 'public', 'site', 'browser', 'client_side', 'frontend',
]);

/** Names split so far: a line's name is split by every name predicate, and names repeat across lines. */
const WORDS_CACHE = new Map<string, readonly string[]>();
const WORDS_CACHE_SIZE = 4096;
const WORDS_CACHE_MAX_LENGTH = 128;

/** Splits `appSecretKey`, `APP_SECRET_KEY`, `app.config['secret-key']` into lower-case words. */
export function nameWords(name: string): readonly string[] {
  let words = WORDS_CACHE.get(name);
  if (words !== undefined) return words;
  words = Object.freeze(
    name
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w !== ''),
  );
  if (name.length <= WORDS_CACHE_MAX_LENGTH) {
    if (WORDS_CACHE.size >= WORDS_CACHE_SIZE) WORDS_CACHE.clear();
    // The key is a copy: a name cut from a line is a slice that would keep its whole file alive.
    WORDS_CACHE.set((name + ' ').slice(0, -1), words);
  }
  return words;
}

function hasPair(words: readonly string[], pairs: readonly (readonly [string, string])[]): boolean {
  for (let i = 0; i + 1 < words.length; i++) {
    for (const [a, b] of pairs) if (words[i] === a && words[i + 1] === b) return true;
  }
  return false;
}

export function classifyName(name: string): NameKind | null {
  const words = nameWords(name);
  if (words.length === 0 || words.length > 8) return null;
  const last = words[words.length - 1]!;
  if (NOT_THE_VALUE.has(last) || NOT_A_HOLDER_START.has(words[0]!)) return null;
  if (words.includes('public') || words.includes('publishable') || words.includes('pub')) return null;
  // Laravel's APP_KEY; but VITE_PUSHER_APP_KEY and friends are public app identifiers.
  const joined = words.join('_');
  if (joined === 'app_key' || joined === 'laravel_app_key') return 'signing';
  if (words.includes('secret') || words.includes('secretkey') || words.includes('signer') || hasPair(words, SIGNING_PAIRS)) return 'signing';
  // `secrets` alone names a collection (GitHub Actions `secrets: inherit`); with more words it is a holder.
  if (words.includes('secrets') && words.length > 1) return 'signing';
  // `userPasswordKey`, `DB_PASSWORD_REF`: the name of the entry holding a password.
  // `pass` alone is also a keyword and a verb; `smtp_pass`, `db_pass` are passwords.
  if (words.some((w) => PASSWORD_WORDS.has(w) && (w !== 'pass' || words.length > 1))) return last === 'key' && words.length > 1 ? null : 'password';
  if (words.some((w) => CREDENTIAL_WORDS.has(w)) || hasPair(words, CREDENTIAL_PAIRS)) return 'credential';
  // `STRIPE_KEY`, `mapsKey`: a service's key. Database and data-structure keys are not secrets,
  // nor are `…_APP_KEY`s (Pusher, Dropbox: public app identifiers; their secret is the app secret).
  if (last === 'key' && words.length >= 2 && words[words.length - 2] !== 'app' && !words.some((w) => DATA_KEY_WORDS.has(w))) return 'credential';
  return null;
}

/** A name that refers to where a secret lives (`secretKeyRef`, `secret_name`), not to its value. */
export function isReferenceHolder(name: string): boolean {
  const words = nameWords(name);
  if (words.length === 0) return false;
  // JWK public members (n, e, x, y, x5c …) and keys that are public by design.
  if (words.length === 1 && JWK_PUBLIC.has(words[0]!)) return true;
  if (words.some((w) => PUBLIC_WORDS.has(w))) return true;
  return NOT_THE_VALUE.has(words[words.length - 1]!) || NOT_A_HOLDER_START.has(words[0]!) || words.includes('encrypted');
}

const JWK_PUBLIC = new Set(['n', 'e', 'x', 'y', 'x5c', 'x5t', 'kty', 'use', 'crv']);
const PUBLIC_WORDS = new Set(['public', 'publishable', 'pub', 'site', 'sitekey', 'anon', 'client_side']);

/** Leaf names that say nothing alone (`key`, `value`): their meaning comes from the enclosing section. */
export function isGenericLeaf(name: string): boolean {
  const words = nameWords(name);
  return words.length === 1 && ['key', 'value', 'secret', 'password', 'default', 'token'].includes(words[0]!);
}

/**
 * Substrings (lower case) one of which every secret-looking name holds: each word or word pair
 * classifyName accepts contains one, as do the names the assignment finder makes up (`user:`
 * pairs, `BUNDLE_…`, JWT/HMAC/cookie signing calls). A line with none of them, in a section
 * whose name has none, cannot hold a named secret, so the engine skips the name detectors there.
 * test/detect/names.test.ts checks the claim against classifyName.
 */
export const SECRET_NAME_MARKERS: readonly string[] = [
  'secret', 'sign', 'key', 'token', 'salt', 'pass', 'pwd', 'cred', 'auth', 'bearer', 'pat', 'pepper',
  'jwt', 'hmac', 'cookie', 'user', 'bundle_', '-----',
];

/**
 * Some marker words are mostly parts of other words in code (`pat`: path, dispatch, pattern,
 * compat; `user`: users, username, user_id; `sign`: assign, design, signal, signed; `key`:
 * keyword, monkey; `auth`: author; `pass`: passed, passing; `cred`: credit): they open a line up
 * only where they can be what the name rules read (isMarkerWord says how for auth, pass, cred). `pat`, `sign`, `signer`, `key`, `keys` and `apikey` only as whole words of a name as
 * nameWords splits it (`github_pat`, `myPat`, `PATToken`, `sign_key`, `APP_KEY`, `apiKey`);
 * `user` only at the end of a name (USER_PASS_NAME's `user`, `userinfo`, `proxy_user`). The
 * other markers count anywhere. (High-entropy's context words, `privatekey` or `signature`
 * anywhere, are the engine's to add: context.ts hasSecretContext.)
 */
export const WORD_MARKERS: ReadonlySet<string> = new Set(['pat', 'user', 'sign', 'key', 'auth', 'pass', 'cred']);
/**
 * Every marker in one case-insensitive pattern, for one scan of a line (hasLiveMarker): the word
 * markers as group 1, each anywhere marker as itself, and `user` where it ends a name
 * (`user`, `userinfo`, not followed by a letter, digit or `_`). No two markers can match at one
 * position (none is a prefix of another), so a scan that goes on one character after each
 * match meets every marker occurrence a scan per kind would.
 */
const MARKER_SCAN = new RegExp(
  `(${[...WORD_MARKERS].filter((m) => m !== 'user').join('|')})|` +
    SECRET_NAME_MARKERS.filter((m) => !WORD_MARKERS.has(m))
      .map((m) => m.replace(/[-]/g, '\\$&'))
      .join('|') +
    '|user(?:info)?(?![A-Za-z0-9_])',
  'gi',
);

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAlnum = (c: number): boolean => isUpper(c) || isLower(c) || isDigit(c);

/**
 * Whether nameWords, on a name holding text[from, to), can end a word at `to`: at a character that
 * is no ASCII letter or digit (or the end), or at a case change (`patToken`, `PATToken`).
 */
function wordEndsAt(text: string, to: number): boolean {
  const c = text.charCodeAt(to); // NaN past the end
  if (!isAlnum(c)) return true;
  const before = text.charCodeAt(to - 1);
  if ((isLower(before) || isDigit(before)) && isUpper(c)) return true;
  return isUpper(before) && isUpper(c) && isLower(text.charCodeAt(to + 1));
}

/**
 * Whether a word of a name can start at `at`: after no ASCII letter (a name never starts with a
 * digit, so `9pat = …` names `pat`), or at a case change (`myPat`, `XPat`).
 */
function wordStartsAt(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text.charCodeAt(at - 1);
  if (!isUpper(before) && !isLower(before)) return true;
  const c = text.charCodeAt(at);
  if (isLower(before) && isUpper(c)) return true;
  return isUpper(before) && isUpper(c) && isLower(text.charCodeAt(at + 1));
}

/** Whether text[at, at + suffix.length) is `suffix` (lower case), ignoring ASCII case. */
function hasAt(text: string, at: number, suffix: string): boolean {
  for (let k = 0; k < suffix.length; k++) if ((text.charCodeAt(at + k) | 32) !== suffix.charCodeAt(k)) return false;
  return true;
}

/** Whether the marker word at text[at] is part of one of the words the name rules read. */
function isMarkerWord(text: string, at: number, marker: string): boolean {
  const end = at + marker.length;
  // `auth`, `basic_auth`, `httpauth` (USER_PASS_NAME): a word that ends in auth, not author.
  if (marker === 'auth') return wordEndsAt(text, end);
  // pass, password, passwd, passphrase, passwort, and storepass, keypass …: not passed, passing.
  if (marker === 'pass') return wordEndsAt(text, end) || hasAt(text, end, 'w') || hasAt(text, end, 'phrase');
  // credential, credentials: not credit.
  if (marker === 'cred') return wordStartsAt(text, at) && hasAt(text, end, 'ential');
  if (marker === 'key' && at >= 3 && hasAt(text, at - 3, 'api') && wordStartsAt(text, at - 3) && wordEndsAt(text, end)) return true; // apikey
  if (!wordStartsAt(text, at)) return false;
  if (wordEndsAt(text, end)) return true;
  if (marker === 'sign') return (hasAt(text, end, 'er') && wordEndsAt(text, end + 2)) || (hasAt(text, end, 'ing') && wordEndsAt(text, end + 3));
  return marker === 'key' && hasAt(text, end, 's') && wordEndsAt(text, end + 1);
}

/** `\w` of a regular expression: an ASCII letter or digit, or `_`. */
const isWordChar = (c: number): boolean => isAlnum(c) || c === 95;

/**
 * Whether the marker word `marker` (lower case) that occurs at text[at] opens the line up, as
 * hasLiveMarker judges each one it meets: an anywhere marker always; `user` where it ends a
 * name (`user`, `userinfo`, then no letter, digit or `_`: MARKER_SCAN's lookahead); a word marker
 * where a name rule reads it (isMarkerWord). For a line whose keyword pass noted where its marker
 * words are (prefilter.ts someMarker), so that it is not scanned again.
 */
export function isLiveMarkerAt(text: string, at: number, marker: string): boolean {
  if (marker === 'user') {
    const end = at + 4;
    return !isWordChar(text.charCodeAt(end)) || (hasAt(text, end, 'info') && !isWordChar(text.charCodeAt(end + 4)));
  }
  return !WORD_MARKERS.has(marker) || isMarkerWord(text, at, marker);
}

/**
 * Whether `text` (a line whose keyword pass found a marker word) holds a marker word where a
 * name rule can read it: the engine's test for opening a line up (see the markers above).
 */
export function hasLiveMarker(text: string): boolean {
  MARKER_SCAN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARKER_SCAN.exec(text)) !== null) {
    const word = m[1];
    // An anywhere marker or `user` at the end of a name; or a word marker a name rule reads.
    if (word === undefined || isMarkerWord(text, m.index, word.toLowerCase())) return true;
    MARKER_SCAN.lastIndex = m.index + 1; // `pat` may start inside a skipped match
  }
  return false;
}

export function hasNameMarker(text: string): boolean {
  const lower = text.toLowerCase();
  return SECRET_NAME_MARKERS.some((m) => lower.includes(m));
}

/** Every word the name rules above mention, for tests that check SECRET_NAME_MARKERS against classifyName. */
export function nameVocabulary(): string[] {
  return [
    ...NOT_THE_VALUE, ...NOT_A_HOLDER_START, ...SIGNING_PAIRS.flat(), ...PASSWORD_WORDS, ...CREDENTIAL_WORDS,
    ...CREDENTIAL_PAIRS.flat(), ...DATA_KEY_WORDS, ...JWK_PUBLIC, ...PUBLIC_WORDS,
    'secret', 'secretkey', 'signer', 'secrets', 'app', 'key', 'laravel', 'value', 'default',
  ];
}
