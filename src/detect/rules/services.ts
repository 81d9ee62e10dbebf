// Provider rules: SaaS tokens recognised by their own prefix alone (developer tools, data, design,
// commerce, crypto, AI). Formats from the providers' docs and the public gitleaks/trufflehog catalogs.

import type { ProviderRule } from './rule.js';
import { tokenRule, type TokenSpec } from './token-spec.js';

const specs: readonly TokenSpec[] = [
  // ---------------------------------------------------------------- developer platforms and CI
  { id: 'prefect-api-key', what: 'Prefect API key', prefixes: ['pnu_'], body: 'base62', len: 36, env: 'PREFECT_API_KEY', where: 'Prefect Cloud (Profile > API keys)' },
  { id: 'readme-api-key', what: 'ReadMe API key', prefixes: ['rdme_'], body: 'lowerAlnum', len: 70, env: 'README_API_KEY', where: 'ReadMe (Project > API keys)' },
  { id: 'sonarcloud-token', what: 'SonarCloud token', prefixes: ['sqco_'], body: 'base62', len: [40, 64], env: 'SONAR_TOKEN', where: 'SonarCloud (My account > Security)' },
  { id: 'sonarqube-user-token', what: 'SonarQube user token', prefixes: ['squ_'], body: 'hex', len: 40, env: 'SONAR_TOKEN', where: 'SonarQube (My account > Security)' },
  { id: 'sonarqube-project-token', what: 'SonarQube project analysis token', prefixes: ['sqp_'], body: 'hex', len: 40, env: 'SONAR_TOKEN', where: 'SonarQube (My account > Security)' },
  { id: 'sonarqube-global-token', what: 'SonarQube global analysis token', prefixes: ['sqa_'], body: 'hex', len: 40, env: 'SONAR_TOKEN', where: 'SonarQube (My account > Security)' },
  { id: 'rootly-api-key', what: 'Rootly API key', prefixes: ['rootly_'], body: 'hex', len: 64, env: 'ROOTLY_API_TOKEN', where: 'Rootly (Organization settings > API keys)' },
  { id: 'infracost-api-key', what: 'Infracost API key', prefixes: ['ico-'], body: 'base62', len: 32, env: 'INFRACOST_API_KEY', where: 'Infracost Cloud (Org settings > API keys)' },
  { id: 'endorlabs-api-key', what: 'Endor Labs API key', prefixes: ['endr+'], body: 'base62', len: 16, env: 'ENDOR_API_CREDENTIALS_KEY', where: 'Endor Labs (Settings > API keys)' },
  { id: 'spectralops-token', what: 'SpectralOps personal token', prefixes: ['spu-'], body: 'lowerAlnum', len: 32, env: 'SPECTRAL_DSN_TOKEN', where: 'SpectralOps (Settings > Tokens)' },
  { id: 'sourcegraph-cody-token', what: 'Sourcegraph Cody Gateway key', prefixes: ['slk_'], body: 'hex', len: 64, env: 'CODY_GATEWAY_TOKEN', where: 'Sourcegraph (Site admin > Cody)' },
  { id: 'scalingo-api-token', what: 'Scalingo API token', prefixes: ['tk-us-'], body: 'base64url', len: 48, env: 'SCALINGO_API_TOKEN', where: 'Scalingo (Profile > API tokens)' },
  { id: 'openshift-user-token', what: 'OpenShift OAuth access token', prefixes: ['sha256~'], body: 'base64url', len: 43, env: 'OPENSHIFT_TOKEN', where: 'OpenShift (oc delete oauthaccesstoken, or the web console)' },
  { id: 'deno-deploy-token', what: 'Deno Deploy access token', prefixes: ['ddp_', 'ddw_'], body: 'base62', len: 36, env: 'DENO_DEPLOY_TOKEN', where: 'Deno Deploy (Account settings > Access tokens)' },
  { id: 'apify-api-token', what: 'Apify API token', prefixes: ['apify_api_'], body: 'base62', len: 36, env: 'APIFY_TOKEN', where: 'Apify Console (Settings > Integrations)' },
  { id: 'contentful-personal-access-token', what: 'Contentful personal access token', prefixes: ['CFPAT-'], body: 'base64url', len: 43, env: 'CONTENTFUL_MANAGEMENT_TOKEN', where: 'Contentful (Settings > CMA tokens)' },
  { id: 'settlemint-personal-access-token', what: 'SettleMint personal access token', prefixes: ['sm_pat_'], body: 'base62', len: 16, env: 'SETTLEMINT_ACCESS_TOKEN', where: 'SettleMint (Profile > Access tokens)' },
  { id: 'settlemint-application-access-token', what: 'SettleMint application access token', prefixes: ['sm_aat_'], body: 'base62', len: 16, env: 'SETTLEMINT_ACCESS_TOKEN', where: 'SettleMint (Application > Access tokens)' },
  { id: 'settlemint-service-access-token', what: 'SettleMint service access token', prefixes: ['sm_sat_'], body: 'base62', len: 16, env: 'SETTLEMINT_ACCESS_TOKEN', where: 'SettleMint (Service > Access tokens)' },
  { id: 'salesforce-refresh-token', what: 'Salesforce OAuth refresh token', prefixes: ['5AEP861'], body: 'base62', len: [80, 255], env: 'SF_REFRESH_TOKEN', where: 'Salesforce (Connected apps OAuth usage > Revoke)' },
  { id: 'fullstory-api-key', what: 'FullStory API key', prefixes: ['na1.'], body: 'base64', len: 100, env: 'FULLSTORY_API_KEY', where: 'FullStory (Settings > API keys)' },
  { id: 'nightfall-api-key', what: 'Nightfall API key', prefixes: ['NF-'], body: 'base62', len: 32, env: 'NIGHTFALL_API_KEY', where: 'Nightfall (Dashboard > API keys)' },
  { id: 'cerebras-api-key', what: 'Cerebras API key', prefixes: ['csk-'], body: 'lowerAlnum', len: [40, 64], env: 'CEREBRAS_API_KEY', where: 'Cerebras Cloud (API keys)' },
  { id: 'dbt-cloud-token', what: 'dbt Cloud service or personal token', prefixes: ['dbtc_'], body: 'base64url', len: [30, 80], env: 'DBT_CLOUD_API_TOKEN', where: 'dbt Cloud (Account settings > Service tokens / API tokens)' },

  // ---------------------------------------------------------------- data and databases
  { id: 'planetscale-service-token', what: 'PlanetScale service token', prefixes: ['pscale_tkn_'], body: 'base64url', len: [32, 64], env: 'PLANETSCALE_SERVICE_TOKEN', where: 'PlanetScale (Organization settings > Service tokens)' },
  { id: 'planetscale-password', what: 'PlanetScale database password', prefixes: ['pscale_pw_'], body: 'base64url', len: [32, 64], env: 'DATABASE_PASSWORD', where: 'PlanetScale (Branch > Passwords)' },
  { id: 'planetscale-oauth-token', what: 'PlanetScale OAuth token', prefixes: ['pscale_oauth_'], body: 'base64url', len: [32, 64], env: 'PLANETSCALE_OAUTH_TOKEN', where: 'PlanetScale (Organization settings > OAuth applications)' },
  { id: 'clickhouse-cloud-api-secret', what: 'ClickHouse Cloud API key secret', prefixes: ['4b1d'], body: 'base62', len: 38, env: 'CLICKHOUSE_KEY_SECRET', where: 'ClickHouse Cloud (Organization > API keys)' },

  // ---------------------------------------------------------------- design, forms, content
  { id: 'figma-personal-access-token', what: 'Figma personal access token', prefixes: ['figd_'], body: 'base64url', len: [38, 64], env: 'FIGMA_TOKEN', where: 'Figma (Settings > Security > Personal access tokens)' },
  { id: 'typeform-personal-access-token', what: 'Typeform personal access token', prefixes: ['tfp_'], body: 'base64url', len: [40, 64], env: 'TYPEFORM_TOKEN', where: 'Typeform (Account > Personal tokens)' },
  { id: 'frameio-developer-token', what: 'Frame.io developer token', prefixes: ['fio-u-'], body: 'base64url', len: 64, env: 'FRAMEIO_TOKEN', where: 'Frame.io developer site (Tokens)' },
  { id: 'bannerbear-api-key', what: 'Bannerbear API key', prefixes: ['bb_pr_', 'bb_ma_'], body: 'hex', len: 30, env: 'BANNERBEAR_API_KEY', where: 'Bannerbear (Project / Account settings > API key)' },
  { id: 'adobe-client-secret', what: 'Adobe Developer Console client secret', prefixes: ['p8e-'], body: 'base62', len: 32, env: 'ADOBE_CLIENT_SECRET', where: 'Adobe Developer Console (Credentials > Retrieve client secret > Rotate)' },

  // ---------------------------------------------------------------- commerce, shipping, payments
  { id: 'shippo-api-token', what: 'Shippo API token', prefixes: ['shippo_live_', 'shippo_test_'], body: 'hex', len: 40, env: 'SHIPPO_API_KEY', where: 'Shippo (Settings > API)' },
  { id: 'easypost-production-api-key', what: 'EasyPost production API key', prefixes: ['EZAK'], body: 'base62', len: 54, env: 'EASYPOST_API_KEY', where: 'EasyPost (Account > API keys)' },
  { id: 'easypost-test-api-key', what: 'EasyPost test API key', prefixes: ['EZTK'], body: 'base62', len: 54, env: 'EASYPOST_TEST_API_KEY', where: 'EasyPost (Account > API keys)' },
  { id: 'duffel-api-token', what: 'Duffel access token', prefixes: ['duffel_live_', 'duffel_test_'], body: 'base64url', len: 43, env: 'DUFFEL_ACCESS_TOKEN', where: 'Duffel (Developers > Access tokens)' },
  { id: 'flexport-api-key', what: 'Flexport API key', prefixes: ['shltm_'], body: 'base64url', len: 40, env: 'FLEXPORT_API_KEY', where: 'Flexport (Settings > API credentials)' },
  { id: 'pagarme-api-key', what: 'Pagar.me live API key', prefixes: ['ak_live_'], body: 'base62', len: 30, env: 'PAGARME_API_KEY', where: 'Pagar.me (Dashboard > API keys)' },
  { id: 'ramp-client-secret', what: 'Ramp API client secret', prefixes: ['ramp_sec_'], body: 'base62', len: 48, env: 'RAMP_CLIENT_SECRET', where: 'Ramp (Developer > Apps)' },
  { id: 'paddle-api-key', what: 'Paddle Billing API key', prefixes: ['pdl_live_apikey_', 'pdl_sdbx_apikey_'], body: 'base64url', len: [30, 80], env: 'PADDLE_API_KEY', where: 'Paddle (Developer tools > Authentication)' },
  { id: 'fleetbase-api-key', what: 'Fleetbase live API key', prefixes: ['flb_live_'], body: 'base62', len: 20, env: 'FLEETBASE_API_KEY', where: 'Fleetbase (Developers > API keys)' },

  // ---------------------------------------------------------------- crypto and IoT
  { id: 'alchemy-api-key', what: 'Alchemy API key', prefixes: ['alcht_'], body: 'base62', len: 30, env: 'ALCHEMY_API_KEY', where: 'Alchemy (Apps > API key)' },
  { id: 'adafruit-io-key', what: 'Adafruit IO key', prefixes: ['aio_'], body: 'base62', len: 28, env: 'ADAFRUIT_IO_KEY', where: 'Adafruit IO (My Key > Regenerate)' },
  { id: 'ubidots-token', what: 'Ubidots token', prefixes: ['BBFF-'], body: 'base62', len: 30, env: 'UBIDOTS_TOKEN', where: 'Ubidots (API credentials)' },

  // ---------------------------------------------------------------- messaging, mail, notifications, CRM
  { id: 'onesignal-rest-api-key', what: 'OneSignal REST API key', prefixes: ['os_v2_app_', 'os_v2_org_'], body: 'lowerAlnum', len: [50, 120], env: 'ONESIGNAL_REST_API_KEY', where: 'OneSignal (Settings > Keys & IDs)' },
  { id: 'mailersend-api-token', what: 'MailerSend API token', prefixes: ['mlsn.'], body: 'base62', len: [60, 80], env: 'MAILERSEND_API_KEY', where: 'MailerSend (Integrations > API tokens)' },
  { id: 'intra42-client-secret', what: '42 (intra) API client secret', prefixes: ['s-s4t2ud-', 's-s4t2af-'], body: 'hex', len: 64, env: 'FT_CLIENT_SECRET', where: 'the 42 intranet (Applications > Replace secret)' },

  // ---------------------------------------------------------------- cloud
  { id: 'aws-appsync-api-key', what: 'AWS AppSync API key', prefixes: ['da2-'], body: 'lowerAlnum', len: 26, env: 'APPSYNC_API_KEY', where: 'the AppSync console (Settings > API keys)' },
  { id: 'yandex-cloud-api-key', what: 'Yandex Cloud API key', prefixes: ['AQVN'], body: 'base64url', len: [35, 38], env: 'YC_API_KEY', where: 'Yandex Cloud (Service accounts > API keys)' },
  { id: 'exoscale-api-key', what: 'Exoscale API key', prefixes: ['EXO'], body: 'hex', len: 24, env: 'EXOSCALE_API_KEY', where: 'the Exoscale portal (IAM > Keys)' },
  { id: 'scaleway-access-key-id', what: 'Scaleway access key ID', prefixes: ['SCW'], body: 'upperAlnum', len: 17, env: 'SCW_ACCESS_KEY', where: 'the Scaleway console (IAM > API keys), with its secret key' },
  { id: 'salad-cloud-api-key', what: 'SaladCloud API key', prefixes: ['salad_cloud_'], body: 'base62', len: [30, 240], env: 'SALAD_API_KEY', where: 'SaladCloud (Account > API access)' },

  // ---------------------------------------------------------------- more developer platforms, data and AI
  { id: 'linear-oauth-token', what: 'Linear OAuth access token', prefixes: ['lin_oauth_'], body: 'base62', len: [40, 80], env: 'LINEAR_OAUTH_TOKEN', where: 'Linear (Settings > API > OAuth applications, revoke the authorization)' },
  { id: 'neon-api-key', what: 'Neon API key', prefixes: ['napi_'], body: 'lowerAlnum', len: [40, 80], env: 'NEON_API_KEY', where: 'the Neon console (Account settings > API keys)' },
  { id: 'xata-api-key', what: 'Xata API key', prefixes: ['xau_'], body: 'base62', len: [30, 60], env: 'XATA_API_KEY', where: 'Xata (Account settings > Personal API keys)' },
  { id: 'cockroachdb-cloud-api-key', what: 'CockroachDB Cloud API key', prefixes: ['CCDB1_'], body: 'base62', len: [30, 60], env: 'COCKROACH_API_KEY', where: 'CockroachDB Cloud (Organization > Access management > Service accounts)' },
  { id: 'databricks-oauth-secret', what: 'Databricks service principal OAuth secret', prefixes: ['dose'], body: 'hex', len: [32, 40], env: 'DATABRICKS_CLIENT_SECRET', where: 'Databricks (Service principal > Secrets)' },
  { id: 'pganalyze-api-key', what: 'pganalyze API key', prefixes: ['pgar_'], body: 'base62', len: 27, env: 'PGA_API_KEY', where: 'pganalyze (Settings > API keys)' },
  { id: 'liveblocks-secret-key', what: 'Liveblocks secret key', prefixes: ['sk_prod_', 'sk_dev_'], body: 'base64url', len: [40, 80], env: 'LIVEBLOCKS_SECRET_KEY', where: 'the Liveblocks dashboard (Project > API keys > Regenerate)' },
  { id: 'helicone-api-key', what: 'Helicone API key', prefixes: ['sk-helicone-'], body: 'base64url', len: [20, 80], env: 'HELICONE_API_KEY', where: 'Helicone (Settings > API keys)' },
  { id: 'browserbase-api-key', what: 'Browserbase API key', prefixes: ['bb_live_'], body: 'base64url', len: [20, 40], env: 'BROWSERBASE_API_KEY', where: 'Browserbase (Settings > API keys)' },
  { id: 'e2b-api-key', what: 'E2B API key', prefixes: ['e2b_'], body: 'hex', len: 40, env: 'E2B_API_KEY', where: 'the E2B dashboard (Keys)' },
  { id: 'anyscale-api-key', what: 'Anyscale API key', prefixes: ['esecret_'], body: 'base62', len: [20, 60], env: 'ANYSCALE_API_KEY', where: 'the Anyscale console (API keys)' },
  { id: 'chromatic-project-token', what: 'Chromatic project token', prefixes: ['chpt_'], body: 'base62', len: [12, 40], env: 'CHROMATIC_PROJECT_TOKEN', where: 'Chromatic (Manage > Configure > Project token > Regenerate)' },
  { id: 'ory-api-key', what: 'Ory Network API key', prefixes: ['ory_pat_', 'ory_apikey_'], body: 'base62', len: [20, 64], env: 'ORY_API_KEY', where: 'the Ory console (Project settings > API keys)' },
  { id: 'codesandbox-api-token', what: 'CodeSandbox API token', prefixes: ['csb_v1_'], body: 'base64url', len: [30, 60], env: 'CSB_API_KEY', where: 'CodeSandbox (Workspace settings > API tokens)' },
  { id: 'gitpod-personal-access-token', what: 'Gitpod personal access token', prefixes: ['gitpod_pat_'], body: 'base64url', len: [30, 100], env: 'GITPOD_TOKEN', where: 'Gitpod (User settings > Access tokens)' },
  { id: 'dependency-track-api-key', what: 'Dependency-Track API key', prefixes: ['odt_'], body: 'base62', len: 32, env: 'DTRACK_API_KEY', where: 'Dependency-Track (Administration > Access management > Teams > API keys)' },
  { id: 'socket-api-key', what: 'Socket.dev API key', prefixes: ['sktsec_'], body: 'base62', len: [30, 80], env: 'SOCKET_SECURITY_API_KEY', where: 'Socket (Organization settings > API tokens)' },

  // ---------------------------------------------------------------- more payments, scheduling, notifications, chains
  { id: 'checkout-sandbox-secret-key', what: 'Checkout.com sandbox secret key', prefixes: ['sk_sbox_'], body: 'lowerAlnum', len: [26, 40], env: 'CKO_SECRET_KEY', where: 'the Checkout.com dashboard (Developers > Keys)' },
  { id: 'cal-api-key', what: 'Cal.com API key', prefixes: ['cal_live_', 'cal_test_'], body: 'hex', len: 32, env: 'CAL_API_KEY', where: 'Cal.com (Settings > Developer > API keys)' },
  { id: 'ntfy-access-token', what: 'ntfy access token', prefixes: ['tk_'], body: 'lowerAlnum', len: 29, env: 'NTFY_TOKEN', where: 'ntfy (ntfy token del, or Account > Access tokens)' },
  { id: 'blockfrost-project-id', what: 'Blockfrost project ID (API key)', prefixes: ['mainnet', 'preprod'], body: 'base62', len: 32, env: 'BLOCKFROST_PROJECT_ID', where: 'the Blockfrost dashboard (Project > Delete, then create a new one)' },
];

export const rules: readonly ProviderRule[] = specs.map(tokenRule);
