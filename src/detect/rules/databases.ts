// Provider rules: database and broker credentials (connection URLs with a password, JDBC, ODBC/ADO.NET,
// SQL CREATE USER, redis requirepass) plus user:password@ in any URL.

import { isKnownWeakValue, isPlaceholder, isTemplateReference } from '../filters/filters.js';
import type { ProviderRule } from './rule.js';
import { synth } from '../synthetic.js';

/*
 * What is reported. A password that is a placeholder, a template reference or a well-known default
 * (isPlaceholderPassword) is not, and neither is a password equal to the user name. Localhost is
 * not special: any other password is reported wherever it points, because local passwords get
 * reused and tunnels make "local" databases remote. Hosts reserved for documentation
 * (example.com/.net/.org, *.example, *.test, *.invalid: RFC 2606) are skipped.
 */

/** Values that stand for a password rather than being one. Lower-cased comparison. */
const PLACEHOLDER_WORDS = new Set([
  'pass', 'passw0rd', 'pw', 'pwd', 'secret', 'changeme', 'change_me', 'change-me', 'changeit', 'example', 'sample',
  'placeholder', 'redacted', 'hidden', 'masked', 'dummy', 'fake', 'test', 'testing', 'foo', 'bar', 'foobar', 'foobared',
  'postgres', 'postgresql', 'root', 'admin', 'administrator', 'mysql', 'mariadb', 'mongo', 'mongodb', 'redis', 'guest',
  'rabbitmq', 'user', 'username', 'default', 'toor', 'sa', 'dev', 'development', 'local', 'none', 'null', 'nil',
  'undefined', 'empty', 'todo', 'tbd', 'xxx', 'value', 'token', 'key', 'apikey', 'api_key', 'letmein', 'qwerty',
  '123', '1234', '12345', '123456', '1234567', '12345678', '123456789', 'abc123', 'docker', 'app', 'db', 'database',
]);

/** True when a password is a placeholder, a template reference or a well-known default. */
export function isPlaceholderPassword(raw: string): boolean {
  let pw = raw.trim();
  try {
    pw = decodeURIComponent(pw);
  } catch {
    // not percent-encoded: judge it as written
  }
  if (pw.length < 3) return true;
  if (isTemplateReference(pw) || isPlaceholder(pw) || isKnownWeakValue(pw)) return true;
  const lower = pw.toLowerCase();
  if (PLACEHOLDER_WORDS.has(lower)) return true;
  // Template and reference syntaxes: ${X}, $X, $(x), {{x}}, {x}, <x>, %s, %(x)s, #{x}, [x], :x, @x@
  if (/\$\{|\{\{|%\(?\w*\)?s\b|#\{|^\$[A-Za-z_(]|^\{.*\}$|^<.*>$|^\[.*\]$|^:[a-z_]+$|^@\w+@$|^%\w+%$/.test(pw)) return true;
  // A single repeated character: ****, xxxxxx, ......
  if (/^(.)\1*$/.test(pw)) return true;
  // Words that describe the value instead of being it: your_password, DB_PASSWORD, mypass, pass123
  if (/pass(?:word|wd)?|passphrase|secret|changeme|your|my_?pw|example|placeholder|redacted|<|>/i.test(pw) && !/[0-9].*[A-Z]|[A-Z].*[0-9]/.test(pw.replace(/pass(?:word|wd)?|secret/gi, ''))) {
    return true;
  }
  return false;
}

const validPassword = (pw: string) => !isPlaceholderPassword(pw);

/**
 * After the `@`: a host that is not a documentation host (RFC 2606: `example.com`, `*.example.org`,
 * `*.test`, …). Regex source shared by the URL rules. The host name is taken whole and its end
 * checked by a lookbehind of fixed length, so that no lookahead scans an unbounded host; a host
 * that starts with another character (`[::1]`) is taken as its first character only.
 */
const HOST_NOT_DOC = String.raw`(?:[\w.-]+(?![\w.-])(?<![@.]example\.(?:com|net|org)|[\w.-]\.(?:example|test|invalid))|[^\s"'\`<>@\w.-])`;

const PW = (seed: string) => synth('base62', 18, seed);

const URL_REMEDIATION = (what: string) =>
  `Change the password of that ${what} user now (and anywhere it is reused), load the URL from the environment or a secret store, and rotate if it reached a shared branch.`;

/**
 * A `scheme://user:password@host` rule. The user may be empty (`redis://:pw@host`); a password
 * equal to the user name is skipped by the pattern itself (a back-reference).
 */
function urlRule(id: string, description: string, schemes: string, keywords: string[], sampleScheme: [string, string], what: string): ProviderRule {
  return {
    id,
    description,
    keywords,
    pattern: new RegExp(
      `(?<![A-Za-z0-9+.-])(?:${schemes}):\\/\\/(?<user>[^:@\\/\\s"'\`<>]*):(?!\\k<user>@)(?<secret>[^@\\/\\s"'\`<>]{1,256})@${HOST_NOT_DOC}`,
      'i',
    ),
    severity: 'error',
    validate: validPassword,
    remediation: URL_REMEDIATION(what),
    samples: () => ({
      positive: [
        `DATABASE_URL=${sampleScheme[0]}://app:${PW(id + 1)}@db.internal.acme-corp.io:5432/app`,
        `url = "${sampleScheme[1]}://svc_user:${PW(id + 2)}@10.0.3.7/prod?sslmode=require"`,
        `dev = '${sampleScheme[0]}://dev:${PW(id + 3)}@localhost/devdb'`,
        `url = "${sampleScheme[0]}://app:${PW(id + 5)}@example.com.acme-corp.io/app"`,
      ],
      negative: [
        `DATABASE_URL=${sampleScheme[0]}://app:\${DB_PASSWORD}@db.internal:5432/app`,
        `url = "${sampleScheme[1]}://user:<password>@host/db"`,
        `url = "${sampleScheme[0]}://app@db.internal:5432/app"`,
        `url = "${sampleScheme[0]}://${sampleScheme[0] === 'redis' ? 'default' : 'postgres'}:${sampleScheme[0] === 'redis' ? 'default' : 'postgres'}@localhost/db"`,
        `url = "${sampleScheme[0]}://admin:changeme@localhost/db"`,
        `url = "${sampleScheme[0]}://db.internal:5432/app"`,
        `url = "${sampleScheme[0]}://app:${PW(id + 4)}@db.example.com/app"`,
        `url = "${sampleScheme[0]}://app:${PW(id + 6)}@EXAMPLE.ORG/app"`,
        `url = "${sampleScheme[0]}://app:${PW(id + 7)}@pg.ci.test:5432/app"`,
      ],
      secrets: [PW(id + 1), PW(id + 2), PW(id + 3), PW(id + 5)],
    }),
  };
}

export const rules: readonly ProviderRule[] = [
  urlRule('postgres-connection-url', 'PostgreSQL connection URL with a password', 'postgres|postgresql|postgres\\+\\w+|postgresql\\+\\w+', ['postgres://', 'postgresql://', 'postgres+', 'postgresql+'], ['postgres', 'postgresql+psycopg2'], 'PostgreSQL'),
  urlRule('mysql-connection-url', 'MySQL connection URL with a password', 'mysql|mysqlx|mysql\\+\\w+', ['mysql://', 'mysqlx://', 'mysql+'], ['mysql', 'mysql+pymysql'], 'MySQL'),
  urlRule('mariadb-connection-url', 'MariaDB connection URL with a password', 'mariadb|mariadb\\+\\w+', ['mariadb://', 'mariadb+'], ['mariadb', 'mariadb+mariadbconnector'], 'MariaDB'),
  urlRule('mongodb-connection-url', 'MongoDB connection URL with a password', 'mongodb|mongodb\\+srv', ['mongodb://', 'mongodb+srv://'], ['mongodb', 'mongodb+srv'], 'MongoDB'),
  urlRule('redis-connection-url', 'Redis connection URL with a password', 'redis|rediss|redis\\+\\w+', ['redis://', 'rediss://', 'redis+'], ['redis', 'rediss'], 'Redis (ACL or requirepass)'),
  urlRule('amqp-connection-url', 'AMQP (RabbitMQ) connection URL with a password', 'amqp|amqps', ['amqp://', 'amqps://'], ['amqp', 'amqps'], 'RabbitMQ'),
  urlRule('mssql-connection-url', 'SQL Server connection URL with a password', 'mssql|sqlserver|mssql\\+\\w+', ['mssql://', 'sqlserver://', 'mssql+'], ['mssql', 'mssql+pyodbc'], 'SQL Server'),
  urlRule('clickhouse-connection-url', 'ClickHouse connection URL with a password', 'clickhouse|clickhouse\\+\\w+|clickhouses', ['clickhouse://', 'clickhouse+', 'clickhouses://'], ['clickhouse', 'clickhouse+native'], 'ClickHouse'),
  urlRule('neo4j-connection-url', 'Neo4j / Bolt connection URL with a password', 'neo4j|neo4j\\+s|neo4j\\+ssc|bolt|bolt\\+s', ['neo4j://', 'neo4j+', 'bolt://', 'bolt+'], ['neo4j', 'bolt'], 'Neo4j'),
  {
    id: 'url-embedded-credentials',
    description: 'Password or token embedded in a URL (scheme://user:password@host)',
    keywords: ['://'],
    pattern:
      /(?<![A-Za-z0-9+.-])(?!(?:postgres|postgresql|mysql|mysqlx|mariadb|mongodb|redis|rediss|amqp|amqps|mssql|sqlserver|clickhouse|clickhouses|neo4j|bolt)(?:\+\w{1,20})?:\/\/)[a-z][a-z0-9+.-]{1,20}:\/\/(?<user>[^:@/\s"'`<>]*):(?!\k<user>@)(?<secret>[^@/\s"'`<>]{1,256})@(?:[\w.-]+(?![\w.-])(?<![@.]example\.(?:com|net|org)|[\w.-]\.(?:example|test|invalid))|[^\s"'`<>@\w.-])/i,
    severity: 'error',
    // `token:x-oauth-basic@`: the password is a constant, the token is the user (url-token-oauth-basic).
    validate: (pw: string) => validPassword(pw) && pw.toLowerCase() !== 'x-oauth-basic',
    remediation: 'Revoke the password or token in the URL at the service it belongs to, and pass credentials through a credential helper or the environment.',
    samples: () => ({
      positive: [
        `git remote add origin https://deploy:${PW('url1')}@git.acme-corp.io/team/app.git`,
        `FTP_URL=ftp://backup:${PW('url2')}@files.acme-corp.io/incoming`,
        `proxy = "http://proxyuser:${PW('url3')}@proxy.acme-corp.io:3128"`,
      ],
      negative: [
        'https://user:password@example.com/path',
        'https://${GIT_USER}:${GIT_TOKEN}@github.com/org/repo.git',
        'see https://example.com/a:b@c for details about user@host:port',
        `postgres://app:${PW('url4')}@db/app`,
        'http://localhost:8080/health',
        `const u = new URL('https://abc:${PW('url5')}@example.com');`,
        `url = "https://ci:${PW('url6')}@jenkins.test/job"`,
      ],
      secrets: [PW('url1'), PW('url2'), PW('url3')],
    }),
  },
  {
    id: 'url-token-oauth-basic',
    description: 'Access token as the user of a URL whose password is the constant x-oauth-basic (GitHub basic auth)',
    keywords: [':x-oauth-basic@'],
    pattern: /(?<![A-Za-z0-9+.-])[a-z][a-z0-9+.-]{1,20}:\/\/(?<secret>[A-Za-z0-9_.-]{16,255}):x-oauth-basic@/i,
    severity: 'error',
    validate: validPassword,
    remediation: 'Revoke the token (for GitHub: Settings > Developer settings > Tokens) and pass it through a credential helper or the environment instead of the URL.',
    samples: () => ({
      positive: [
        `git clone https://ghp_${synth('base62', 36, 'xob1')}:x-oauth-basic@github.com/acme/app.git`,
        `REPO_URL="https://${synth('hex', 40, 'xob2')}:x-oauth-basic@github.com/acme/infra"`,
      ],
      negative: ['git clone https://${GITHUB_TOKEN}:x-oauth-basic@github.com/acme/app.git', 'https://<token>:x-oauth-basic@github.com/owner/repo.git'],
      secrets: [`ghp_${synth('base62', 36, 'xob1')}`, synth('hex', 40, 'xob2')],
    }),
  },
  {
    id: 'jdbc-password-parameter',
    description: 'JDBC URL with a password parameter',
    keywords: ['jdbc:'],
    pattern: /jdbc:[a-z0-9]+:[^\s"'`]*?[?&;:]password=(?<secret>[^&;\s"'`]{1,256})/i,
    severity: 'error',
    validate: validPassword,
    remediation: URL_REMEDIATION('database'),
    samples: () => ({
      positive: [
        `spring.datasource.url=jdbc:postgresql://db.example.net:5432/app?user=app&password=${PW('jdbc1')}`,
        `url = "jdbc:sqlserver://sql01.example.net:1433;databaseName=app;user=svc;password=${PW('jdbc2')};encrypt=true"`,
      ],
      negative: ['spring.datasource.url=jdbc:postgresql://db:5432/app?user=app&password=${DB_PASSWORD}', 'jdbc:mysql://localhost:3306/app?useSSL=false'],
    }),
  },
  {
    id: 'odbc-connection-string-password',
    description: 'ODBC / ADO.NET connection string with a password',
    keywords: ['password=', 'pwd='],
    pattern:
      /(?:server|data source|host|address|addr|network address|dsn|driver)\s*=[^;]*;(?:[^;]*;)*?\s*(?:password|pwd)\s*=\s*(?<secret>\{[^}\r\n]{1,256}\}|[^\s;"'][^;"'\r\n]{0,255})/i,
    severity: 'error',
    validate: (s: string) => validPassword(s.replace(/^\{(.*)\}$/, '$1')),
    remediation: URL_REMEDIATION('database'),
    samples: () => ({
      positive: [
        `"Default": "Server=tcp:sql01.example.net,1433;Database=app;User ID=svc;Password=${PW('odbc1')};Encrypt=True;"`,
        `conn = "Driver={ODBC Driver 18 for SQL Server};Server=db01;Uid=report;Pwd={${PW('odbc2')}};"`,
        // White space before the value is not part of it.
        `"Default": "Server=db;Pwd= \t ;Password=  ${PW('odbc3')};"`,
      ],
      negative: [
        '"Default": "Server=(localdb)\\\\mssqllocaldb;Database=app;Trusted_Connection=True;"',
        '"Default": "Server=db;Database=app;User Id=sa;Password=<YourStrong@Passw0rd>;"',
        '"Default": "Server=db;Database=app;User Id=sa;Password=$(DB_PASSWORD);"',
        '"Default": "Server=db;Database=app;User Id=sa;Password=   ;"',
      ],
    }),
  },
  {
    id: 'redis-requirepass',
    description: 'Redis server password in redis.conf (requirepass / masterauth)',
    keywords: ['requirepass', 'masterauth'],
    pattern: /(?:^\s*(?:requirepass|masterauth)\s+["']?|--(?:requirepass|masterauth)(?:["']?\s*,\s*["']|=|\s+["']?))(?<secret>[^\s"',\]]{1,256})(?=["']?(?:$|[,\]\s]))/i,
    severity: 'error',
    validate: validPassword,
    remediation: 'Change the Redis password (CONFIG SET requirepass, then the config file) and every client that uses it.',
    samples: () => ({
      positive: [
        `requirepass ${PW('redis1')}`,
        `masterauth "${PW('redis2')}"`,
        `command: ["redis-server", "--requirepass", "${PW('redis3')}"]`,
        `command: redis-server --appendonly yes --requirepass ${PW('redis4')}`,
      ],
      negative: [
        'requirepass foobared',
        '# requirepass <your password here>',
        'requirepass ${REDIS_PASSWORD}',
        'command: redis-server --requirepass "$REDIS_PASSWORD"',
      ],
    }),
  },
  {
    id: 'sql-user-password',
    description: 'Password in a SQL CREATE/ALTER USER, ROLE or LOGIN statement',
    keywords: ['password', 'identified by'],
    pattern:
      /\b(?:create|alter)\s+(?:user|role|login)\b[^;]*?\b(?:password\s*(?:=\s*)?|identified\s+(?:with\s+\w+\s+)?by\s+)(?:n?'(?<secret>[^']{1,256})')/i,
    severity: 'error',
    validate: validPassword,
    remediation: 'Change that database user\'s password, and create users from a migration that reads the password from the environment or a secret store.',
    samples: () => ({
      positive: [
        `CREATE ROLE reporting LOGIN PASSWORD '${PW('sql1')}';`,
        `CREATE USER 'app'@'%' IDENTIFIED BY '${PW('sql2')}';`,
        `CREATE LOGIN svc WITH PASSWORD = N'${PW('sql3')}', CHECK_POLICY = ON;`,
      ],
      negative: [
        "CREATE USER 'app'@'%' IDENTIFIED BY 'password';",
        "ALTER ROLE app PASSWORD :'app_password';",
        "CREATE ROLE readonly NOLOGIN;",
        "CREATE USER app WITH PASSWORD '${APP_DB_PASSWORD}';",
      ],
    }),
  },
];
