// Provider rules: observability, logging and product analytics (Datadog, New Relic, Sentry,
// Grafana, PagerDuty, Honeycomb, Dynatrace, Splunk …). Formats learned from the providers' docs.

import type { ProviderRule } from './rule.js';
import { synth } from '../synthetic.js';
import { assigned, ci, decodedJsonObject, plausible, prefixed, randomish, uuid, UUID } from './shared.js';

/** A base64 JSON object with the given string fields: Sentry org tokens and Grafana Cloud tokens carry one. */
function jsonWith(encoded: string, fields: readonly string[]): boolean {
  const record = decodedJsonObject(encoded);
  return record !== undefined && fields.every((f) => record[f] !== undefined && record[f] !== '');
}

const sentryOrgToken = (seed: string): string => {
  const payload = `{"iat": 1767225600.${synth('0123456789', 6, seed + 't')}, "url": "https://sentry.io", "region_url": "https://us.sentry.io", "org": "${synth('lowerAlnum', 10, seed + 'o')}"}`;
  return `sntrys_${Buffer.from(payload).toString('base64')}_${synth('base64', 43, seed + 's')}`;
};

const grafanaCloudToken = (seed: string): string =>
  'glc_' +
  Buffer.from(`{"o":"${synth('0123456789', 6, seed + 'o')}","n":"stack-${synth('0123456789', 6, seed + 'n')}-hm-read-ci","k":"${synth('base62', 24, seed + 'k')}","m":{"r":"prod-eu-west-2"}}`).toString('base64');

const DD_NAME = `(?:(?<![A-Za-z0-9])${ci('dd')}[_-]|${ci('datadog')})`;

export const rules: readonly ProviderRule[] = [
  {
    id: 'datadog-api-key',
    description: 'Datadog API key',
    keywords: ['datadog', 'dd_', 'dd-'],
    pattern: assigned(`${DD_NAME}[\\w.-]{0,20}?${ci('api')}`, '[a-f0-9]{32}'),
    requireRandom: true,
    validate: plausible,
    severity: 'error',
    remediation: 'Revoke the key in Datadog (Organization Settings > API Keys) and create a new one; rotation is mandatory once it reached a shared branch.',
    samples: () => ({
      positive: [`DD_API_KEY=${synth('hex', 32, 'dd1')}`, `-H "DD-API-KEY: ${synth('hex', 32, 'dd2')}"`, `datadog_api_key: "${synth('hex', 32, 'dd3')}"`],
      negative: [
        `DD_TRACE_ID=${synth('hex', 32, 'dd6')}`,
        // Client tokens are public (browser RUM/logs).
        `DD_CLIENT_TOKEN=pub${synth('hex', 32, 'dd4')}`,
        `add_item_hash = "${synth('hex', 32, 'dd5')}"`,
        'DD_API_KEY=<DATADOG_API_KEY>',
      ],
    }),
  },
  {
    id: 'datadog-app-key',
    description: 'Datadog application key',
    keywords: ['datadog', 'dd_', 'dd-'],
    pattern: assigned(`${DD_NAME}[\\w.-]{0,20}?${ci('app')}`, '[a-f0-9]{40}'),
    requireRandom: true,
    validate: plausible,
    severity: 'error',
    remediation: 'Revoke the application key in Datadog (Organization Settings > Application Keys) and create a new one; rotation is mandatory once it reached a shared branch.',
    samples: () => ({
      positive: [`DD_APP_KEY=${synth('hex', 40, 'da1')}`, `"DD-APPLICATION-KEY": "${synth('hex', 40, 'da2')}"`],
      negative: [
        // A commit sha has the same shape; only a key-like name makes it a key.
        `DD_GIT_COMMIT_SHA=${synth('hex', 40, 'da3')}`,
        'DATADOG_APP_KEY=${DATADOG_APP_KEY}',
      ],
    }),
  },
  prefixed('newrelic-user-api-key', 'New Relic user API key (NRAK-)', 'NRAK-', '[A-Z0-9]{27}', 'Delete the key in New Relic (API keys) and create a new one; rotation is mandatory once it reached a shared branch.', () => ({
    positive: [`NEW_RELIC_API_KEY=NRAK-${synth('upperAlnum', 27, 'na1')}`, `-H "Api-Key: NRAK-${synth('upperAlnum', 27, 'na2')}"`],
    negative: ['NEW_RELIC_API_KEY=NRAK-XXXXXXXXXXXXXXXXXXXXXXXXXXX', `NEW_RELIC_API_KEY=NRAK-${synth('upperAlnum', 12, 'na3')}`],
  })),
  prefixed('newrelic-insert-key', 'New Relic Insights insert key (NRII-)', 'NRII-', '[A-Za-z0-9_-]{25,32}', 'Delete the insert key in New Relic (API keys) and create a new one.', () => ({
    positive: [`NEW_RELIC_INSERT_KEY=NRII-${synth('base64url', 25, 'ni4')}`, `NEW_RELIC_INSERT_KEY=NRII-${synth('base64url', 32, 'ni1')}`, `"X-Insert-Key": "NRII-${synth('base64url', 32, 'ni2')}"`],
    negative: ['NEW_RELIC_INSERT_KEY=NRII-...', `NRII-${synth('base64url', 16, 'ni3')}`],
  })),
  prefixed('newrelic-query-key', 'New Relic Insights query key (NRIQ-)', 'NRIQ-', '[A-Za-z0-9_-]{25,32}', 'Delete the query key in New Relic (API keys) and create a new one.', () => ({
    positive: [`NEW_RELIC_QUERY_KEY=NRIQ-${synth('base64url', 25, 'nq4')}`, `NEW_RELIC_QUERY_KEY=NRIQ-${synth('base64url', 32, 'nq1')}`, `"X-Query-Key": "NRIQ-${synth('base64url', 32, 'nq2')}"`],
    negative: ['NEW_RELIC_QUERY_KEY=NRIQ-<key>', `NRIQ-${synth('base64url', 16, 'nq3')}`],
  })),
  prefixed('newrelic-browser-api-key', 'New Relic browser API key (NRBR-)', 'NRBR-', '[a-f0-9]{19}', 'Delete the key in New Relic (API keys) and create a new one.', () => ({
    positive: [`NEW_RELIC_BROWSER_API_KEY=NRBR-${synth('hex', 19, 'nb1')}`, `"browserKey": "NRBR-${synth('hex', 19, 'nb2')}"`],
    negative: ['NEW_RELIC_BROWSER_API_KEY=NRBR-...', `NRBR-${synth('hex', 12, 'nb3')}`],
  })),
  prefixed('newrelic-browser-key', 'New Relic browser application key (NRJS-)', 'NRJS-', '[a-f0-9]{19}', 'Delete the browser key in New Relic (API keys) and create a new one if it was not meant to be published with the page.', () => ({
    positive: [`NEW_RELIC_BROWSER_KEY=NRJS-${synth('hex', 19, 'nj1')}`, `licenseKey: "NRJS-${synth('hex', 19, 'nj2')}"`],
    negative: ['licenseKey: "NRJS-..."', `NRJS-${synth('hex', 10, 'nj3')}`],
  })),
  {
    id: 'newrelic-license-key',
    description: 'New Relic ingest (license) key (…NRAL)',
    keywords: ['nral'],
    pattern: /(?<![\w-])[A-Za-z0-9]{36}NRAL(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: 'Create a new ingest license key in New Relic (API keys), redeploy the agents with it, then delete the old one.',
    samples: () => ({
      positive: [`NEW_RELIC_LICENSE_KEY=${synth('hex', 36, 'nl1')}NRAL`, `license_key: eu01xx${synth('hex', 30, 'nl2')}NRAL`],
      negative: [`NEW_RELIC_LICENSE_KEY=${synth('hex', 20, 'nl3')}NRAL`, 'NEW_RELIC_LICENSE_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxNRAL'],
    }),
  },
  prefixed('sentry-user-token', 'Sentry user auth token (sntryu_)', 'sntryu_', '[a-f0-9]{64}', 'Revoke the token in Sentry (User settings > Personal Tokens) and create a new one; rotation is mandatory once it reached a shared branch.', () => ({
    positive: [`SENTRY_AUTH_TOKEN=sntryu_${synth('hex', 64, 'su1')}`, `sentry-cli --auth-token sntryu_${synth('hex', 64, 'su2')} releases list`],
    negative: ['SENTRY_AUTH_TOKEN=sntryu_...', `SENTRY_AUTH_TOKEN=sntryu_${synth('hex', 40, 'su3')}`],
  })),
  {
    id: 'sentry-org-token',
    description: 'Sentry organization auth token (sntrys_)',
    keywords: ['sntrys_'],
    pattern: /(?<![\w-])sntrys_eyJ[A-Za-z0-9+/]{20,}={0,2}_[A-Za-z0-9+/-]{43,}={0,2}(?![\w+/=-])/,
    validate: (token) => jsonWith(token.slice('sntrys_'.length, token.lastIndexOf('_')), ['iat', 'org']) && plausible(token),
    severity: 'error',
    remediation: 'Revoke the token in Sentry (Settings > Developer Settings > Organization Tokens) and create a new one; rotation is mandatory once it reached a shared branch.',
    samples: () => ({
      positive: [`SENTRY_AUTH_TOKEN=${sentryOrgToken('so1')}`, `authToken: "${sentryOrgToken('so2')}",`],
      negative: [
        // Right prefix, but the payload is not the token's JSON.
        `SENTRY_AUTH_TOKEN=sntrys_eyJ${synth('base64', 80, 'so3')}_${synth('base64', 43, 'so4')}`,
        'SENTRY_AUTH_TOKEN=sntrys_YOUR_TOKEN_HERE',
      ],
    }),
  },
  {
    id: 'sentry-dsn-secret',
    description: 'Sentry legacy DSN with a secret key',
    keywords: ['sentry', 'dsn'],
    pattern: /https?:\/\/[a-f0-9]{32}:(?<secret>[a-f0-9]{32})@[\w.-]+(?::\d+)?\/(?:[\w.-]+\/)*\d+/,
    validate: plausible,
    severity: 'error',
    remediation: "Revoke the client key in Sentry (Project settings > Client Keys) and switch to a DSN without a secret part.",
    samples: () => ({
      positive: [
        `SENTRY_DSN=https://${synth('hex', 32, 'sd1')}:${synth('hex', 32, 'sd2')}@o123456.ingest.sentry.io/4567890`,
        `dsn: "https://${synth('hex', 32, 'sd3')}:${synth('hex', 32, 'sd4')}@sentry.internal.example.com/12"`,
      ],
      negative: [
        // Modern DSNs carry only the public key: not a secret.
        `SENTRY_DSN=https://${synth('hex', 32, 'sd5')}@o123456.ingest.us.sentry.io/4567890`,
        'SENTRY_DSN=https://<key>:<secret>@sentry.io/<project>',
      ],
      secrets: [synth('hex', 32, 'sd2'), synth('hex', 32, 'sd4')],
    }),
  },
  {
    id: 'sentry-legacy-auth-token',
    description: 'Sentry auth token (legacy 64-hex format)',
    keywords: ['sentry'],
    pattern: assigned(`${ci('sentry')}[\\w.-]{0,20}?(?:${ci('token')}|${ci('auth')})`, '[a-f0-9]{64}'),
    requireRandom: true,
    validate: plausible,
    severity: 'error',
    remediation: 'Revoke the token in Sentry (User settings > Personal Tokens, or the internal integration) and create a new one.',
    samples: () => ({
      positive: [`SENTRY_AUTH_TOKEN=${synth('hex', 64, 'sl1')}`, `sentry.authToken = "${synth('hex', 64, 'sl2')}"`],
      negative: ['SENTRY_AUTH_TOKEN=${{ secrets.SENTRY_AUTH_TOKEN }}', `SENTRY_RELEASE=${synth('hex', 40, 'sl3')}`],
    }),
  },
  prefixed('grafana-service-account-token', 'Grafana service account token (glsa_)', 'glsa_', '[A-Za-z0-9]{32}_[a-f0-9]{8}', 'Delete the token in Grafana (Administration > Service accounts) and create a new one; rotation is mandatory once it reached a shared branch.', () => ({
    positive: [`GRAFANA_TOKEN=glsa_${synth('base62', 32, 'gs1')}_${synth('hex', 8, 'gs2')}`, `-H "Authorization: Bearer glsa_${synth('base62', 32, 'gs3')}_${synth('hex', 8, 'gs4')}"`],
    negative: ['GRAFANA_TOKEN=glsa_...', `GRAFANA_TOKEN=glsa_${synth('base62', 32, 'gs5')}`],
  })),
  {
    id: 'grafana-cloud-token',
    description: 'Grafana Cloud access policy token (glc_)',
    keywords: ['glc_'],
    pattern: /(?<![\w-])glc_[A-Za-z0-9+/]{32,400}={0,2}(?![\w+/=-])/,
    validate: (token) => jsonWith(token.slice(4), ['o', 'k']),
    severity: 'error',
    remediation: 'Delete the token in Grafana Cloud (Access Policies) and create a new one; rotation is mandatory once it reached a shared branch.',
    samples: () => ({
      positive: [`GRAFANA_CLOUD_TOKEN=${grafanaCloudToken('gc1')}`, `password: "${grafanaCloudToken('gc2')}"`],
      negative: [`GRAFANA_CLOUD_TOKEN=glc_${synth('base64', 80, 'gc3')}`, 'GRAFANA_CLOUD_TOKEN=glc_<your token>'],
    }),
  },
  {
    id: 'grafana-api-key',
    description: 'Grafana API key (legacy, base64 JSON eyJrIjoi…)',
    keywords: ['eyjrijoi'],
    pattern: /(?<![\w+/-])eyJrIjoi[A-Za-z0-9+/]{40,200}={0,2}(?![\w+/=-])/,
    validate: (token) => jsonWith(token, ['k', 'n']),
    severity: 'error',
    remediation: 'Delete the API key in Grafana (Administration > API keys) and migrate to a service account token.',
    samples: () => {
      const key = (seed: string): string => Buffer.from(`{"k":"${synth('base62', 32, seed)}","n":"deploy","id":1}`).toString('base64');
      return {
        positive: [`GRAFANA_API_KEY=${key('ga1')}`, `-H "Authorization: Bearer ${key('ga2')}"`],
        negative: [`GRAFANA_API_KEY=eyJrIjoi${synth('base64', 60, 'ga3')}`, 'GRAFANA_API_KEY=eyJrIjoi...'],
      };
    },
  },
  {
    id: 'pagerduty-api-key',
    description: 'PagerDuty REST API key',
    keywords: ['pagerduty', 'token token='],
    pattern: new RegExp(`(?:${ci('pagerduty')}[\\w.(-]{0,40}?["'\`]?\\s*(?::=|=>|[:=,])\\s*["'\`]?|Token token=)(?<secret>[A-Za-z0-9_+-]{20})(?![\\w+-])`),
    requireRandom: true,
    validate: plausible,
    severity: 'error',
    remediation: 'Delete the key in PagerDuty (Integrations > API Access Keys, or the user’s API keys) and create a new one.',
    samples: () => ({
      positive: [`PAGERDUTY_API_KEY=${synth('base64url', 20, 'pd1')}`, `-H "Authorization: Token token=${synth('base64url', 20, 'pd2')}"`],
      negative: ['PAGERDUTY_API_KEY=your-api-key', `PAGERDUTY_SERVICE_ID=P${synth('upperAlnum', 6, 'pd3')}`],
    }),
  },
  {
    id: 'pagerduty-integration-key',
    description: 'PagerDuty Events API integration (routing) key',
    keywords: ['pagerduty', 'routing_key'],
    pattern: assigned(`(?:${ci('pagerduty')}|${ci('routing_key')})`, '[a-f0-9]{32}'),
    requireRandom: true,
    validate: plausible,
    severity: 'error',
    remediation: "Delete the integration on the PagerDuty service (Integrations tab) and add a new one; anyone with the key can open incidents.",
    samples: () => ({
      positive: [`PAGERDUTY_INTEGRATION_KEY=${synth('hex', 32, 'pi1')}`, `{"routing_key": "${synth('hex', 32, 'pi2')}", "event_action": "trigger"}`],
      negative: ['"routing_key": "YOUR_ROUTING_KEY"', `PAGERDUTY_ESCALATION_POLICY=P${synth('upperAlnum', 6, 'pi3')}`],
    }),
  },
  {
    id: 'honeycomb-ingest-key',
    description: 'Honeycomb ingest key (hc?ik_)',
    keywords: ['ik_'],
    pattern: /(?<![\w-])hc[a-z]ik_[a-z0-9]{58}(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: 'Disable and delete the ingest key in Honeycomb (Environment > API Keys) and create a new one.',
    samples: () => ({
      positive: [`HONEYCOMB_API_KEY=hcaik_${synth('lowerAlnum', 58, 'hc1')}`, `-H "X-Honeycomb-Team: hcxik_${synth('lowerAlnum', 58, 'hc2')}"`],
      negative: [
        // The documented placeholder.
        'X-Honeycomb-Team: hcxik_1234567890123456789012345612345678901234567890123456789012',
        `HONEYCOMB_API_KEY=hcaik_${synth('lowerAlnum', 26, 'hc3')}`,
      ],
    }),
  },
  {
    id: 'honeycomb-classic-key',
    description: 'Honeycomb classic or configuration API key',
    keywords: ['honeycomb'],
    pattern: assigned(ci('honeycomb'), '(?:[A-Za-z0-9]{22}|[a-f0-9]{32})'),
    requireRandom: true,
    validate: plausible,
    severity: 'error',
    remediation: 'Delete the key in Honeycomb (Environment or Team > API Keys) and create a new one.',
    samples: () => ({
      positive: [`HONEYCOMB_API_KEY=${synth('base62', 22, 'hk1')}`, `honeycomb_writekey: "${synth('hex', 32, 'hk2')}"`],
      negative: ['HONEYCOMB_DATASET=production-services', 'HONEYCOMB_API_KEY=${HONEYCOMB_KEY}'],
    }),
  },
  {
    id: 'dynatrace-token',
    description: 'Dynatrace API / platform token (dt0c01.…)',
    keywords: ['dt0'],
    pattern: /(?<![\w-])dt0[a-z]\d{2}\.[A-Z0-9]{24}\.[A-Z0-9]{64}(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: 'Revoke the token in Dynatrace (Access tokens, or Account Management for platform tokens) and create a new one.',
    samples: () => ({
      positive: [`DT_API_TOKEN=dt0c01.${synth('upperAlnum', 24, 'dt1')}.${synth('upperAlnum', 64, 'dt2')}`, `Authorization: Api-Token dt0s01.${synth('upperAlnum', 24, 'dt3')}.${synth('upperAlnum', 64, 'dt4')}`],
      negative: ['DT_API_TOKEN=dt0c01.ABC.DEF', `dt0c01.${synth('upperAlnum', 24, 'dt5')}`],
    }),
  },
  {
    id: 'splunk-hec-token',
    description: 'Splunk HTTP Event Collector token',
    keywords: ['splunk', 'hec_', 'hec-', 'hec.'],
    pattern: new RegExp(`(?:${ci('splunk')}|${ci('hec')}[_.-])(?:[\\w.(-]{0,40}?["'\`]?\\s*(?::=|=>|[:=,])\\s*["'\`]?|\\s+)(?<secret>${UUID.replace(/a-f/g, 'a-fA-F')})(?![\\w-])`),
    validate: randomish,
    severity: 'error',
    remediation: 'Disable the token in Splunk (Settings > Data inputs > HTTP Event Collector) and create a new one.',
    samples: () => ({
      positive: [`SPLUNK_HEC_TOKEN=${uuid('sp1')}`, `-H "Authorization: Splunk ${uuid('sp2').toUpperCase()}"`],
      negative: ['SPLUNK_HEC_TOKEN=00000000-0000-0000-0000-000000000000', 'SPLUNK_HEC_URL=https://splunk.example.com:8088/services/collector'],
    }),
  },
  {
    id: 'logzio-token',
    description: 'Logz.io shipping or API token',
    keywords: ['logz'],
    pattern: assigned(ci('logz'), '(?:[A-Za-z]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})'),
    validate: randomish,
    severity: 'error',
    remediation: 'Create a new token in Logz.io (Settings > Manage tokens), move shippers to it and delete the old one.',
    samples: () => ({
      positive: [`LOGZIO_TOKEN=${synth('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 32, 'lz1')}`, `logzio_api_token: "${uuid('lz2')}"`],
      negative: ['LOGZIO_LISTENER=listener.logz.io', 'LOGZIO_TOKEN=<<LOG-SHIPPING-TOKEN>>'],
    }),
  },
  {
    id: 'rollbar-access-token',
    description: 'Rollbar access token',
    keywords: ['rollbar'],
    pattern: assigned(ci('rollbar'), '[a-f0-9]{32}'),
    requireRandom: true,
    validate: plausible,
    severity: 'error',
    remediation: 'Disable the token in Rollbar (Project or Account settings > Access Tokens) and create a new one.',
    samples: () => ({
      positive: [`ROLLBAR_ACCESS_TOKEN=${synth('hex', 32, 'rb1')}`, `rollbar.init(access_token="${synth('hex', 32, 'rb2')}")`],
      negative: ['ROLLBAR_ACCESS_TOKEN=POST_SERVER_ITEM_ACCESS_TOKEN', 'ROLLBAR_ENV=production'],
    }),
  },
  {
    id: 'mezmo-ingestion-key',
    description: 'Mezmo (LogDNA) ingestion or service key',
    keywords: ['logdna', 'mezmo'],
    pattern: assigned(`(?:${ci('logdna')}|${ci('mezmo')})`, '[a-f0-9]{32}'),
    requireRandom: true,
    validate: plausible,
    severity: 'error',
    remediation: 'Generate a new key in Mezmo (Settings > Organization > API Keys) and delete the old one.',
    samples: () => ({
      positive: [`LOGDNA_INGESTION_KEY=${synth('hex', 32, 'mz1')}`, `mezmo_service_key: "${synth('hex', 32, 'mz2')}"`],
      negative: ['LOGDNA_INGESTION_KEY=<YOUR_INGESTION_KEY>', 'MEZMO_HOST=logs.mezmo.com'],
    }),
  },
  {
    id: 'betterstack-source-token',
    description: 'Better Stack (Logtail) source token',
    keywords: ['logtail', 'betterstack', 'better_stack'],
    pattern: assigned(`(?:${ci('logtail')}|${ci('betterstack')}|${ci('better_stack')})`, '[A-Za-z0-9]{24}'),
    requireRandom: true,
    validate: plausible,
    severity: 'error',
    remediation: 'Reset the source token in Better Stack (Telemetry > Sources > Configure) and update the senders.',
    samples: () => ({
      positive: [`LOGTAIL_SOURCE_TOKEN=${synth('base62', 24, 'bs1')}`, `BETTER_STACK_TOKEN: "${synth('base62', 24, 'bs2')}"`],
      negative: ['LOGTAIL_SOURCE_TOKEN=$LOGTAIL_TOKEN', 'BETTERSTACK_HOST=in.logs.betterstack.com'],
    }),
  },
  prefixed('posthog-personal-api-key', 'PostHog personal API key (phx_)', 'phx_', '[A-Za-z0-9]{43}', 'Delete the key in PostHog (Settings > Personal API keys) and create a new one.', () => ({
    positive: [`POSTHOG_PERSONAL_API_KEY=phx_${synth('base62', 43, 'ph1')}`, `"Authorization": "Bearer phx_${synth('base62', 43, 'ph2')}"`],
    negative: [
      // Project keys are public: they ship in the browser snippet.
      `posthog.init('phc_${synth('base62', 43, 'ph3')}')`,
      'POSTHOG_PERSONAL_API_KEY=phx_...',
    ],
  })),
  {
    id: 'axiom-token',
    description: 'Axiom API or personal token (xaat-/xapt-)',
    keywords: ['xaat-', 'xapt-'],
    pattern: new RegExp(`(?<![\\w-])xa[ap]t-${UUID}(?![\\w-])`),
    validate: plausible,
    severity: 'error',
    remediation: 'Delete the token in Axiom (Settings > API tokens or Profile > Personal tokens) and create a new one.',
    samples: () => ({
      positive: [`AXIOM_TOKEN=xaat-${uuid('ax1')}`, `-H "Authorization: Bearer xapt-${uuid('ax2')}"`],
      negative: ['AXIOM_TOKEN=xaat-...', `AXIOM_TOKEN=xaat-${synth('hex', 16, 'ax3')}`],
    }),
  },
  {
    id: 'sumologic-access-key',
    description: 'Sumo Logic access key',
    keywords: ['sumo'],
    pattern: assigned(`${ci('sumo')}[\\w.-]{0,20}?${ci('key')}`, '[A-Za-z0-9]{64}'),
    requireRandom: true,
    validate: plausible,
    severity: 'error',
    remediation: 'Delete the access key in Sumo Logic (Administration > Security > Access Keys) and create a new one.',
    samples: () => ({
      positive: [`SUMO_ACCESS_KEY=${synth('base62', 64, 'sm1')}`, `sumologic_access_key: "${synth('base62', 64, 'sm2')}"`],
      negative: [
        // The access id is the user-name half.
        `SUMO_ACCESS_ID=su${synth('base62', 12, 'sm3')}`,
        'SUMO_ACCESS_KEY=${SUMO_KEY}',
      ],
    }),
  },
  {
    id: 'opsgenie-api-key',
    description: 'Opsgenie API (integration) key',
    keywords: ['opsgenie', 'genie'],
    pattern: new RegExp(`(?:${ci('opsgenie')}[\\w.(-]{0,40}?["'\`]?\\s*(?::=|=>|[:=,])\\s*["'\`]?|GenieKey\\s+)(?<secret>${UUID})(?![\\w-])`),
    validate: randomish,
    severity: 'error',
    remediation: 'Delete the integration or API key in Opsgenie (Settings > API key management, or the team integration) and create a new one.',
    samples: () => ({
      positive: [`OPSGENIE_API_KEY=${uuid('og1')}`, `-H "Authorization: GenieKey ${uuid('og2')}"`],
      negative: ['OPSGENIE_API_KEY=00000000-0000-0000-0000-000000000000', 'OPSGENIE_API_URL=https://api.eu.opsgenie.com'],
    }),
  },
  {
    id: 'launchdarkly-sdk-key',
    description: 'LaunchDarkly server-side SDK key (sdk-)',
    keywords: ['sdk-'],
    pattern: new RegExp(`(?<![\\w-])sdk-${UUID}(?![\\w-])`),
    validate: (token) => randomish(token.slice(4)),
    severity: 'error',
    remediation: "Reset the SDK key in LaunchDarkly (Project settings > Environments > the environment's keys), with an expiry for the old one.",
    samples: () => ({
      positive: [`LAUNCHDARKLY_SDK_KEY=sdk-${uuid('ld1')}`, `ldclient.set_config(Config("sdk-${uuid('ld2')}"))`],
      negative: [
        // Mobile keys and client-side ids are meant to ship in apps.
        `LAUNCHDARKLY_MOBILE_KEY=mob-${uuid('ld3')}`,
        'LAUNCHDARKLY_SDK_KEY=sdk-00000000-0000-0000-0000-000000000000',
      ],
    }),
  },
  {
    id: 'launchdarkly-access-token',
    description: 'LaunchDarkly API access token (api-)',
    // `api-` + UUID alone is too common a shape for resource names; only trust it next to the provider's name or in an auth header.
    keywords: ['launchdarkly', 'authorization'],
    pattern: new RegExp(`(?<![\\w-])api-${UUID}(?![\\w-])`),
    validate: (token) => randomish(token.slice(4)),
    severity: 'error',
    remediation: 'Delete the access token in LaunchDarkly (Organization settings > Authorization) and create a new one.',
    samples: () => ({
      positive: [`LAUNCHDARKLY_ACCESS_TOKEN=api-${uuid('la1')}`, `-H "Authorization: api-${uuid('la2')}"`],
      negative: [`container_name: api-${uuid('la3')}`, 'LAUNCHDARKLY_ACCESS_TOKEN=api-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx'],
    }),
  },
];
