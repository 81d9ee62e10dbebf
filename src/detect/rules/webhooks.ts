// Provider rules: webhook and trigger URLs that carry their own credential (a secret path or a
// signature parameter), so that anyone holding the URL can post or start a workflow.

import type { ProviderRule } from './rule.js';
import { synth } from '../synthetic.js';
import { plausible } from './shared.js';

const digits = (n: number, seed: string): string => synth('123456789', 1, seed) + synth('0123456789', n - 1, seed + 'd');

const URL_FIX = (where: string): string => `Delete or regenerate the webhook in ${where}; anyone with the URL can call it, so treat it as compromised once it reached a shared branch.`;

/** A sample v4 UUID (variant `a`). */
const uuidOf = (seed: string): string => {
  const h = synth('hex', 32, seed);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
};

interface PathTokenUrl {
  readonly id: string;
  readonly what: string;
  readonly keyword: string;
  /** Must name the credential part `secret`. */
  readonly pattern: RegExp;
  readonly url: (token: string) => string;
  readonly token: (seed: string) => string;
  readonly where: string;
}

/** Rules for URLs whose credential is one path segment or query value: samples in three syntaxes, the token as the secret. */
function pathTokenUrls(specs: readonly PathTokenUrl[]): ProviderRule[] {
  return specs.map((u) => ({
    id: u.id,
    description: u.what,
    keywords: [u.keyword],
    pattern: u.pattern,
    validate: plausible,
    severity: 'error' as const,
    remediation: URL_FIX(u.where),
    samples: () => {
      const [t1, t2] = [u.token(u.id + 1), u.token(u.id + 2)];
      return {
        positive: [`WEBHOOK_URL=${u.url(t1)}`, `  "endpoint": "${u.url(t2)}",`],
        negative: [`WEBHOOK_URL=${u.url('<token>')}`, `WEBHOOK_URL=${u.url(t1.slice(0, 6))}`],
        secrets: [t1, t2],
      };
    },
  }));
}

/** The part after `?` of a Logic Apps / Power Automate trigger URL, with its signature last. */
const triggerQuery = (sig: string): string => `api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${sig}`;

export const rules: readonly ProviderRule[] = [
  {
    id: 'tines-webhook-url',
    description: 'Tines webhook URL (secret path)',
    keywords: ['.tines.com/webhook/'],
    pattern: /https:\/\/[\w-]{1,63}\.tines\.com\/webhook\/[a-f0-9]{32}\/[a-f0-9]{32}(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: URL_FIX('Tines (the Webhook action > Secret)'),
    samples: () => ({
      positive: [
        `TINES_WEBHOOK=https://acme-corp.tines.com/webhook/${synth('hex', 32, 'tn1')}/${synth('hex', 32, 'tn2')}`,
        `requests.post("https://tenant.tines.com/webhook/${synth('hex', 32, 'tn3')}/${synth('hex', 32, 'tn4')}", json=event)`,
      ],
      negative: ['https://acme-corp.tines.com/webhook/<path>/<secret>', `https://acme.tines.com/webhook/${synth('hex', 32, 'tn5')}/${synth('hex', 20, 'tn6')}`],
    }),
  },
  {
    id: 'zapier-webhook-url',
    description: 'Zapier catch hook URL',
    keywords: ['hooks.zapier.com/hooks/'],
    pattern: /https:\/\/hooks\.zapier\.com\/hooks\/catch\/\d{4,12}\/[a-z0-9]{5,12}\/?(?![\w-])/,
    severity: 'error',
    remediation: URL_FIX('the Zap (turn it off, then copy a new Catch Hook URL)'),
    samples: () => ({
      positive: [
        `ZAPIER_HOOK=https://hooks.zapier.com/hooks/catch/${digits(7, 'zp1')}/${synth('lowerAlnum', 6, 'zp2')}/`,
        `fetch('https://hooks.zapier.com/hooks/catch/${digits(8, 'zp3')}/${synth('lowerAlnum', 7, 'zp4')}', { method: 'POST' })`,
      ],
      negative: ['https://hooks.zapier.com/hooks/catch/123/', 'see https://hooks.zapier.com/hooks/catch/<account>/<hook>/'],
    }),
  },
  {
    id: 'make-webhook-url',
    description: 'Make (Integromat) custom webhook URL',
    keywords: ['.make.com/'],
    pattern: /https:\/\/hook\.(?:eu1|eu2|us1|us2)\.make\.com\/[a-z0-9]{32}(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: URL_FIX('the Make scenario (Webhooks > regenerate the address)'),
    samples: () => ({
      positive: [`MAKE_WEBHOOK_URL=https://hook.eu1.make.com/${synth('lowerAlnum', 32, 'mk1')}`, `"url": "https://hook.us2.make.com/${synth('lowerAlnum', 32, 'mk2')}"`],
      negative: ['https://hook.eu1.make.com/<webhook-id>', `https://www.make.com/${synth('lowerAlnum', 32, 'mk3')}`],
    }),
  },
  {
    id: 'ifttt-webhook-key',
    description: 'IFTTT Webhooks (Maker) key in a trigger URL',
    keywords: ['maker.ifttt.com/'],
    pattern: /https:\/\/maker\.ifttt\.com\/[\w/-]{0,140}?(?<=\/)key\/(?<secret>[A-Za-z0-9_-]{20,64})(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: URL_FIX('IFTTT (Webhooks > Settings > Edit connection)'),
    samples: () => ({
      positive: [
        `url = "https://maker.ifttt.com/trigger/door_open/with/key/${synth('base64url', 22, 'if1')}"`,
        `IFTTT=https://maker.ifttt.com/trigger/alert/json/with/key/${synth('base64url', 43, 'if2')}`,
      ],
      negative: ['https://maker.ifttt.com/trigger/{event}/with/key/{your-key}', 'https://maker.ifttt.com/use/'],
      secrets: [synth('base64url', 22, 'if1'), synth('base64url', 43, 'if2')],
    }),
  },
  {
    id: 'google-chat-webhook-url',
    description: 'Google Chat incoming webhook URL (key and token)',
    keywords: ['chat.googleapis.com/v1/spaces/'],
    pattern: /https:\/\/chat\.googleapis\.com\/v1\/spaces\/[\w-]{8,20}\/messages\?key=[\w-]{39}&token=(?<secret>[\w%=-]{40,60})(?![\w%=-])/,
    validate: plausible,
    severity: 'error',
    remediation: URL_FIX('the Google Chat space (Apps & integrations > Webhooks)'),
    samples: () => {
      const t1 = `${synth('base64url', 43, 'gc2')}%3D`;
      const t2 = `${synth('base64url', 43, 'gc4')}%3D`;
      return {
        positive: [
          `CHAT_WEBHOOK=https://chat.googleapis.com/v1/spaces/AAAA${synth('base64url', 7, 'gc1')}/messages?key=AIza${synth('base64url', 35, 'gc5')}&token=${t1}`,
          `url: "https://chat.googleapis.com/v1/spaces/AAQA${synth('base64url', 7, 'gc3')}/messages?key=AIza${synth('base64url', 35, 'gc6')}&token=${t2}"`,
        ],
        negative: ['https://chat.googleapis.com/v1/spaces/SPACE_ID/messages?key=KEY&token=TOKEN', 'https://chat.googleapis.com/v1/spaces/AAAAxyz/messages'],
        secrets: [t1, t2],
      };
    },
  },
  {
    id: 'azure-logic-app-trigger-url',
    description: 'Azure Logic Apps HTTP trigger URL with its signature (sig=)',
    keywords: ['.logic.azure.com'],
    pattern: /https:\/\/[\w.-]{1,80}\.logic\.azure\.com(?::443)?\/workflows\/[a-f0-9]{32}\/triggers\/[\w-]{1,80}\/paths\/invoke\?[^\s"'<>]{0,300}?(?<=[?&])sig=(?<secret>[\w-]{43})(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: URL_FIX('the Logic App (Access keys > regenerate the primary/secondary key)'),
    samples: () => ({
      positive: [
        `LOGIC_APP_URL=https://prod-12.westeurope.logic.azure.com:443/workflows/${synth('hex', 32, 'la1')}/triggers/manual/paths/invoke?${triggerQuery(synth('base64url', 43, 'la2'))}`,
        `"url": "https://prod-03.eastus.logic.azure.com/workflows/${synth('hex', 32, 'la3')}/triggers/When_a_HTTP_request_is_received/paths/invoke?${triggerQuery(synth('base64url', 43, 'la4'))}"`,
      ],
      negative: [
        `https://prod-12.westeurope.logic.azure.com:443/workflows/${synth('hex', 32, 'la5')}/triggers/manual/paths/invoke?api-version=2016-06-01`,
        'https://prod-12.westeurope.logic.azure.com/workflows/<id>/triggers/manual/paths/invoke?sig=<signature>',
      ],
      secrets: [synth('base64url', 43, 'la2'), synth('base64url', 43, 'la4')],
    }),
  },
  {
    id: 'power-automate-trigger-url',
    description: 'Power Automate HTTP trigger URL with its signature (sig=)',
    keywords: ['powerautomate/automations/'],
    pattern: /https:\/\/[\w.-]{1,120}\.powerplatform\.com(?::443)?\/powerautomate\/automations\/direct\/workflows\/[a-f0-9]{32}\/triggers\/[\w-]{1,80}\/paths\/invoke\?[^\s"'<>]{0,300}?(?<=[?&])sig=(?<secret>[\w-]{43})(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: URL_FIX('Power Automate (edit the flow and save a new HTTP trigger)'),
    samples: () => {
      const host = (seed: string): string => `${synth('hex', 20, seed)}.0${digits(1, seed)}.environment.api.powerplatform.com`;
      return {
        positive: [
          `FLOW_URL=https://${host('pa1')}:443/powerautomate/automations/direct/workflows/${synth('hex', 32, 'pa2')}/triggers/manual/paths/invoke?${triggerQuery(synth('base64url', 43, 'pa3'))}`,
          `"flow": "https://${host('pa4')}/powerautomate/automations/direct/workflows/${synth('hex', 32, 'pa5')}/triggers/manual/paths/invoke?${triggerQuery(synth('base64url', 43, 'pa6'))}"`,
        ],
        negative: [
          `https://${host('pa7')}/powerautomate/automations/direct/workflows/${synth('hex', 32, 'pa8')}/triggers/manual/paths/invoke?api-version=1`,
          'https://x.environment.api.powerplatform.com/powerautomate/automations/direct/workflows/<id>/triggers/manual/paths/invoke?sig=<sig>',
        ],
        secrets: [synth('base64url', 43, 'pa3'), synth('base64url', 43, 'pa6')],
      };
    },
  },
  {
    id: 'azure-function-key-url',
    description: 'Azure Functions key in an HTTP trigger URL (code=)',
    keywords: ['.azurewebsites.net/api/'],
    pattern: /https:\/\/[\w-]{1,60}\.azurewebsites\.net\/api\/[\w/-]{1,100}\?[^\s"'<>#]{0,64}?(?<=[?&])code=(?<secret>[\w-]{40,64}(?:==|%3D%3D)?)(?![\w%=-])/,
    validate: plausible,
    severity: 'error',
    remediation: 'Renew the function or host key in the Azure portal (Function App > App keys / Function keys) and prefer Entra ID authentication for callers.',
    samples: () => {
      const k1 = `${synth('base64url', 54, 'af1')}==`;
      const k2 = `${synth('base64url', 54, 'af2')}%3D%3D`;
      return {
        positive: [`FUNC_URL=https://acme-orders.azurewebsites.net/api/HttpTrigger1?code=${k1}`, `"hook": "https://acme-func.azurewebsites.net/api/orders/create?clientId=default&code=${k2}"`],
        negative: ['https://acme-orders.azurewebsites.net/api/HttpTrigger1?code=<function-key>', 'https://acme-orders.azurewebsites.net/api/HttpTrigger1?name=x'],
        secrets: [k1, k2],
      };
    },
  },
  {
    id: 'sidekiq-enterprise-url',
    description: 'Sidekiq Pro/Enterprise gem server credentials in a URL',
    keywords: ['contribsys.com'],
    pattern: /https?:\/\/(?<secret>[a-f0-9]{8}:[a-f0-9]{8})@(?:gems|enterprise)\.contribsys\.com(?![\w.-])/,
    validate: plausible,
    severity: 'error',
    remediation: 'Ask Contributed Systems for new Sidekiq Pro/Enterprise credentials and keep them in BUNDLE_GEMS__CONTRIBSYS__COM, not in the Gemfile.',
    samples: () => ({
      positive: [
        `source "https://${synth('hex', 8, 'sk1')}:${synth('hex', 8, 'sk2')}@gems.contribsys.com/" do`,
        `SIDEKIQ_SOURCE=https://${synth('hex', 8, 'sk3')}:${synth('hex', 8, 'sk4')}@enterprise.contribsys.com`,
      ],
      negative: ['source "https://gems.contribsys.com/" do', 'source "https://user:pass@gems.contribsys.com/"'],
      secrets: [`${synth('hex', 8, 'sk1')}:${synth('hex', 8, 'sk2')}`, `${synth('hex', 8, 'sk3')}:${synth('hex', 8, 'sk4')}`],
    }),
  },
  {
    id: 'sidekiq-enterprise-credentials',
    description: 'Sidekiq Pro/Enterprise gem server credentials in a Bundler setting',
    keywords: ['contribsys__com'],
    pattern: /BUNDLE_(?:GEMS|ENTERPRISE)__CONTRIBSYS__COM["']?\s{0,8}[:=]\s{0,8}["']?(?<secret>[a-f0-9]{8}:[a-f0-9]{8})(?![\w:-])/i,
    validate: plausible,
    severity: 'error',
    remediation: 'Ask Contributed Systems for new Sidekiq Pro/Enterprise credentials and set them in the CI secret store, not in a committed .bundle/config.',
    samples: () => ({
      positive: [`BUNDLE_GEMS__CONTRIBSYS__COM: "${synth('hex', 8, 'sb1')}:${synth('hex', 8, 'sb2')}"`, `export BUNDLE_ENTERPRISE__CONTRIBSYS__COM=${synth('hex', 8, 'sb3')}:${synth('hex', 8, 'sb4')}`],
      negative: ['BUNDLE_GEMS__CONTRIBSYS__COM: "${SIDEKIQ_CREDS}"', 'BUNDLE_GEMS__CONTRIBSYS__COM=user:pass'],
    }),
  },
  ...pathTokenUrls([
    {
      id: 'dingtalk-robot-webhook-url',
      what: 'DingTalk robot webhook URL (access_token)',
      keyword: 'oapi.dingtalk.com/robot/send',
      pattern: /https:\/\/oapi\.dingtalk\.com\/robot\/send\?access_token=(?<secret>[a-f0-9]{64})(?![\w-])/,
      url: (t) => `https://oapi.dingtalk.com/robot/send?access_token=${t}`,
      token: (seed) => synth('hex', 64, seed),
      where: 'the DingTalk group (Group settings > Bots > the robot > Reset)',
    },
    {
      id: 'feishu-bot-webhook-url',
      what: 'Feishu / Lark custom bot webhook URL',
      keyword: '/open-apis/bot/v2/hook/',
      pattern: /https:\/\/open\.(?:feishu\.cn|larksuite\.com)\/open-apis\/bot\/v2\/hook\/(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])/,
      url: (t) => `https://open.feishu.cn/open-apis/bot/v2/hook/${t}`,
      token: (seed) => uuidOf(seed),
      where: 'the Feishu / Lark group (Settings > Bots > the bot > Reset webhook)',
    },
    {
      id: 'wecom-bot-webhook-url',
      what: 'WeCom (WeChat Work) group bot webhook URL',
      keyword: 'qyapi.weixin.qq.com/cgi-bin/webhook/send',
      pattern: /https:\/\/qyapi\.weixin\.qq\.com\/cgi-bin\/webhook\/send\?key=(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])/,
      url: (t) => `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${t}`,
      token: (seed) => uuidOf(seed),
      where: 'the WeCom group (remove the bot and add it again)',
    },
    {
      id: 'pipedream-webhook-url',
      what: 'Pipedream HTTP trigger endpoint URL',
      keyword: '.m.pipedream.net',
      pattern: /https:\/\/(?<secret>[a-z0-9]{14,40})\.m\.pipedream\.net(?![\w.-])/,
      url: (t) => `https://${t}.m.pipedream.net`,
      token: (seed) => `eo${synth('lowerAlnum', 14, seed)}`,
      where: 'Pipedream (the workflow trigger > regenerate the endpoint)',
    },
    {
      id: 'healthchecks-ping-url',
      what: 'Healthchecks.io ping URL',
      keyword: 'hc-ping.com/',
      pattern: /https:\/\/hc-ping\.com\/(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])/,
      url: (t) => `https://hc-ping.com/${t}`,
      token: (seed) => uuidOf(seed),
      where: 'Healthchecks.io (the check > Settings > regenerate the ping URL)',
    },
    {
      id: 'cronitor-telemetry-url',
      what: 'Cronitor telemetry URL (API key in the path)',
      keyword: 'cronitor.link/p/',
      pattern: /https:\/\/cronitor\.link\/p\/(?<secret>[a-f0-9]{32})\/[\w-]{1,100}/,
      url: (t) => `https://cronitor.link/p/${t}/nightly-backup`,
      token: (seed) => synth('hex', 32, seed),
      where: 'Cronitor (Settings > API keys > the telemetry key)',
    },
    {
      id: 'betterstack-heartbeat-url',
      what: 'Better Stack heartbeat URL',
      keyword: '/api/v1/heartbeat/',
      pattern: /https:\/\/uptime\.(?:betterstack|betteruptime)\.com\/api\/v1\/heartbeat\/(?<secret>[A-Za-z0-9]{20,40})(?![\w-])/,
      url: (t) => `https://uptime.betterstack.com/api/v1/heartbeat/${t}`,
      token: (seed) => synth('base62', 24, seed),
      where: 'Better Stack (the heartbeat > Regenerate URL)',
    },
    {
      id: 'netlify-build-hook-url',
      what: 'Netlify build hook URL',
      keyword: 'api.netlify.com/build_hooks/',
      pattern: /https:\/\/api\.netlify\.com\/build_hooks\/(?<secret>[a-f0-9]{24})(?![\w-])/,
      url: (t) => `https://api.netlify.com/build_hooks/${t}`,
      token: (seed) => synth('hex', 24, seed),
      where: 'Netlify (Site configuration > Build hooks)',
    },
    {
      id: 'vercel-deploy-hook-url',
      what: 'Vercel deploy hook URL',
      keyword: 'api.vercel.com/v1/integrations/deploy/',
      pattern: /https:\/\/api\.vercel\.com\/v1\/integrations\/deploy\/prj_[A-Za-z0-9]{20,40}\/(?<secret>[A-Za-z0-9]{8,40})(?![\w-])/,
      url: (t) => `https://api.vercel.com/v1/integrations/deploy/prj_${synth('base62', 28, t)}/${t}`,
      token: (seed) => synth('base62', 10, seed),
      where: 'Vercel (Project settings > Git > Deploy hooks)',
    },
    {
      id: 'render-deploy-hook-url',
      what: 'Render deploy hook URL',
      keyword: 'api.render.com/deploy/srv-',
      pattern: /https:\/\/api\.render\.com\/deploy\/srv-[a-z0-9]{20,24}\?key=(?<secret>[A-Za-z0-9_-]{10,40})(?![\w-])/,
      url: (t) => `https://api.render.com/deploy/srv-${synth('lowerAlnum', 20, t)}?key=${t}`,
      token: (seed) => synth('base64url', 11, seed),
      where: 'Render (Service settings > Deploy hook > Regenerate)',
    },
    {
      id: 'cloudflare-pages-deploy-hook-url',
      what: 'Cloudflare Pages deploy hook URL',
      keyword: '/pages/webhooks/deploy_hooks/',
      pattern: /https:\/\/api\.cloudflare\.com\/client\/v4\/pages\/webhooks\/deploy_hooks\/(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])/,
      url: (t) => `https://api.cloudflare.com/client/v4/pages/webhooks/deploy_hooks/${t}`,
      token: (seed) => uuidOf(seed),
      where: 'Cloudflare Pages (Settings > Builds > Deploy hooks)',
    },
    {
      id: 'jira-automation-webhook-url',
      what: 'Jira / Confluence automation incoming webhook URL',
      keyword: 'automation.atlassian.com/pro/hooks/',
      pattern: /https:\/\/automation\.atlassian\.com\/pro\/hooks\/(?<secret>[a-f0-9]{40})(?![\w-])/,
      url: (t) => `https://automation.atlassian.com/pro/hooks/${t}`,
      token: (seed) => synth('hex', 40, seed),
      where: 'the automation rule (Incoming webhook trigger > regenerate the URL)',
    },
    {
      id: 'infura-endpoint-url',
      what: 'Infura endpoint URL (API key in the path)',
      keyword: '.infura.io/v3/',
      pattern: /https:\/\/[a-z0-9-]{1,40}\.infura\.io\/v3\/(?<secret>[a-f0-9]{32})(?![\w-])/,
      url: (t) => `https://mainnet.infura.io/v3/${t}`,
      token: (seed) => synth('hex', 32, seed),
      where: 'MetaMask Developer / Infura (the API key > Delete, then create a new one)',
    },
    {
      id: 'alchemy-endpoint-url',
      what: 'Alchemy RPC endpoint URL (API key in the path)',
      keyword: '.alchemy.com/v2/',
      pattern: /https:\/\/[a-z0-9-]{1,40}\.g\.alchemy\.com\/v2\/(?<secret>[A-Za-z0-9_-]{32})(?![\w-])/,
      url: (t) => `https://eth-mainnet.g.alchemy.com/v2/${t}`,
      token: (seed) => synth('base64url', 32, seed),
      where: 'the Alchemy dashboard (Apps > the app > API key > Rotate)',
    },
    {
      id: 'quicknode-endpoint-url',
      what: 'QuickNode endpoint URL (token in the path)',
      keyword: '.quiknode.pro/',
      pattern: /https:\/\/[\w.-]{1,100}\.quiknode\.pro\/(?<secret>[a-f0-9]{40})(?![\w-])/,
      url: (t) => `https://misty-wild-pine.quiknode.pro/${t}/`,
      token: (seed) => synth('hex', 40, seed),
      where: 'QuickNode (Endpoint > Security > Authentication tokens)',
    },
  ]),
];
