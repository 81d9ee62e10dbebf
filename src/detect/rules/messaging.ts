// Provider rules: messaging, chat, e-mail delivery and team collaboration (Slack, Discord, Telegram,
// Teams, Twilio, SendGrid, Mailgun, Linear, Notion …). Formats learned from the providers' own docs.

import type { ProviderRule } from './rule.js';
import { looksRandom } from '../randomness/randomness.js';
import { synth } from '../synthetic.js';
import { assigned, ci, plausible, randomish, uuid, UUID } from './shared.js';

/** The host part of a URL match (`scheme://HOST/…`). */
function hostOf(url: string): string {
  const start = url.indexOf('://') + 3;
  const end = url.indexOf('/', start);
  return url.slice(start, end < 0 ? undefined : end);
}

const digits = (n: number, seed: string): string => synth('123456789', 1, seed) + synth('0123456789', n - 1, seed + 'd');

/** Discord bot tokens start with the bot's numeric snowflake id, base64url-encoded. */
function discordIdPart(token: string): boolean {
  const id = Buffer.from(token.slice(0, token.indexOf('.')), 'base64url').toString('latin1');
  return /^[1-9]\d{16,19}$/.test(id) && plausible(token);
}

export const rules: readonly ProviderRule[] = [
  {
    id: 'slack-bot-token',
    description: 'Slack bot token (xoxb-)',
    keywords: ['xoxb-'],
    pattern: /(?<![\w.-])xoxb-\d{8,13}-\d{8,14}-[A-Za-z0-9]{24}(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: 'Revoke the token (api.slack.com/apps > OAuth & Permissions, or auth.revoke) and reinstall the app; rotation is mandatory once it reached a shared branch.',
    samples: () => ({
      positive: [
        `SLACK_BOT_TOKEN=xoxb-${digits(12, 'sb1')}-${digits(13, 'sb2')}-${synth('base62', 24, 'sb3')}`,
        `client = WebClient(token="xoxb-${digits(10, 'sb4')}-${digits(12, 'sb5')}-${synth('base62', 24, 'sb6')}")`,
      ],
      negative: [
        'SLACK_BOT_TOKEN=xoxb-your-bot-token',
        `token: xoxb-${digits(12, 'sb7')}-${digits(13, 'sb8')}-${synth('base62', 20, 'sb9')}`,
        'Bot tokens start with xoxb- and are shown once.',
        'SLACK_BOT_TOKEN=xoxb-000000000000-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxx',
      ],
    }),
  },
  {
    id: 'slack-user-token',
    description: 'Slack user token (xoxp-)',
    keywords: ['xoxp-'],
    pattern: /(?<![\w.-])xoxp-\d{8,13}-\d{8,13}-\d{8,14}-[a-f0-9]{32}(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: "Revoke the user token (auth.revoke or the app's OAuth page) and re-authorise; rotation is mandatory once it reached a shared branch.",
    samples: () => ({
      positive: [
        `SLACK_USER_TOKEN="xoxp-${digits(11, 'su1')}-${digits(11, 'su2')}-${digits(13, 'su3')}-${synth('hex', 32, 'su4')}"`,
        `slack_token: xoxp-${digits(12, 'su5')}-${digits(12, 'su6')}-${digits(12, 'su7')}-${synth('hex', 32, 'su8')}`,
      ],
      negative: [
        `xoxp-${digits(11, 'su9')}-${digits(11, 'sua')}-${synth('hex', 32, 'sub')}`,
        'SLACK_USER_TOKEN=xoxp-XXXXXXXX',
        `config: xoxe.xoxp-1-${synth('base62', 140, 'suc')}`,
      ],
    }),
  },
  {
    id: 'slack-app-token',
    description: 'Slack app-level token (xapp-)',
    keywords: ['xapp-'],
    pattern: /(?<![\w.-])xapp-\d-A[A-Z0-9]{8,12}-\d{10,14}-[a-f0-9]{64}(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: 'Revoke the app-level token under Basic Information > App-Level Tokens and create a new one; rotation is mandatory once it reached a shared branch.',
    samples: () => ({
      positive: [
        `SLACK_APP_TOKEN=xapp-1-A${synth('upperAlnum', 10, 'sa1')}-${digits(13, 'sa2')}-${synth('hex', 64, 'sa3')}`,
        `app_token: "xapp-1-A${synth('upperAlnum', 9, 'sa4')}-${digits(13, 'sa5')}-${synth('hex', 64, 'sa6')}"`,
      ],
      negative: [
        'SLACK_APP_TOKEN=xapp-1-...',
        `xapp-1-A${synth('upperAlnum', 10, 'sa7')}-${digits(13, 'sa8')}-${synth('hex', 40, 'sa9')}`,
      ],
    }),
  },
  {
    id: 'slack-config-token',
    description: 'Slack app configuration access token (xoxe.xoxp-/xoxe.xoxb-)',
    keywords: ['xoxe.xox'],
    pattern: /(?<![\w.-])xoxe\.xox[bp]-\d-[A-Za-z0-9]{100,250}(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: 'Revoke the configuration token (tooling.tokens.rotate / your apps page) and generate a new one; rotation is mandatory once it reached a shared branch.',
    samples: () => ({
      positive: [
        `SLACK_CONFIG_TOKEN=xoxe.xoxp-1-${synth('base62', 147, 'sc1')}`,
        `"config_token": "xoxe.xoxp-1-${synth('base62', 163, 'sc2')}"`,
      ],
      negative: ['SLACK_CONFIG_TOKEN=xoxe.xoxp-1-<your token>', `xoxe.xoxp-1-${synth('base62', 40, 'sc3')}`],
    }),
  },
  {
    id: 'slack-refresh-token',
    description: 'Slack configuration refresh token (xoxe-)',
    keywords: ['xoxe-'],
    pattern: /(?<![\w.-])xoxe-\d-[A-Za-z0-9]{100,250}(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: 'Rotate the refresh token with tooling.tokens.rotate and revoke the old configuration tokens; rotation is mandatory once it reached a shared branch.',
    samples: () => ({
      positive: [
        `SLACK_REFRESH_TOKEN=xoxe-1-${synth('base62', 146, 'sr1')}`,
        `refresh_token: 'xoxe-1-${synth('base62', 150, 'sr2')}'`,
      ],
      negative: ['refresh tokens look like xoxe-1-…', `xoxe-1-${synth('base62', 30, 'sr3')}`],
    }),
  },
  {
    id: 'slack-legacy-token',
    description: 'Slack legacy workspace, session, OAuth or refresh token (xoxa-/xoxs-/xoxo-/xoxr-)',
    keywords: ['xoxa-', 'xoxs-', 'xoxo-', 'xoxr-'],
    pattern: /(?<![\w.-])xox[aors]-(?:\d-)?\d{8,13}-\d{8,13}(?:-\d{8,13})?-[A-Za-z0-9]{24,64}(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: 'Revoke the legacy token (auth.revoke) and migrate to a bot or user token; rotation is mandatory once it reached a shared branch.',
    samples: () => ({
      positive: [
        `token = "xoxa-2-${digits(12, 'sl1')}-${digits(12, 'sl2')}-${digits(12, 'sl3')}-${synth('hex', 64, 'sl4')}"`,
        `SLACK_TOKEN=xoxs-${digits(11, 'sl5')}-${digits(11, 'sl6')}-${digits(12, 'sl7')}-${synth('hex', 64, 'sl8')}`,
        `legacy_token: "xoxo-${digits(10, 'sla')}-${digits(10, 'slb')}-${digits(12, 'slc')}-${synth('hex', 32, 'sld')}"`,
      ],
      negative: ['xoxs-tokens are deprecated', `SLACK_TOKEN=xoxa-2-${digits(12, 'sl9')}`],
    }),
  },
  {
    id: 'slack-legacy-bot-token',
    description: 'Slack legacy bot token (xoxb-<team>-<24 characters>, before the three-part format)',
    keywords: ['xoxb-'],
    pattern: /(?<![\w.-])xoxb-\d{8,14}-[A-Za-z0-9]{18,26}(?![\w-])/,
    validate: (s: string) => plausible(s) && /[A-Za-z]/.test(s.slice(s.lastIndexOf('-') + 1)),
    severity: 'error',
    remediation: 'Remove the legacy bot user (or revoke with auth.revoke) and move to a Slack app bot token; rotation is mandatory once it reached a shared branch.',
    samples: () => ({
      positive: [`SLACK_BOT_TOKEN=xoxb-${digits(12, 'slb1')}-${synth('base62', 24, 'slb2')}`, `slack = Slacker("xoxb-${digits(11, 'slb3')}-${synth('base62', 18, 'slb4')}")`],
      negative: [
        // The three-part format belongs to slack-bot-token.
        `SLACK_BOT_TOKEN=xoxb-${digits(12, 'slb5')}-${digits(13, 'slb6')}-${synth('base62', 24, 'slb7')}`,
        'SLACK_BOT_TOKEN=xoxb-123456789012-xxxxxxxxxxxxxxxxxxxxxxxx',
        `xoxb-${digits(12, 'slb8')}-${synth('base62', 12, 'slb9')}`,
      ],
    }),
  },
  {
    id: 'slack-legacy-workspace-token',
    description: 'Slack legacy workspace app or refresh token (xoxa-2-… / xoxr-… without numeric parts)',
    keywords: ['xoxa-', 'xoxr-'],
    pattern: /(?<![\w.-])xox[ar]-(?:\d-)?[A-Za-z0-9]{30,100}(?![\w-])/,
    validate: (s: string) => plausible(s) && /[A-Za-z]/.test(s.slice(5)) && /\d/.test(s.slice(7)),
    severity: 'error',
    remediation: 'Revoke the token (auth.revoke) and migrate the workspace app; rotation is mandatory once it reached a shared branch.',
    samples: () => ({
      positive: [`SLACK_TOKEN=xoxa-2-${synth('base62', 40, 'slw1')}`, `refresh: "xoxr-${synth('base62', 64, 'slw2')}"`],
      negative: [`SLACK_TOKEN=xoxa-2-${digits(12, 'slw3')}-${digits(12, 'slw4')}-${digits(12, 'slw5')}-${synth('hex', 64, 'slw6')}`, `xoxa-${synth('base62', 12, 'slw7')}`],
    }),
  },
  {
    id: 'slack-session-token',
    description: 'Slack browser session token (xoxc-)',
    keywords: ['xoxc-'],
    pattern: /(?<![\w.-])xoxc-\d{8,13}-\d{8,13}-\d{8,14}-[a-f0-9]{64}(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: "Sign the user out of all sessions (account settings, or an admin's session reset) so the token and its `d` cookie stop working.",
    samples: () => ({
      positive: [
        `SLACK_XOXC_TOKEN=xoxc-${digits(12, 'sx1')}-${digits(12, 'sx2')}-${digits(13, 'sx3')}-${synth('hex', 64, 'sx4')}`,
        `"token": "xoxc-${digits(11, 'sx5')}-${digits(12, 'sx6')}-${digits(13, 'sx7')}-${synth('hex', 64, 'sx8')}"`,
      ],
      negative: ['SLACK_XOXC_TOKEN=xoxc-...', `xoxc-${digits(12, 'sx9')}-${synth('hex', 64, 'sxa')}`],
    }),
  },
  {
    id: 'slack-webhook-url',
    description: 'Slack incoming webhook URL',
    keywords: ['hooks.slack.com/services/'],
    pattern: /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{8,12}\/B[A-Z0-9]{8,12}\/[A-Za-z0-9]{24}(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: "Remove the webhook in the app's Incoming Webhooks page and create a new one; anyone with the URL can post to the channel.",
    samples: () => ({
      positive: [
        `SLACK_WEBHOOK=https://hooks.slack.com/services/T${synth('upperAlnum', 10, 'sw1')}/B${synth('upperAlnum', 10, 'sw2')}/${synth('base62', 24, 'sw3')}`,
        `curl -X POST "https://hooks.slack.com/services/T${synth('upperAlnum', 8, 'sw4')}/B${synth('upperAlnum', 8, 'sw5')}/${synth('base62', 24, 'sw6')}" -d @msg.json`,
      ],
      negative: [
        // Slack's documented placeholder URL.
        'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
        'post to https://hooks.slack.com/services/ with your webhook path',
        `https://hooks.slack.com/services/T${synth('upperAlnum', 10, 'sw7')}/B${synth('upperAlnum', 10, 'sw8')}/${synth('base62', 12, 'sw9')}`,
      ],
    }),
  },
  {
    id: 'slack-workflow-webhook-url',
    description: 'Slack workflow webhook trigger URL',
    keywords: ['hooks.slack.com/workflows/', 'hooks.slack.com/triggers/'],
    pattern: /https:\/\/hooks\.slack\.com\/(?:workflows|triggers)\/T[A-Z0-9]{8,12}\/(?:A[A-Z0-9]{8,12}\/)?\d{15,20}\/[A-Za-z0-9]{24,32}(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: 'Delete the workflow webhook trigger in Workflow Builder and create a new one; anyone with the URL can start the workflow.',
    samples: () => ({
      positive: [
        `WORKFLOW_URL=https://hooks.slack.com/workflows/T${synth('upperAlnum', 9, 'sf1')}/A${synth('upperAlnum', 10, 'sf2')}/${digits(18, 'sf3')}/${synth('base62', 24, 'sf4')}`,
        `url: https://hooks.slack.com/triggers/T${synth('upperAlnum', 10, 'sf5')}/${digits(16, 'sf6')}/${synth('hex', 32, 'sf7')}`,
      ],
      negative: [
        'https://hooks.slack.com/workflows/T00000000/A00000000/123/abc',
        `https://hooks.slack.com/triggers/T${synth('upperAlnum', 10, 'sf8')}/${digits(16, 'sf9')}/XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`,
      ],
    }),
  },
  {
    id: 'discord-bot-token',
    description: 'Discord bot token',
    keywords: ['discord', 'token', '.run(', '.login('],
    pattern: /(?<![\w.-])[MNO][A-Za-z0-9_-]{22,26}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}(?![\w.-])/,
    validate: discordIdPart,
    severity: 'error',
    remediation: 'Reset the token in the Discord Developer Portal (Bot > Reset Token); rotation is mandatory once it reached a shared branch.',
    samples: () => {
      const id = (seed: string): string => Buffer.from(digits(18, seed)).toString('base64url');
      const id19 = (seed: string): string => Buffer.from('1' + digits(18, seed)).toString('base64url');
      return {
        positive: [
          `DISCORD_TOKEN=${id('dc1')}.${synth('base64url', 6, 'dc2')}.${synth('base64url', 38, 'dc3')}`,
          `client.run("${id19('dc4')}.${synth('base64url', 6, 'dc5')}.${synth('base64url', 27, 'dc6')}")`,
        ],
        negative: [
          // Same shape, but the first part is not a base64url snowflake id.
          `DISCORD_TOKEN=M${synth('base64url', 23, 'dc7')}.${synth('base64url', 6, 'dc8')}.${synth('base64url', 38, 'dc9')}`,
          'client.run("YOUR_BOT_TOKEN")',
          `token = "${id('dca')}"`,
        ],
      };
    },
  },
  {
    id: 'discord-bot-token-structural',
    description: 'Discord bot token recognised by its structure (base64 of a snowflake id . timestamp . HMAC)',
    // The id part is base64 of ASCII digits; ids from 10… to 19… (bots since 2016) begin with
    // MT and a third character that encodes the second digit.
    keywords: ['mta', 'mte', 'mti', 'mtm', 'mtq', 'mtu', 'mty', 'mtc', 'mtg', 'mtk'],
    pattern: /(?<![\w.-])MT[AEIMQUYcgk][A-Za-z0-9_-]{20,24}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}(?![\w.-])/,
    validate: (s: string) => discordIdPart(s) && looksRandom(s.slice(s.lastIndexOf('.') + 1)),
    severity: 'error',
    remediation: 'Reset the token in the Discord Developer Portal (Bot > Reset Token); rotation is mandatory once it reached a shared branch.',
    samples: () => {
      const id = (seed: string): string => Buffer.from('1' + digits(18, seed).slice(1)).toString('base64url');
      return {
        positive: [
          `const t = "${id('dcs1')}.${synth('base64url', 6, 'dcs2')}.${synth('base64url', 38, 'dcs3')}";`,
          `BOT=${Buffer.from('1' + digits(17, 'dcs4').slice(1)).toString('base64url')}.${synth('base64url', 6, 'dcs5')}.${synth('base64url', 27, 'dcs6')}`,
        ],
        negative: [
          // Same shape, but the first part is not base64 of digits.
          `const t = "MTA${synth('base64url', 21, 'dcs7')}.${synth('base64url', 6, 'dcs8')}.${synth('base64url', 38, 'dcs9')}";`,
          `const t = "${id('dcsa')}.${synth('base64url', 6, 'dcsb')}";`,
        ],
      };
    },
  },
  {
    id: 'discord-webhook-url',
    description: 'Discord webhook URL',
    keywords: ['/api/webhooks/'],
    pattern: /https:\/\/(?:(?:ptb|canary)\.)?discord(?:app)?\.com\/api\/webhooks\/\d{17,20}\/[A-Za-z0-9_-]{60,68}(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: "Delete the webhook in the channel's Integrations settings and create a new one; anyone with the URL can post as it.",
    samples: () => ({
      positive: [
        `DISCORD_WEBHOOK=https://discord.com/api/webhooks/${digits(19, 'dw1')}/${synth('base64url', 68, 'dw2')}`,
        `url = "https://discordapp.com/api/webhooks/${digits(18, 'dw3')}/${synth('base64url', 68, 'dw4')}"`,
      ],
      negative: [
        'https://discord.com/api/webhooks/{webhook.id}/{webhook.token}',
        `https://discord.com/api/webhooks/${digits(19, 'dw5')}/${synth('base64url', 20, 'dw6')}`,
      ],
    }),
  },
  {
    id: 'telegram-bot-token',
    description: 'Telegram Bot API token',
    keywords: ['telegram', 'bot'],
    pattern: new RegExp(`(?:${ci('telegram')}|${ci('bot')})[^\\n]{0,60}?(?<![\\d])(?<secret>\\d{8,10}:AA[A-Za-z0-9_-]{33})(?![\\w-])`),
    validate: plausible,
    severity: 'error',
    remediation: 'Revoke the token with @BotFather (/revoke) and update the bot; rotation is mandatory once it reached a shared branch.',
    samples: () => ({
      positive: [
        `TELEGRAM_BOT_TOKEN=${digits(10, 'tg1')}:AA${synth('base64url', 33, 'tg2')}`,
        `requests.get(f"https://api.telegram.org/bot${digits(9, 'tg3')}:AA${synth('base64url', 33, 'tg4')}/sendMessage")`,
      ],
      negative: [
        // The example from Telegram's own documentation.
        'TELEGRAM_BOT_TOKEN=123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11',
        `value = "${digits(10, 'tg5')}:AA${synth('base64url', 33, 'tg6')}"`,
        `telegram token: ${digits(10, 'tg7')}:AA${synth('base64url', 20, 'tg8')}`,
      ],
      secrets: [undefined, `${digits(9, 'tg3')}:AA${synth('base64url', 33, 'tg4')}`],
    }),
  },
  {
    id: 'teams-incoming-webhook-url',
    description: 'Microsoft Teams incoming webhook URL (Office 365 connector)',
    keywords: ['webhook.office.com', 'outlook.office.com/webhook'],
    pattern: new RegExp(
      `https://(?:[a-z0-9-]+\\.webhook\\.office\\.com/webhookb2|outlook\\.office\\.com/webhook)/${UUID}@${UUID}/IncomingWebhook/[a-f0-9]{32}/${UUID}(?:/[A-Za-z0-9_-]{20,80})?(?![\\w-])`,
    ),
    validate: plausible,
    severity: 'error',
    remediation: "Remove the connector from the Teams channel and create a new one (or move to a Workflows webhook); anyone with the URL can post to the channel.",
    samples: () => ({
      positive: [
        `TEAMS_WEBHOOK=https://contoso.webhook.office.com/webhookb2/${uuid('tw1')}@${uuid('tw2')}/IncomingWebhook/${synth('hex', 32, 'tw3')}/${uuid('tw4')}`,
        `url: "https://outlook.office.com/webhook/${uuid('tw5')}@${uuid('tw6')}/IncomingWebhook/${synth('hex', 32, 'tw7')}/${uuid('tw8')}"`,
      ],
      negative: [
        'https://contoso.webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<id>/<owner>',
        `https://contoso.webhook.office.com/webhookb2/${uuid('tw9')}@${uuid('twa')}/IncomingWebhook/${synth('hex', 20, 'twb')}/${uuid('twc')}`,
      ],
    }),
  },
  {
    id: 'teams-workflow-webhook-url',
    description: 'Power Automate / Teams Workflows webhook URL with its sig= signature',
    keywords: ['logic.azure.com', 'powerplatform.com'],
    pattern:
      /https:\/\/[a-z0-9.-]+\.(?:logic\.azure\.com|api\.powerplatform\.com)(?::443)?\/[^\s'"`]{0,63}?workflows\/[a-f0-9]{32}\/triggers\/[^\s'"`]*?[?&]sig=(?<secret>[A-Za-z0-9_%-]{43,})/,
    validate: plausible,
    severity: 'error',
    remediation: 'Regenerate the trigger URL (re-save the flow with a new HTTP trigger) in Power Automate; anyone with the signed URL can run the flow.',
    samples: () => ({
      positive: [
        `TEAMS_FLOW_URL=https://prod-12.westeurope.logic.azure.com:443/workflows/${synth('hex', 32, 'pa1')}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${synth('base64url', 43, 'pa2')}`,
        `url: "https://default${synth('hex', 30, 'pa3')}.0e.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/${synth('hex', 32, 'pa4')}/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${synth('base64url', 43, 'pa5')}"`,
        // The path before workflows/ is read up to 63 characters (a bounded pattern, #10).
        `https://prod-1.westus.logic.azure.com/${'p'.repeat(62)}/workflows/${synth('hex', 32, 'pa7')}/triggers/manual/paths/invoke?sv=1.0&sig=${synth('base64url', 43, 'pa8')}`,
      ],
      negative: [
        `https://prod-12.westeurope.logic.azure.com:443/workflows/${synth('hex', 32, 'pa6')}/triggers/manual/paths/invoke?api-version=2016-06-01`,
        'https://prod-00.westus.logic.azure.com/workflows/<id>/triggers/manual/paths/invoke?sig=<signature>',
        `https://prod-1.westus.logic.azure.com/${'p'.repeat(63)}/workflows/${synth('hex', 32, 'pa9')}/triggers/manual/paths/invoke?sv=1.0&sig=${synth('base64url', 43, 'pa10')}`,
      ],
    }),
  },
  {
    id: 'twilio-api-key',
    description: 'Twilio API key SID with its secret',
    keywords: ['twilio'],
    pattern: new RegExp(
      `${ci('twilio')}[^\\n]{0,120}?(?<![\\w])SK[0-9a-f]{32}(?![\\w])[^\\n]{1,64}?["'=:,\\s](?<secret>[A-Za-z0-9]{32})(?![\\w-])`,
    ),
    requireRandom: true,
    validate: plausible,
    severity: 'error',
    remediation: 'Delete the API key in the Twilio Console (Account > API keys & tokens) and create a new one; rotation is mandatory once it reached a shared branch.',
    samples: () => ({
      positive: [
        `twilio_client = Client("SK${synth('hex', 32, 'tk1')}", "${synth('base62', 32, 'tk2')}", account_sid)`,
        `TWILIO_API_KEY=SK${synth('hex', 32, 'tk3')} TWILIO_API_SECRET=${synth('base62', 32, 'tk4')}`,
        // The secret is looked for up to 64 characters after the key SID (a bounded pattern, #10).
        `TWILIO_API_KEY=SK${synth('hex', 32, 'tk7')}; ${'x'.repeat(62)}=${synth('base62', 32, 'tk8')}`,
      ],
      negative: [
        // A key SID alone is an identifier, not a secret.
        `TWILIO_API_KEY=SK${synth('hex', 32, 'tk5')}`,
        `twilio = Client("SK${synth('hex', 32, 'tk6')}", os.environ["TWILIO_API_SECRET"])`,
        `TWILIO_API_KEY=SK${synth('hex', 32, 'tk9')}; ${'x'.repeat(63)}=${synth('base62', 32, 'tk10')}`,
      ],
    }),
  },
  {
    id: 'twilio-auth-token',
    description: 'Twilio account auth token',
    keywords: ['twilio'],
    pattern: assigned(`${ci('twilio')}[\\w.-]{0,20}?(?:${ci('auth')}|${ci('token')}|${ci('secret')})`, '[a-f0-9]{32}'),
    requireRandom: true,
    validate: plausible,
    severity: 'error',
    remediation: 'Rotate the auth token in the Twilio Console (promote the secondary token, then delete the old one); rotation is mandatory once it reached a shared branch.',
    samples: () => ({
      positive: [`TWILIO_AUTH_TOKEN=${synth('hex', 32, 'ta1')}`, `twilio.authToken = '${synth('hex', 32, 'ta2')}'`],
      negative: [
        // The account SID is an identifier, not a secret.
        `TWILIO_ACCOUNT_SID=AC${synth('hex', 32, 'ta3')}`,
        'TWILIO_AUTH_TOKEN=your_auth_token',
        `TWILIO_AUTH_TOKEN=${synth('hex', 24, 'ta4')}`,
      ],
    }),
  },
  {
    id: 'sendgrid-api-key',
    description: 'SendGrid API key',
    keywords: ['sg.'],
    pattern: /(?<![\w.-])SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: 'Delete the key in SendGrid (Settings > API Keys) and create a new one; rotation is mandatory once it reached a shared branch.',
    samples: () => ({
      positive: [
        `SENDGRID_API_KEY=SG.${synth('base64url', 22, 'sg1')}.${synth('base64url', 43, 'sg2')}`,
        `sg = SendGridAPIClient('SG.${synth('base64url', 22, 'sg3')}.${synth('base64url', 43, 'sg4')}')`,
      ],
      negative: [
        'SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
        `SG.${synth('base64url', 22, 'sg5')}.${synth('base64url', 30, 'sg6')}`,
      ],
    }),
  },
  {
    id: 'mailgun-api-key',
    description: 'Mailgun API key (key- format)',
    keywords: ['key-'],
    pattern: new RegExp(`(?:${ci('mailgun')}[^\\n]{0,80}?|["']api["']\\s*,\\s*["'])(?<![\\w-])(?<secret>key-[0-9a-f]{32})(?![\\w-])`),
    validate: plausible,
    severity: 'error',
    remediation: 'Reset the key in Mailgun (Account settings > API Security) and update its users; rotation is mandatory once it reached a shared branch.',
    samples: () => ({
      positive: [`MAILGUN_API_KEY=key-${synth('hex', 32, 'mg1')}`, `requests.post(url, auth=("api", "key-${synth('hex', 32, 'mg2')}"))`],
      negative: [
        // Not near Mailgun: a cache key that happens to look like one.
        `cacheName = "key-${synth('hex', 32, 'mg3')}"`,
        // Mailgun's public validation keys use the same prefix with non-hex characters.
        `MAILGUN_PUBLIC_KEY=pubkey-${synth('lowerAlnum', 32, 'mg5')}`,
        `MAILGUN_API_KEY=key-${synth('ghijklmnopqrstuvwxyz', 32, 'mg6')}`,
        `MAILGUN_API_KEY=key-${synth('hex', 24, 'mg4')}`,
      ],
    }),
  },
  {
    id: 'mailgun-private-key',
    description: 'Mailgun API key (hex-hex-hex format)',
    // The 32-8-8 hex shape is Mailgun's own; it shows up as SMTP/mail passwords without the provider's name.
    keywords: ['mailgun', 'mail', 'smtp', 'mg_'],
    pattern: /(?<![\w-])[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: 'Delete the key in Mailgun (API Security, or the domain’s Sending API keys) and create a new one; rotation is mandatory once it reached a shared branch.',
    samples: () => ({
      positive: [
        `MAILGUN_API_KEY=${synth('hex', 32, 'mp1')}-${synth('hex', 8, 'mp2')}-${synth('hex', 8, 'mp3')}`,
        `MAIL_PASSWORD=${synth('hex', 32, 'mp4')}-${synth('hex', 8, 'mp5')}-${synth('hex', 8, 'mp6')}`,
      ],
      negative: [
        `MAILGUN_DOMAIN_ID=${uuid('mp7')}`,
        'MAILGUN_API_KEY=${MAILGUN_API_KEY}',
        // Same shape without any mail context: not selected by the keyword prefilter.
        `checksum = "${synth('hex', 32, 'mp8')}-${synth('hex', 8, 'mp9')}-${synth('hex', 8, 'mpa')}"`,
      ],
    }),
  },
  {
    id: 'mailchimp-api-key',
    description: 'Mailchimp Marketing API key',
    keywords: ['-us'],
    pattern: /(?<![\w-])[0-9a-f]{32}-us[1-9]\d?(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: 'Revoke the key in Mailchimp (Profile > Extras > API keys) and create a new one; rotation is mandatory once it reached a shared branch.',
    samples: () => ({
      positive: [`MAILCHIMP_API_KEY=${synth('hex', 32, 'mc1')}-us6`, `mailchimp.setConfig({ apiKey: '${synth('hex', 32, 'mc2')}-us21' })`],
      negative: [
        'MAILCHIMP_API_KEY=00000000000000000000000000000000-us1',
        `locale = "${synth('hex', 32, 'mc3')}-use"`,
        `MAILCHIMP_API_KEY=${synth('hex', 24, 'mc4')}-us6`,
      ],
    }),
  },
  {
    id: 'mandrill-api-key',
    description: 'Mailchimp Transactional (Mandrill) API key',
    keywords: ['md-'],
    pattern: /(?<![\w-])md-[A-Za-z0-9_-]{22}(?![\w-])/,
    requireRandom: true,
    validate: plausible,
    severity: 'error',
    remediation: 'Delete the key in Mailchimp Transactional (Settings > SMTP & API Info) and create a new one; rotation is mandatory once it reached a shared branch.',
    samples: () => ({
      positive: [`MANDRILL_API_KEY=md-${synth('base62', 22, 'md1')}`, `mailchimp = MailchimpTransactional.Client("md-${synth('base62', 22, 'md2')}")`],
      negative: ['<div class="col-md-offset-2-and-some-more-words">', 'MANDRILL_API_KEY=md-xxxxxxxxxxxxxxxxxxxxxx'],
    }),
  },
  {
    id: 'brevo-api-key',
    description: 'Brevo (Sendinblue) API or SMTP key',
    keywords: ['xkeysib-', 'xsmtpsib-'],
    pattern: /(?<![\w-])x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16}(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: 'Delete the key in Brevo (SMTP & API > API keys) and create a new one; rotation is mandatory once it reached a shared branch.',
    samples: () => ({
      positive: [`BREVO_API_KEY=xkeysib-${synth('hex', 64, 'bv1')}-${synth('base62', 16, 'bv2')}`, `smtp_password: "xsmtpsib-${synth('hex', 64, 'bv3')}-${synth('base62', 16, 'bv4')}"`],
      negative: ['BREVO_API_KEY=xkeysib-...', `xkeysib-${synth('hex', 40, 'bv5')}-${synth('base62', 16, 'bv6')}`],
    }),
  },
  {
    id: 'postmark-api-token',
    description: 'Postmark server or account API token',
    keywords: ['postmark'],
    pattern: assigned(ci('postmark'), UUID),
    validate: randomish,
    severity: 'error',
    remediation: 'Regenerate the token in Postmark (server > API Tokens, or Account > API Tokens); rotation is mandatory once it reached a shared branch.',
    samples: () => ({
      positive: [`POSTMARK_SERVER_TOKEN=${uuid('pm1')}`, `-H "X-Postmark-Server-Token: ${uuid('pm2')}"`],
      negative: [
        // Postmark's documented test token.
        '-H "X-Postmark-Server-Token: POSTMARK_API_TEST"',
        'POSTMARK_SERVER_TOKEN=00000000-0000-0000-0000-000000000000',
      ],
    }),
  },
  {
    id: 'mattermost-access-token',
    description: 'Mattermost personal access or bot token',
    keywords: ['mattermost'],
    pattern: assigned(ci('mattermost'), '[a-z0-9]{26}'),
    requireRandom: true,
    validate: plausible,
    severity: 'error',
    remediation: 'Revoke the token in Mattermost (Profile > Security > Personal Access Tokens, or the bot account) and create a new one.',
    samples: () => ({
      positive: [`MATTERMOST_TOKEN=${synth('lowerAlnum', 26, 'mm1')}`, `mattermost_bot_token: "${synth('lowerAlnum', 26, 'mm2')}"`],
      negative: ['MATTERMOST_TOKEN=aaaaaaaaaaaaaaaaaaaaaaaaaa', `MATTERMOST_TEAM=${synth('lowerAlnum', 12, 'mm3')}`],
    }),
  },
  {
    id: 'mattermost-webhook-url',
    description: 'Mattermost incoming webhook URL',
    keywords: ['mattermost'],
    // The host must name Mattermost: checked on the whole match (the reported secret) rather than
    // by [^/]*mattermost[^/]* in the pattern, which tries every place of the word in a long host.
    pattern: /https?:\/\/[^\s/'"`]*\/hooks\/[a-z0-9]{26}(?![\w-])/i,
    validate: (url: string) => plausible(url) && hostOf(url).toLowerCase().includes('mattermost'),
    severity: 'error',
    remediation: 'Delete the webhook in Mattermost (Integrations > Incoming Webhooks) and create a new one.',
    samples: () => ({
      positive: [
        `MM_WEBHOOK=https://mattermost.example.org/hooks/${synth('lowerAlnum', 26, 'mw1')}`,
        `url: "https://chat-mattermost.internal:8065/hooks/${synth('lowerAlnum', 26, 'mw2')}"`,
        `hook = 'http://chat.MatterMost.acme-corp.io/hooks/${synth('lowerAlnum', 26, 'mw4')}'`,
      ],
      negative: [
        'https://mattermost.example.org/hooks/xxx-generatedkey-xxx',
        `https://mattermost.example.org/hooks/${synth('lowerAlnum', 12, 'mw3')}`,
        `# mattermost: https://chat.acme-corp.io/hooks/${synth('lowerAlnum', 26, 'mw5')}`,
        `https://chat.acme-corp.io/mattermost/hooks/${synth('lowerAlnum', 26, 'mw6')}`,
      ],
    }),
  },
  {
    id: 'zulip-api-key',
    description: 'Zulip API key',
    keywords: ['zulip'],
    pattern: assigned(ci('zulip'), '[A-Za-z0-9]{32}'),
    requireRandom: true,
    validate: plausible,
    severity: 'error',
    remediation: "Regenerate the API key in Zulip (Personal settings > Account & privacy, or the bot's settings).",
    samples: () => ({
      positive: [`ZULIP_API_KEY=${synth('base62', 32, 'zl1')}`, `zulip_bot_key: "${synth('base62', 32, 'zl2')}"`],
      negative: ['ZULIP_API_KEY=YOUR_API_KEY_GOES_HERE_PLEASE_XX', `ZULIP_SITE=${synth('lowerAlnum', 10, 'zl3')}`],
    }),
  },
  {
    id: 'vonage-api-secret',
    description: 'Vonage (Nexmo) API secret',
    keywords: ['vonage', 'nexmo'],
    pattern: assigned(`(?:${ci('vonage')}|${ci('nexmo')})[\\w.-]{0,20}?${ci('secret')}`, '[A-Za-z0-9]{16}'),
    requireRandom: true,
    validate: plausible,
    severity: 'error',
    remediation: 'Rotate the API secret in the Vonage API Dashboard (Settings > API keys); rotation is mandatory once it reached a shared branch.',
    samples: () => ({
      positive: [`VONAGE_API_SECRET=${synth('base62', 16, 'vn1')}`, `nexmo_api_secret: "${synth('base62', 16, 'vn2')}"`],
      negative: [
        // The API key is an identifier.
        `VONAGE_API_KEY=${synth('hex', 8, 'vn3')}`,
        'NEXMO_API_SECRET=abcdabcdabcdabcd',
      ],
    }),
  },
  {
    id: 'messagebird-api-key',
    description: 'MessageBird (Bird) API access key',
    keywords: ['messagebird'],
    pattern: assigned(ci('messagebird'), '[A-Za-z0-9]{25}'),
    requireRandom: true,
    validate: plausible,
    severity: 'error',
    remediation: 'Delete the access key in the MessageBird dashboard (Developers > API access) and create a new one.',
    samples: () => ({
      positive: [`MESSAGEBIRD_API_KEY=${synth('base62', 25, 'mb1')}`, `messagebird.accessKey = '${synth('base62', 25, 'mb2')}'`],
      negative: [`MESSAGEBIRD_API_KEY=test_${synth('base62', 25, 'mb4')}`, `MESSAGEBIRD_ORIGINATOR=${synth('base62', 11, 'mb3')}`],
    }),
  },
  {
    id: 'pusher-app-secret',
    description: 'Pusher Channels app secret',
    keywords: ['pusher'],
    pattern: assigned(`${ci('pusher')}[\\w.-]{0,20}?${ci('secret')}`, '[a-f0-9]{20}'),
    requireRandom: true,
    validate: plausible,
    severity: 'error',
    remediation: 'Create a new key pair for the app in the Pusher dashboard (App Keys) and delete the old one.',
    samples: () => ({
      positive: [`PUSHER_APP_SECRET=${synth('hex', 20, 'pu1')}`, `pusher_secret: "${synth('hex', 20, 'pu2')}"`],
      negative: [
        // The app key is public: it ships to browsers.
        `PUSHER_APP_KEY=${synth('hex', 20, 'pu3')}`,
        'PUSHER_APP_SECRET=${PUSHER_SECRET}',
      ],
    }),
  },
  {
    id: 'linear-api-key',
    description: 'Linear personal API key (lin_api_)',
    keywords: ['lin_api_'],
    pattern: /(?<![\w-])lin_api_[A-Za-z0-9]{40}(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: 'Revoke the key in Linear (Settings > Security & access > Personal API keys) and create a new one.',
    samples: () => ({
      positive: [`LINEAR_API_KEY=lin_api_${synth('base62', 40, 'li1')}`, `new LinearClient({ apiKey: "lin_api_${synth('base62', 40, 'li2')}" })`],
      negative: ['LINEAR_API_KEY=lin_api_...', `LINEAR_API_KEY=lin_api_${synth('base62', 20, 'li3')}`],
    }),
  },
  {
    id: 'notion-integration-token',
    description: 'Notion integration token (ntn_ / secret_)',
    keywords: ['ntn_', 'secret_'],
    pattern: /(?<![\w-])(?:ntn_[A-Za-z0-9]{46}|secret_[A-Za-z0-9]{43})(?![\w-])/,
    requireRandom: true,
    validate: plausible,
    severity: 'error',
    remediation: 'Refresh the integration secret in Notion (Settings > Connections > Develop or manage integrations).',
    samples: () => ({
      positive: [`NOTION_TOKEN=ntn_${synth('0123456789', 11, 'nt1')}${synth('base62', 35, 'nt2')}`, `notion = Client(auth="secret_${synth('base62', 43, 'nt3')}")`],
      negative: ['self.secret_key_for_signing_session_cookies_v2 = None', `NOTION_TOKEN=secret_${synth('base62', 20, 'nt4')}`],
    }),
  },
  {
    id: 'airtable-personal-access-token',
    description: 'Airtable personal access token (pat….)',
    // 'pat' alone would select every line with `path` or `pattern`; the token as a value starts
    // right after a quote, `=`, `:` or a space.
    keywords: ['airtable', 'bearer pat', '"pat', "'pat", '=pat', ': pat', ':pat', '`pat'],
    pattern: /(?<![\w-])pat[A-Za-z0-9]{14}\.[a-f0-9]{64}(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: 'Delete the token at airtable.com/create/tokens and create a new one with the scopes it needs.',
    samples: () => ({
      positive: [`AIRTABLE_TOKEN=pat${synth('base62', 14, 'at1')}.${synth('hex', 64, 'at2')}`, `-H "Authorization: Bearer pat${synth('base62', 14, 'at3')}.${synth('hex', 64, 'at4')}"`, `const base = new Base("pat${synth('base62', 14, 'at7')}.${synth('hex', 64, 'at8')}");`, `token: pat${synth('base62', 14, 'at9')}.${synth('hex', 64, 'ata')}`],
      negative: ['path.join(dirname, filename)', `AIRTABLE_TOKEN=pat${synth('base62', 14, 'at5')}.${synth('hex', 20, 'at6')}`],
    }),
  },
  {
    id: 'intercom-access-token',
    description: 'Intercom access token (base64 tok:…)',
    keywords: ['dg9ro'],
    pattern: /(?<![\w+/-])dG9rO[A-Za-z0-9+/]{40,80}={0,2}(?![\w+/=-])/,
    validate: (token) => /^tok:[0-9a-f]{8}_[0-9a-f]{4}_[0-9a-f]{4}_[0-9a-f]{4}_[0-9a-f]{12}:1:0$|^tok:[\x21-\x7e]{20,}$/.test(Buffer.from(token, 'base64').toString('latin1')),
    severity: 'error',
    remediation: "Regenerate the access token in the Intercom Developer Hub (the app's Authentication page) and update its users.",
    samples: () => {
      const tok = (seed: string): string => {
        const h = synth('hex', 32, seed);
        return Buffer.from(`tok:${h.slice(0, 8)}_${h.slice(8, 12)}_${h.slice(12, 16)}_${h.slice(16, 20)}_${h.slice(20)}:1:0`).toString('base64');
      };
      return {
        positive: [`INTERCOM_ACCESS_TOKEN=${tok('ic1')}`, `-H "Authorization: Bearer ${tok('ic2')}"`],
        negative: [`INTERCOM_ACCESS_TOKEN=dG9rOm${synth('base64', 50, 'ic3')}`, 'INTERCOM_ACCESS_TOKEN=dG9rOj...'],
      };
    },
  },
  {
    id: 'zendesk-api-token',
    description: 'Zendesk API token',
    keywords: ['zendesk'],
    pattern: assigned(ci('zendesk'), '[A-Za-z0-9]{40}'),
    requireRandom: true,
    validate: plausible,
    severity: 'error',
    remediation: 'Delete the token in Zendesk Admin Center (Apps and integrations > Zendesk API) and create a new one.',
    samples: () => ({
      positive: [`ZENDESK_API_TOKEN=${synth('base62', 40, 'zd1')}`, `zendesk_token: "${synth('base62', 40, 'zd2')}"`],
      negative: ['ZENDESK_SUBDOMAIN=acme', 'ZENDESK_API_TOKEN=${ZENDESK_TOKEN}'],
    }),
  },
  {
    id: 'asana-personal-access-token',
    description: 'Asana personal access token',
    keywords: ['asana'],
    pattern: assigned(ci('asana'), '[12]/\\d{10,20}(?:/\\d{10,20})?:[a-f0-9]{32}'),
    validate: plausible,
    severity: 'error',
    remediation: 'Deauthorize the token in Asana (My settings > Apps > Developer apps) and create a new one.',
    samples: () => ({
      positive: [`ASANA_TOKEN=2/${digits(16, 'as1')}/${digits(16, 'as2')}:${synth('hex', 32, 'as3')}`, `asana_pat: "1/${digits(16, 'as4')}:${synth('hex', 32, 'as5')}"`],
      negative: ['ASANA_TOKEN=<personal access token>', `ASANA_WORKSPACE=${digits(16, 'as6')}`],
    }),
  },
];
