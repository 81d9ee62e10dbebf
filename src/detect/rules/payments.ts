// Provider rules: payments and commerce (Stripe, Square, PayPal/Braintree, Shopify, Adyen,
// Razorpay, Plaid, Flutterwave). Formats learned from the providers' own documentation.

import type { ProviderRule } from './rule.js';
import { synth } from '../synthetic.js';
import { assigned, ci, plausible, uuid } from './shared.js';

type StripeKind = { prefix: string; what: string };

/** Stripe secret and restricted keys differ only by prefix; one rule each keeps ids and advice precise. */
function stripeKey(id: string, { prefix, what }: StripeKind): ProviderRule {
  const live = prefix.includes('live');
  return {
    id,
    description: `Stripe ${what} (${prefix})`,
    keywords: [prefix],
    pattern: new RegExp(`(?<![\\w-])${prefix}[A-Za-z0-9]{24,247}(?![\\w-])`),
    validate: plausible,
    severity: 'error',
    remediation: live
      ? 'Roll the key in the Stripe Dashboard (Developers > API keys) and review recent API activity; rotation is mandatory once it reached a shared branch.'
      : 'Roll the test-mode key in the Stripe Dashboard (Developers > API keys); test keys still expose your test data and settings.',
    samples: () => ({
      positive: [
        `STRIPE_SECRET_KEY=${prefix}51${synth('base62', 97, id + '1')}`,
        `stripe.api_key = "${prefix}${synth('base62', 24, id + '2')}"`,
      ],
      negative: [
        // Publishable keys are meant to be public.
        `STRIPE_PUBLISHABLE_KEY=${prefix.replace(/^[sr]k/, 'pk')}${synth('base62', 24, id + '3')}`,
        `STRIPE_SECRET_KEY=${prefix}${synth('base62', 10, id + '4')}`,
        `STRIPE_SECRET_KEY=${prefix}xxxxxxxxxxxxxxxxxxxxxxxx`,
        `Secret keys start with ${prefix} and must stay on the server.`,
      ],
    }),
  };
}

function shopifyToken(id: string, prefix: string, what: string): ProviderRule {
  return {
    id,
    description: `Shopify ${what} (${prefix})`,
    keywords: [prefix],
    pattern: new RegExp(`(?<![\\w-])${prefix}[a-fA-F0-9]{32}(?![\\w-])`),
    validate: plausible,
    severity: 'error',
    remediation: 'Rotate the credential in the Shopify admin or Partner Dashboard (uninstall/reinstall the app or regenerate its secret); rotation is mandatory once it reached a shared branch.',
    samples: () => ({
      positive: [`SHOPIFY_TOKEN=${prefix}${synth('hex', 32, id + '1')}`, `"X-Shopify-Access-Token": "${prefix}${synth('hex', 32, id + '2')}"`],
      negative: [`SHOPIFY_TOKEN=${prefix}${synth('hex', 20, id + '3')}`, `SHOPIFY_TOKEN=${prefix}00000000000000000000000000000000`, `${prefix}<token>`],
    }),
  };
}

const RAZORPAY_FIX = 'Regenerate the API key in the Razorpay Dashboard (Account & Settings > API keys); rotation is mandatory once it reached a shared branch.';

export const rules: readonly ProviderRule[] = [
  stripeKey('stripe-secret-key-live', { prefix: 'sk_live_', what: 'live secret key' }),
  stripeKey('stripe-secret-key-test', { prefix: 'sk_test_', what: 'test secret key' }),
  stripeKey('stripe-restricted-key-live', { prefix: 'rk_live_', what: 'live restricted key' }),
  stripeKey('stripe-restricted-key-test', { prefix: 'rk_test_', what: 'test restricted key' }),
  {
    id: 'stripe-webhook-secret',
    description: 'Stripe webhook signing secret (whsec_)',
    keywords: ['whsec_'],
    pattern: /(?<![\w-])whsec_[A-Za-z0-9+/]{32,64}(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: 'Roll the endpoint signing secret in the Stripe Dashboard (Developers > Webhooks); a leaked secret lets anyone forge events.',
    samples: () => ({
      positive: [`STRIPE_WEBHOOK_SECRET=whsec_${synth('base62', 32, 'wh1')}`, `endpoint_secret = 'whsec_${synth('base62', 64, 'wh2')}'`],
      negative: ["endpoint_secret = 'whsec_...'", `STRIPE_WEBHOOK_SECRET=whsec_${synth('base62', 12, 'wh3')}`],
    }),
  },
  {
    id: 'square-access-token',
    description: 'Square personal or OAuth access token (EAAA…)',
    keywords: ['eaaa'],
    pattern: /(?<![\w-])EAAA[A-Za-z0-9_-]{60}(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: 'Replace the personal access token in the Square Developer Console (Credentials), or revoke the OAuth token (RevokeToken); rotation is mandatory once it reached a shared branch.',
    samples: () => ({
      positive: [`SQUARE_ACCESS_TOKEN=EAAA${synth('base64url', 60, 'sq1')}`, `client = Client(access_token="EAAAE${synth('base64url', 59, 'sq2')}")`],
      negative: [
        // Other EAA… tokens (Meta/Facebook) are far longer.
        `FB_TOKEN=EAAB${synth('base62', 180, 'sq3')}`,
        `SQUARE_ACCESS_TOKEN=EAAA${synth('base64url', 30, 'sq4')}`,
      ],
    }),
  },
  {
    id: 'square-oauth-token-legacy',
    description: 'Square legacy OAuth access token (sq0atp-)',
    keywords: ['sq0atp-'],
    pattern: /(?<![\w-])sq0atp-[A-Za-z0-9_-]{22}(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: 'Revoke the token in the Square Developer Console and issue a new one; rotation is mandatory once it reached a shared branch.',
    samples: () => ({
      positive: [`SQUARE_TOKEN=sq0atp-${synth('base64url', 22, 'sa1')}`, `"accessToken": "sq0atp-${synth('base64url', 22, 'sa2')}"`],
      negative: [
        // Application ids are public.
        `SQUARE_APP_ID=sq0idp-${synth('base64url', 22, 'sa3')}`,
        `SQUARE_TOKEN=sq0atp-${synth('base64url', 10, 'sa4')}`,
      ],
    }),
  },
  {
    id: 'square-application-secret',
    description: 'Square application (OAuth client) secret (sq0csp-)',
    keywords: ['sq0csp-'],
    pattern: /(?<![\w-])sq0csp-[A-Za-z0-9_-]{43}(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: "Replace the application secret on the app's OAuth page in the Square Developer Console; rotation is mandatory once it reached a shared branch.",
    samples: () => ({
      positive: [`SQUARE_APP_SECRET=sq0csp-${synth('base64url', 43, 'ss1')}`, `client_secret: "sq0csp-${synth('base64url', 43, 'ss2')}"`],
      negative: [`SQUARE_APP_ID=sq0idp-${synth('base64url', 22, 'ss3')}`, 'SQUARE_APP_SECRET=sq0csp-YOUR_SECRET'],
    }),
  },
  {
    id: 'paypal-braintree-access-token',
    description: 'PayPal Braintree access token (access_token$production$…)',
    keywords: ['access_token$'],
    pattern: /(?<![\w-])access_token\$(?:production|sandbox)\$[0-9a-z]{16}\$[0-9a-f]{32}(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: 'Revoke the access token in the Braintree Control Panel (or PayPal developer dashboard) and issue a new one; rotation is mandatory once it reached a shared branch.',
    samples: () => ({
      positive: [
        `BRAINTREE_ACCESS_TOKEN=access_token$production$${synth('lowerAlnum', 16, 'bt1')}$${synth('hex', 32, 'bt2')}`,
        `gateway = braintree.BraintreeGateway(access_token="access_token$sandbox$${synth('lowerAlnum', 16, 'bt3')}$${synth('hex', 32, 'bt4')}")`,
      ],
      negative: ['access_token$production$<merchant_id>$<token>', `access_token$production$${synth('lowerAlnum', 16, 'bt5')}$${synth('hex', 20, 'bt6')}`],
    }),
  },
  {
    id: 'braintree-private-key',
    description: 'Braintree API private key',
    keywords: ['braintree'],
    pattern: assigned(`${ci('braintree')}[\\w.-]{0,20}?${ci('private')}`, '[a-f0-9]{32}'),
    requireRandom: true,
    validate: plausible,
    severity: 'error',
    remediation: 'Delete the API key in the Braintree Control Panel (Settings > API) and generate a new one; rotation is mandatory once it reached a shared branch.',
    samples: () => ({
      positive: [`BRAINTREE_PRIVATE_KEY=${synth('hex', 32, 'bp1')}`, `braintree.privateKey = '${synth('hex', 32, 'bp2')}'`],
      negative: [
        // The public key and merchant id are identifiers.
        `BRAINTREE_PUBLIC_KEY=${synth('lowerAlnum', 16, 'bp3')}`,
        'BRAINTREE_PRIVATE_KEY=use_your_private_key',
      ],
    }),
  },
  {
    id: 'paypal-client-secret',
    description: 'PayPal REST API client secret',
    keywords: ['paypal'],
    pattern: assigned(`${ci('paypal')}[\\w.-]{0,20}?${ci('secret')}`, '[A-Za-z0-9_-]{80}'),
    requireRandom: true,
    validate: plausible,
    severity: 'error',
    remediation: 'Generate a new secret for the app in the PayPal Developer Dashboard (Apps & Credentials) and disable the old one; rotation is mandatory once it reached a shared branch.',
    samples: () => ({
      positive: [`PAYPAL_CLIENT_SECRET=E${synth('base64url', 79, 'pp1')}`, `paypal_secret: "${synth('base64url', 80, 'pp2')}"`],
      negative: [
        // The client id is public (it is used by the browser SDK).
        `PAYPAL_CLIENT_ID=A${synth('base64url', 79, 'pp3')}`,
        'PAYPAL_CLIENT_SECRET=${PAYPAL_SECRET}',
      ],
    }),
  },
  shopifyToken('shopify-access-token', 'shpat_', 'Admin API access token'),
  shopifyToken('shopify-custom-app-token', 'shpca_', 'custom app access token'),
  shopifyToken('shopify-private-app-token', 'shppa_', 'private app access token'),
  shopifyToken('shopify-shared-secret', 'shpss_', 'app shared secret'),
  {
    id: 'adyen-api-key',
    description: 'Adyen API key (AQE…)',
    keywords: ['aqe'],
    pattern: /(?<![\w+/-])AQE[A-Za-z0-9+/]{40,160}={0,2}-[A-Za-z0-9+/]{43}=(?:-[^\s'"`]{8,24})?(?![\w+/=])/,
    validate: plausible,
    severity: 'error',
    remediation: 'Generate a new API key for the API credential in the Adyen Customer Area (Developers > API credentials); the old key stays valid for 24 hours.',
    samples: () => ({
      positive: [
        `ADYEN_API_KEY=AQE${synth('base64', 93, 'ad1')}==-${synth('base64', 43, 'ad2')}=-${synth('base62', 16, 'ad3')}`,
        `adyen.apiKey = '${`AQE${synth('base64', 73, 'ad4')}=-${synth('base64', 43, 'ad5')}=`}'`,
      ],
      negative: [
        'ADYEN_API_KEY=AQE...',
        // Client keys are public (used by Drop-in in the browser).
        `ADYEN_CLIENT_KEY=test_${synth('upperAlnum', 32, 'ad6')}`,
        `AQE${synth('base64', 60, 'ad7')}==-${synth('base64', 20, 'ad8')}`,
      ],
    }),
  },
  {
    id: 'razorpay-key-secret',
    description: 'Razorpay API key secret',
    keywords: ['razorpay'],
    pattern: assigned(`${ci('razorpay')}[\\w.-]{0,20}?${ci('secret')}`, '[A-Za-z0-9]{24}'),
    requireRandom: true,
    validate: plausible,
    severity: 'error',
    remediation: RAZORPAY_FIX,
    samples: () => ({
      positive: [`RAZORPAY_KEY_SECRET=${synth('base62', 24, 'rz1')}`, `razorpay_secret: "${synth('base62', 24, 'rz2')}"`],
      negative: [
        // The key id goes to the browser checkout.
        `RAZORPAY_KEY_ID=rzp_live_${synth('base62', 14, 'rz3')}`,
        'RAZORPAY_KEY_SECRET=your_key_secret',
      ],
    }),
  },
  {
    id: 'razorpay-key-pair',
    description: 'Razorpay key id followed by its key secret',
    keywords: ['rzp_live_', 'rzp_test_'],
    pattern: /(?<![\w-])rzp_(?:live|test)_[A-Za-z0-9]{14}["'`]?\s*[,:]\s*["'`]?(?<secret>[A-Za-z0-9]{24})(?![\w-])/,
    requireRandom: true,
    validate: plausible,
    severity: 'error',
    remediation: RAZORPAY_FIX,
    samples: () => ({
      positive: [
        `client = razorpay.Client(auth=("rzp_live_${synth('base62', 14, 'rp1')}", "${synth('base62', 24, 'rp2')}"))`,
        `curl -u rzp_test_${synth('base62', 14, 'rp3')}:${synth('base62', 24, 'rp4')} https://api.razorpay.com/v1/orders`,
      ],
      negative: [`key: "rzp_live_${synth('base62', 14, 'rp5')}"`, `auth=("rzp_live_${synth('base62', 14, 'rp6')}", secret)`],
      secrets: [synth('base62', 24, 'rp2'), synth('base62', 24, 'rp4')],
    }),
  },
  {
    id: 'plaid-secret',
    description: 'Plaid API secret',
    keywords: ['plaid'],
    pattern: assigned(`${ci('plaid')}[\\w.-]{0,20}?${ci('secret')}`, '[a-f0-9]{30}'),
    requireRandom: true,
    validate: plausible,
    severity: 'error',
    remediation: 'Rotate the secret in the Plaid Dashboard (Developers > Keys); rotation is mandatory once it reached a shared branch.',
    samples: () => ({
      positive: [`PLAID_SECRET=${synth('hex', 30, 'pl1')}`, `plaid.secret = "${synth('hex', 30, 'pl2')}"`],
      negative: [
        // The client id is an identifier.
        `PLAID_CLIENT_ID=${synth('hex', 24, 'pl3')}`,
        'PLAID_SECRET=${PLAID_SANDBOX_SECRET}',
      ],
    }),
  },
  {
    id: 'plaid-access-token',
    description: 'Plaid Item access token',
    keywords: ['access-sandbox-', 'access-development-', 'access-production-'],
    pattern: /(?<![\w-])access-(?:sandbox|development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: 'Rotate the access token with /item/access_token/invalidate (or remove the Item); rotation is mandatory once it reached a shared branch.',
    samples: () => ({
      positive: [`PLAID_ACCESS_TOKEN=access-production-${uuid('pa1')}`, `"access_token": "access-sandbox-${uuid('pa2')}"`],
      negative: [
        // Public tokens are short-lived and exchanged server-side.
        `public_token = "public-sandbox-${uuid('pa3')}"`,
        'access_token: access-sandbox-<uuid>',
      ],
    }),
  },
  {
    id: 'flutterwave-secret-key',
    description: 'Flutterwave secret key (FLWSECK-)',
    keywords: ['flwseck'],
    pattern: /(?<![\w-])FLWSECK(?:_TEST)?-[a-f0-9]{32}-X(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: 'Regenerate the API keys in the Flutterwave Dashboard (Settings > API); rotation is mandatory once it reached a shared branch.',
    samples: () => ({
      positive: [`FLW_SECRET_KEY=FLWSECK-${synth('hex', 32, 'fw1')}-X`, `secret_key: "FLWSECK_TEST-${synth('hex', 32, 'fw2')}-X"`],
      negative: [
        // Public keys are meant for the browser.
        `FLW_PUBLIC_KEY=FLWPUBK-${synth('hex', 32, 'fw3')}-X`,
        'FLW_SECRET_KEY=FLWSECK-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-X',
      ],
    }),
  },
  {
    id: 'flutterwave-encryption-key',
    description: 'Flutterwave encryption key',
    keywords: ['flwseck'],
    pattern: /(?<![\w-])FLWSECK(?:_TEST)?[a-f0-9]{12}(?![\w-])/,
    validate: plausible,
    severity: 'error',
    remediation: 'Regenerate the API keys (which rotates the encryption key) in the Flutterwave Dashboard (Settings > API).',
    samples: () => ({
      positive: [`FLW_ENCRYPTION_KEY=FLWSECK_TEST${synth('hex', 12, 'fe1')}`, `encryption_key = "FLWSECK${synth('hex', 12, 'fe2')}"`],
      negative: [`FLW_SECRET_KEY=FLWSECK-${synth('hex', 32, 'fe3')}-X`, 'FLW_ENCRYPTION_KEY=FLWSECK_TEST'],
    }),
  },
  {
    id: 'mollie-api-key',
    description: 'Mollie API key (live_/test_)',
    keywords: ['mollie'],
    pattern: assigned(ci('mollie'), '(?:live|test)_[A-Za-z0-9]{30}'),
    validate: plausible,
    severity: 'error',
    remediation: 'Reset the API key in the Mollie Dashboard (Developers > API keys) and update its users.',
    samples: () => ({
      positive: [`MOLLIE_API_KEY=live_${synth('base62', 30, 'mo1')}`, `mollie_api_key: "test_${synth('base62', 30, 'mo2')}"`],
      negative: ['MOLLIE_API_KEY=live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `MOLLIE_PROFILE_ID=pfl_${synth('base62', 10, 'mo3')}`],
    }),
  },
  {
    id: 'gocardless-access-token',
    description: 'GoCardless access token (live_/sandbox_)',
    keywords: ['gocardless'],
    pattern: assigned(ci('gocardless'), '(?:live|sandbox)_[A-Za-z0-9_-]{40}'),
    validate: plausible,
    severity: 'error',
    remediation: 'Revoke the access token in the GoCardless Dashboard (Developers > Access tokens) and create a new one.',
    samples: () => ({
      positive: [`GOCARDLESS_ACCESS_TOKEN=live_${synth('base64url', 40, 'gc1')}`, `gocardless_token: "sandbox_${synth('base64url', 40, 'gc2')}"`],
      negative: ['GOCARDLESS_ACCESS_TOKEN=sandbox_...', 'GOCARDLESS_ENVIRONMENT=live'],
    }),
  },
];
