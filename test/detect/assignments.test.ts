// findAssignments' tail forms, each next to a near miss: the cheap checks that decide whether a
// tail pattern is tried at all (the character or word it must end with) must let every form through.
import { describe, expect, it } from 'vitest';
import { findAssignments } from '../../src/detect/detectors/assignments.js';
import { fileContext } from '../../src/detect/filters/file-context.js';

const V = 'v4lue-of-the-test';

/** [line, file, expected (name, how) pairs of the literal `V`]. */
const cases: readonly [string, string, [string, string][]][] = [
  // KEY_VALUE_PAIR_TAIL: `value` before `:` / `=`, any case, quoted or not.
  [`{ "key": "apiKey", "value": "${V}" }`, 'a.json', [['apiKey', 'assignment']]],
  [`<add key="DbPassword" Value = "${V}" />`, 'web.config', [['DbPassword', 'assignment']]],
  [`{ "key": "apiKey", "values": "${V}" }`, 'a.json', [['values', 'assignment']]],
  // DEFAULT_KWARG_TAIL: exactly one of its keyword names before `=`.
  [`SECRET = config('SECRET_KEY', default='${V}')`, 'settings.py', [['SECRET_KEY', 'fallback']]],
  [`SECRET = config('SECRET_KEY', default_value = '${V}')`, 'settings.py', [['SECRET_KEY', 'fallback']]],
  [`SECRET = config('SECRET_KEY', my_default='${V}')`, 'settings.py', [['my_default', 'assignment']]],
  // ARRAY_TAIL: needs its `[` right after `:`, `=` or `=>`, white space (any \s) between.
  [`secret: ['old', '${V}']`, 'app.js', [['secret', 'assignment']]],
  [`secrets =>\u00a0['old', '${V}']`, 'app.rb', [['secrets', 'assignment']]],
  [`secrets = [ 'a[0]' , '${V}']`, 'app.rb', [['secrets', 'assignment']]],
  [`keys = f(['old'], '${V}')`, 'app.rb', []],
  [`keys = f(['old', '${V}'])`, 'app.rb', []],
  // WRAPPER_TAIL: a conversion ending right before `(`, even inside a longer name.
  [`key = []byte("${V}")`, 'main.go', [['key', 'assignment']]],
  [`key = SecretStr("${V}")`, 'app.py', [['key', 'assignment']]],
  [`key = bytes.fromhex("${V}")`, 'app.py', [['key', 'assignment']]],
  [`key = Buffer.from ( '${V}')`, 'app.js', [['key', 'assignment']]],
  [`key = strip("${V}")`, 'app.py', []],
  // FALLBACK_OP_TAIL, by its last character.
  [`token = ENV['TOKEN'] ?: '${V}'`, 'app.groovy', [['TOKEN', 'fallback'], ['token', 'fallback']]],
  [`token = flag ? 'a' : '${V}'`, 'app.js', []],
  [`let token = env::var("TOKEN").unwrap_or("${V}")`, 'main.rs', [['TOKEN', 'fallback'], ['token', 'fallback']]],
  [`let token = env::var("TOKEN").map_or("${V}")`, 'main.rs', []],
  [`token = props.getOrElse("TOKEN", "${V}")`, 'App.scala', [['TOKEN', 'fallback']]],
  [`x = props.getOrElse({ "${V}" })`, 'App.scala', [['props', 'fallback'], ['x', 'fallback']]],
  // A block after a call: the call's quoted argument names the value (the block is not top level).
  [`token = fetch('TOKEN') { '${V}' }`, 'app.rb', [['TOKEN', 'fallback']]],
  [`token = fetch('TOKEN') [ '${V}' ]`, 'app.rb', []],
  [`token = process.env.TOKEN || '${V}'`, 'app.js', [['TOKEN', 'fallback'], ['token', 'fallback']]],
  // CALL_PAIR_TAIL: a quoted name, then `,`.
  [`os.environ.setdefault('SECRET_KEY', '${V}')`, 'wsgi.py', [['SECRET_KEY', 'fallback']]],
  [`config.set("db.password" , "${V}")`, 'app.py', [['db.password', 'fallback']]],
  [`call(name, '${V}')`, 'app.py', []],
  // SIGNING_CALL_TAIL.
  [`jwt.sign(payload, '${V}')`, 'app.js', [['jwt_secret', 'signing-call']]],
  [`app.use(cookieParser ('${V}'))`, 'app.js', [['jwt_secret', 'signing-call']]],
  [`digest = hmac.new("${V}")`, 'app.py', [['jwt_secret', 'signing-call']]],
  [`h = HMAC ('${V}')`, 'app.py', [['jwt_secret', 'signing-call']]],
  [`h = MyHMAC('${V}')`, 'app.py', []],
  // ASSIGN_TAIL is searched from where a match can start: the run of name and operator characters
  // that ends the text, or the second-to-last quote (a quoted name), or a `[` right before it.
  [`"db password" = "${V}"`, 'app.rb', [['db password', 'assignment']]],
  [`[ 'db.password' ] = '${V}'`, 'app.rb', [['db.password', 'assignment']]],
  [`config["x"]["db password"] => "${V}"`, 'app.rb', [['db password', 'assignment']]],
  [`h = { "a b": 1, "pass word": "${V}"`, 'app.rb', [['pass word', 'assignment']]],
  [`say("it", "is") + "x" = "${V}"`, 'app.rb', [['x', 'assignment']]],
  [`f("a", "b"), token = "${V}"`, 'app.rb', [['token', 'assignment']]],
  [`@secret ||= '${V}'`, 'app.rb', [['@secret', 'assignment']]],
  [`x :sym => "${V}"`, 'app.rb', [['sym', 'assignment']]],
  [`a\u00a0=\u00a0"${V}"`, 'app.rb', []],
  // GO_TYPED_TAIL and TYPED_TAIL.
  [`var ClickHouseToken string = "${V}"`, 'main.go', [['ClickHouseToken', 'assignment']]],
  [`const apiKey: string = '${V}'`, 'app.ts', [['apiKey', 'assignment']]],
  [`apiKey == '${V}'`, 'app.ts', []],
];

describe('findAssignments and the line before', () => {
  // The `- name: X` before a `value:` and the `timestamp` before a `token` are read only when this
  // line has such a name: pinned with and without the line before.
  const names = (line: string, file: string, prev?: string) => findAssignments(line, fileContext(file), prev).map((a) => a.name);
  it('names a value after a `- name:` line, quoted or not, and not after another line', () => {
    expect(names(`  value: "${V}"`, 'deploy.yaml', '  - name: DB_PASSWORD')).toEqual(['DB_PASSWORD']);
    expect(names(`  value: ${V}`, 'deploy.yaml', '  - name: DB_PASSWORD')).toEqual(['DB_PASSWORD']);
    expect(names(`  Value = "${V}"`, 'deploy.yaml', '{ "key": "API_TOKEN",')).toEqual(['API_TOKEN']);
    expect(names(`  value: "${V}"`, 'deploy.yaml', '  - label: DB_PASSWORD')).toEqual(['value']);
    expect(names(`  value: "${V}"`, 'deploy.yaml')).toEqual(['value']);
    expect(names(`  values: "${V}"`, 'deploy.yaml', '  - name: DB_PASSWORD')).toEqual(['values']);
  });
  it('calls the token after a timestamp a nonce', () => {
    expect(names(`  "token": "${V}",`, 'hook.json', '  "timestamp": "1700000000",')).toEqual(['nonce']);
    expect(names(`  token => '${V}',`, 'hook.rb', 'Timestamp => 1,')).toEqual(['nonce']);
    expect(names(`  "token": "${V}",`, 'hook.json', '  "timestamps": "1700000000",')).toEqual(['token']);
    expect(names(`  "tokens": "${V}",`, 'hook.json', '  "timestamp": "1700000000",')).toEqual(['tokens']);
  });
});

describe('findAssignments tail forms', () => {
  for (const [line, file, expected] of cases) {
    it(`${file}: ${line}`, () => {
      const got = findAssignments(line, fileContext(file)).filter((a) => a.value === V);
      expect(got.map((a) => [a.name, a.how])).toEqual(expected);
    });
  }
});
