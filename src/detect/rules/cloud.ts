// Provider rules: cloud platforms (AWS, Google Cloud, Azure, Alibaba, DigitalOcean, Heroku, Cloudflare,
// Vercel, Netlify, Fly.io, Supabase …). Formats from the providers' documentation; samples are generated.

import { isPlaceholder } from '../filters/filters.js';
import type { ProviderRule } from './rule.js';
import { looksRandom } from '../randomness/randomness.js';
import { synth } from '../synthetic.js';
import { inlineKey, INLINE_PEM, untilFooter } from './private-keys.js';
import { inSameRun, randomAfter, uuidBySegment } from './shared.js';

/** An Azure SAS version parameter, seen before the signature (its own start) or after it (with its separator). */
const SAS_VERSION_BEFORE = /\bsv=20\d\d-\d\d-\d\d/g;
const SAS_VERSION_AFTER = /[&;?]sv=20\d\d-\d\d-\d\d/g;
/** What ends a URL for the SAS rule. */
const URL_STOP = /[\s"'<>]/;

/** AWS publishes keys ending in EXAMPLE in its documentation; they are never live. Nor are AKIAXXXX… placeholders. */
const notAwsExample = (s: string) => !/EXAMPLE/i.test(s) && !isPlaceholder(s.slice(4)) && !/(.)\1{5}/.test(s);

const AWS_ROLE_SESSION_FIX = 'Revoke the role session (IAM role > Revoke active sessions) and find where the temporary credentials were copied from.';

/** A Bedrock API key's head: ABSK and base64 of `BedrockAPIKey-`, built at run time so the bundle holds no key-shaped sample. */
const BEDROCK_HEAD = `ABSK${Buffer.from('BedrockAPIKey-').toString('base64').slice(0, 18)}`;

/**
 * The start of the storage emulator's (Azurite's) account key, which Microsoft publishes: not a
 * secret. Fourteen characters tell it apart (a random key shares them once in 64^14), and keep the
 * bundle free of a key-shaped literal.
 */
const AZURE_EMULATOR_KEY_START = 'Eby8vdM02xNOcq';

export const rules: readonly ProviderRule[] = [
  // ---------------------------------------------------------------- AWS
  {
    id: 'aws-access-key-id',
    description: 'AWS access key ID (long-term AKIA or temporary ASIA)',
    keywords: ['akia', 'asia', 'abia', 'acca'],
    pattern: /(?<![A-Za-z0-9])((?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})(?![A-Za-z0-9])/,
    severity: 'error',
    validate: notAwsExample,
    remediation: 'Deactivate and delete the key in AWS IAM (Security credentials), create a new one, and review CloudTrail for its use.',
    samples: () => ({
      positive: [
        `aws_access_key_id = AKIA${synth('upperAlnum', 16, 'akia1')}`,
        `"AccessKeyId": "ASIA${synth('upperAlnum', 16, 'asia1')}",`,
      ],
      negative: [
        `aws_access_key_id = AKIA${'IOSFODNN7'}EXAMPLE`,
        `key = "AKIA${synth('upperAlnum', 15, 'akia2')}"`,
        'aws_access_key_id = AKIAXXXXXXXXXXXXXXXX',
        'The AKIA prefix marks a long-term access key; ASIA marks a temporary one.',
        `id = XAKIA${synth('upperAlnum', 16, 'akia3')}`,
      ],
    }),
  },
  {
    id: 'aws-secret-access-key',
    description: 'AWS secret access key assigned to an AWS secret-key name',
    keywords: ['secret_access_key', 'secretaccesskey', 'secret-access-key', 'aws_secret_key', 'awssecretkey'],
    pattern:
      /(?:secret_?access_?key|secret-access-key|aws_?secret_?key)["']?\s*(?::=|=>|[:=])\s*["']?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/i,
    severity: 'error',
    requireRandom: true,
    validate: notAwsExample,
    remediation: 'Deactivate the access key pair in AWS IAM, create a new one, and review CloudTrail for its use.',
    samples: () => ({
      positive: [
        `aws_secret_access_key = ${synth('base64', 40, 'awssk1')}`,
        `  secretAccessKey: "${synth('base64', 40, 'awssk2')}",`,
        `AWS_SECRET_KEY=${synth('base64', 40, 'awssk3')}`,
      ],
      negative: [
        `aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCY${'EXAMPLEKEY'}`,
        'aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}',
        `secretAccessKey: "${'x'.repeat(40)}"`,
        `aws_secret_access_key = ${synth('base64', 39, 'awssk4')}`,
      ],
    }),
  },
  {
    id: 'aws-session-token',
    description: 'AWS temporary session token assigned to a session-token name',
    keywords: ['session_token', 'sessiontoken', 'session-token', 'security-token', 'security_token'],
    pattern:
      /(?:session_?token|session-token|security[-_]token)["']?\s*(?::=|=>|[:=])\s*["']?(?<secret>[A-Za-z0-9/+]{100,}={0,2})(?![A-Za-z0-9/+=])/i,
    severity: 'error',
    requireRandom: true,
    remediation: AWS_ROLE_SESSION_FIX,
    samples: () => ({
      positive: [
        `aws_session_token = ${synth('base64', 320, 'sts1')}`,
        `"SessionToken": "${synth('base64', 180, 'sts2')}=="`,
      ],
      negative: [
        'aws_session_token = ${AWS_SESSION_TOKEN}',
        `aws_session_token = ${synth('base64', 60, 'sts3')}`,
        `sessionToken: "${'A'.repeat(120)}"`,
      ],
    }),
  },
  {
    id: 'aws-session-token-literal',
    description: 'AWS STS session token (recognisable by its encoded header)',
    keywords: ['iqojb3jpz2lux2vj', 'fwogzxivyxdz'],
    pattern: /(?<![A-Za-z0-9/+])((?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdz)[A-Za-z0-9/+]{150,}={0,2})(?![A-Za-z0-9/+=])/,
    severity: 'error',
    remediation: AWS_ROLE_SESSION_FIX,
    samples: () => ({
      positive: [
        `export TOKEN=IQoJb3JpZ2luX2Vj${synth('base64', 300, 'sts4')}`,
        `token: 'FwoGZXIvYXdz${synth('base64', 200, 'sts5')}='`,
      ],
      negative: [
        'IQoJb3JpZ2luX2Vj is how every STS session token starts',
        `t = IQoJb3JpZ2luX2Vj${synth('base64', 40, 'sts6')}`,
      ],
    }),
  },
  {
    id: 'aws-mws-auth-token',
    description: 'Amazon Marketplace Web Service auth token',
    keywords: ['amzn.mws.'],
    pattern: /(?<![A-Za-z0-9.])(amzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f-])/,
    severity: 'error',
    remediation: 'Revoke the MWS authorisation in Seller Central (User permissions) and issue a new one.',
    samples: () => ({
      positive: [`mws_auth_token = amzn.mws.${uuidBySegment('mws1')}`, `"MWSAuthToken": "amzn.mws.${uuidBySegment('mws2')}"`],
      negative: ['amzn.mws.<your-token-here>', `amzn.mws.${uuidBySegment('mws3').slice(0, 30)}`],
    }),
  },
  {
    id: 'aws-bedrock-api-key',
    description: 'Amazon Bedrock long-term API key',
    keywords: ['absk'],
    pattern: /(?<![A-Za-z0-9/+])(ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9/+]{60,}={0,2})(?![A-Za-z0-9/+=])/,
    severity: 'error',
    remediation: 'Delete the Bedrock API key in the AWS console (IAM > service-specific credentials) and create a new one.',
    samples: () => ({
      positive: [`AWS_BEARER_TOKEN_BEDROCK=${BEDROCK_HEAD}${synth('base64', 110, 'bedrock1')}`, `key: "${BEDROCK_HEAD}${synth('base64', 90, 'bedrock2')}="`],
      negative: [`ABSK keys start with ${BEDROCK_HEAD}`, `${BEDROCK_HEAD}${synth('base64', 20, 'bedrock3')}`],
    }),
  },

  // ---------------------------------------------------------------- Google Cloud / Firebase
  {
    id: 'gcp-api-key',
    description: 'Google API key (Google Cloud, Maps, Firebase)',
    keywords: ['aiza'],
    pattern: /(?<![A-Za-z0-9_-])(AIza[0-9A-Za-z_-]{35})(?![A-Za-z0-9_-])/,
    severity: 'error',
    remediation: 'Delete or regenerate the key in Google Cloud console (APIs & Services > Credentials) and add API/app restrictions to the new one.',
    samples: () => ({
      positive: [`GOOGLE_API_KEY=AIza${synth('base64url', 35, 'gcp1')}`, `"apiKey": "AIza${synth('base64url', 35, 'gcp2')}",`],
      negative: [`key = "AIza${synth('base64url', 34, 'gcp3')}"`, 'Google API keys begin with AIza followed by 35 characters.'],
    }),
  },
  {
    id: 'gcp-service-account-private-key',
    description: 'Google Cloud service-account JSON key (private_key field)',
    keywords: ['"private_key"'],
    // The secret is the whole key, BEGIN to END: one finding, and no second one on a body chunk.
    pattern: new RegExp(`"private_key"\\s{0,8}:\\s{0,8}"(?<secret>${INLINE_PEM})`),
    severity: 'error',
    remediation: 'Delete the service-account key in Google Cloud console (IAM > Service accounts > Keys) and prefer workload identity over key files.',
    samples: () => ({
      positive: [
        `  "private_key": "${inlineKey('PRIVATE KEY', 'gsa1', 26)}\\n",`,
        `"private_key":"${inlineKey('RSA PRIVATE KEY', 'gsa2', 1).split('\\n').slice(0, 2).join('\\n')}`,
        `{"type": "service_account", "private_key_id": "${synth('hex', 40, 'gsa3')}", "private_key": "${inlineKey('PRIVATE KEY', 'gsa4', 3)}\\n", "client_id": "${synth('0123456789', 21, 'gsa5')}"}`,
      ],
      negative: ['  "private_key": "",', '  "private_key": "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n",'],
      secrets: [
        untilFooter(inlineKey('PRIVATE KEY', 'gsa1', 26)),
        inlineKey('RSA PRIVATE KEY', 'gsa2', 1).split('\\n').slice(0, 2).join('\\n'),
        untilFooter(inlineKey('PRIVATE KEY', 'gsa4', 3)),
      ],
    }),
  },
  {
    id: 'google-oauth-client-secret',
    description: 'Google OAuth client secret',
    keywords: ['gocspx-'],
    pattern: /(?<![A-Za-z0-9_-])(GOCSPX-[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])/,
    severity: 'error',
    remediation: 'Reset the client secret in Google Cloud console (APIs & Services > Credentials > OAuth client).',
    samples: () => ({
      positive: [`client_secret = "GOCSPX-${synth('base64url', 28, 'gocspx1')}"`, `"client_secret":"GOCSPX-${synth('base64url', 28, 'gocspx2')}"`],
      negative: [`client_secret = "GOCSPX-${synth('base64url', 20, 'gocspx3')}"`, 'Secrets created after 2021 start with GOCSPX-.'],
    }),
  },
  {
    id: 'google-oauth-access-token',
    description: 'Google OAuth access token',
    keywords: ['ya29.'],
    pattern: /(?<![A-Za-z0-9_.-])(ya29\.[A-Za-z0-9_-]{50,})(?![A-Za-z0-9_-])/,
    severity: 'error',
    validate: randomAfter(/^ya29\./),
    remediation: 'Revoke the token (https://oauth2.googleapis.com/revoke) or the app grant in the Google account; access tokens expire within an hour.',
    samples: () => ({
      positive: [`Authorization: Bearer ya29.${synth('base64url', 120, 'ya291')}`, `token = "ya29.a0${synth('base64url', 90, 'ya292')}"`],
      negative: ['Access tokens look like ya29.xxxxx', `ya29.${synth('base64url', 20, 'ya293')}`],
    }),
  },
  {
    id: 'google-oauth-refresh-token',
    description: 'Google OAuth refresh token',
    keywords: ['1//0'],
    pattern: /(?<![A-Za-z0-9/])(1\/\/0[A-Za-z0-9_-]{40,})(?![A-Za-z0-9_-])/,
    severity: 'error',
    validate: randomAfter(/^1\/\/0/),
    remediation: 'Revoke the app grant in the Google account (Security > Third-party access) or via the revoke endpoint.',
    samples: () => ({
      positive: [`refresh_token = "1//0${synth('base64url', 90, 'g1r1')}"`, `"refresh_token": "1//04${synth('base64url', 60, 'g1r2')}"`],
      negative: ['url = "https://example.com/1//0/index"', `x = "1//0${'a'.repeat(50)}"`],
    }),
  },
  {
    id: 'firebase-cloud-messaging-server-key',
    description: 'Firebase Cloud Messaging legacy server key',
    keywords: [':apa91b'],
    pattern: /(?<![A-Za-z0-9_-])(AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{130,})(?![A-Za-z0-9_-])/,
    severity: 'error',
    remediation: 'Delete the server key in Firebase console (Project settings > Cloud Messaging) and move to the HTTP v1 API with OAuth.',
    samples: () => ({
      positive: [
        `FCM_SERVER_KEY=AAAA${synth('base64url', 7, 'fcm1')}:APA91b${synth('base64url', 134, 'fcm2')}`,
        `"key=AAAA${synth('base64url', 7, 'fcm3')}:APA91b${synth('base64url', 134, 'fcm4')}"`,
      ],
      negative: ['Server keys look like AAAA...:APA91b...', `AAAA${synth('base64url', 7, 'fcm5')}:APA91b${synth('base64url', 40, 'fcm6')}`],
    }),
  },

  // ---------------------------------------------------------------- Azure
  {
    id: 'azure-storage-account-key',
    description: 'Azure Storage account key in a connection string (in any order of its parts, or on a line of its own)',
    keywords: ['accountkey='],
    // AccountKey= and 88 base64 characters is the connection string whatever comes before it:
    // AccountName may follow it, or sit on another line of a concatenated string.
    pattern: /(?<![\w])AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])/i,
    // The storage emulator's well-known key (the only key devstoreaccount1 takes) is published by Microsoft.
    validate: (s: string) => !s.startsWith(AZURE_EMULATOR_KEY_START),
    severity: 'error',
    remediation: 'Rotate the account key in the Azure portal (Storage account > Access keys) and prefer Entra ID or SAS with expiry.',
    samples: () => ({
      positive: [
        `DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey=${synth('base64', 86, 'azst1')}==;EndpointSuffix=core.windows.net`,
        `"StorageConnection": "AccountName=logs01;AccountKey=${synth('base64', 86, 'azst2')}=="`,
        `DefaultEndpointsProtocol=https;AccountKey=${synth('base64', 86, 'azst5')}==;AccountName=acmeprod;EndpointSuffix=core.windows.net`,
        `    "AccountKey=${synth('base64', 86, 'azst6')}==;" +`,
      ],
      negative: [
        `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${AZURE_EMULATOR_KEY_START}${synth('base64', 72, 'azst3')}==;`,
        `DefaultEndpointsProtocol=http;AccountKey=${AZURE_EMULATOR_KEY_START}${synth('base64', 72, 'azst7')}==;AccountName=devstoreaccount1;`,
        `"AccountKey=${AZURE_EMULATOR_KEY_START}${synth('base64', 72, 'azst8')}==;"`,
        'DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey=<account-key>;EndpointSuffix=core.windows.net',
        `AccountName=acme;AccountKey=${synth('base64', 60, 'azst4')}==`,
      ],
    }),
  },
  {
    id: 'azure-storage-key-assignment',
    description: 'Azure Storage account key assigned to a storage-key name',
    keywords: ['storage_account_key', 'storageaccountkey', 'azure_storage_key', 'azurestoragekey', 'storage-account-key'],
    pattern:
      /(?:storage[_-]?account[_-]?key|azure_?storage_?key)["']?\s*(?::=|=>|[:=])\s*["']?(?<secret>[A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])/i,
    severity: 'error',
    remediation: 'Rotate the account key in the Azure portal (Storage account > Access keys).',
    samples: () => ({
      positive: [`AZURE_STORAGE_KEY=${synth('base64', 86, 'azsk1')}==`, `storageAccountKey: "${synth('base64', 86, 'azsk2')}=="`],
      negative: ['AZURE_STORAGE_KEY=${STORAGE_KEY}', `storageAccountKey: "${synth('base64', 40, 'azsk3')}=="`],
    }),
  },
  {
    id: 'azure-sas-token',
    description: 'Azure shared access signature (sig= with sv= version)',
    keywords: ['sig='],
    // An sv=<date> parameter must be in the same URL, within 1,000 characters before or after:
    // checked by the validator rather than by lookarounds that scan up to 1,000 characters.
    pattern: /[?&;]sig=(?<secret>[A-Za-z0-9%+/]{40,400}(?:%3D|=){0,2})(?![A-Za-z0-9%+/=])/,
    severity: 'error',
    // Judged decoded: %2B, %2F and %3D are base64's + / = written for a URL.
    validate: (s: string, m: RegExpExecArray) =>
      inSameRun(m, SAS_VERSION_BEFORE, SAS_VERSION_AFTER, URL_STOP, 1000) &&
      looksRandom(s.replace(/%2B/gi, '+').replace(/%2F/gi, '/').replace(/%3D/gi, '=')),
    remediation: 'Revoke the SAS by rotating the key that signed it (or deleting its stored access policy), then issue short-lived SAS.',
    samples: () => ({
      positive: [
        `https://acme.blob.core.windows.net/c/f.txt?sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01T00:00:00Z&sig=${synth('base62', 43, 'sas1')}%3D`,
        `BlobEndpoint=https://x.blob.core.windows.net/;SharedAccessSignature=sp=r&sig=${synth('base62', 44, 'sas2')}&sv=2021-06-08&se=2030-01-01`,
        `https://acme.blob.core.windows.net/c/f?sv=2022-11-02&sp=r&se=2030-01-01&sig=${synth('base62', 20, 'sas4')}%2B${synth('base62', 17, 'sas5')}%2F${synth('base62', 5, 'sas6')}%3D`,
        // sv= at most 1,000 characters from the end of the signature, before or after it
        `https://acme.blob.core.windows.net/c?sv=2022-11-02&x=${'a'.repeat(949)}&sig=${synth('base62', 43, 'sas7')}`,
        `https://acme.blob.core.windows.net/c?sp=r&sig=${synth('base62', 43, 'sas8')}&x=${'a'.repeat(997)}&sv=2022-11-02`,
      ],
      negative: [
        'https://acme.blob.core.windows.net/c/f.txt?sv=2022-11-02&sp=r&sig=<signature>',
        `https://example.com/download?sig=${synth('base62', 43, 'sas3')}`,
        `https://acme.blob.core.windows.net/c?sv=2022-11-02&x=${'a'.repeat(950)}&sig=${synth('base62', 43, 'sas9')}`,
        `https://acme.blob.core.windows.net/c?sp=r&sig=${synth('base62', 43, 'sas10')}&x=${'a'.repeat(998)}&sv=2022-11-02`,
        `https://acme.blob.core.windows.net/c?sp=r&sig=${synth('base62', 43, 'sas11')} sv=2022-11-02`,
      ],
    }),
  },
  {
    id: 'azure-service-bus-shared-access-key',
    description: 'Azure Service Bus / Event Hubs / Relay shared access key in a connection string',
    keywords: ['sharedaccesskey='],
    pattern:
      /Endpoint=sb:\/\/[^;\s"']+;\s*SharedAccessKeyName=[^;\s"']+;\s*SharedAccessKey=(?<secret>[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/i,
    severity: 'error',
    remediation: 'Regenerate the key of that shared access policy in the Azure portal (Namespace > Shared access policies).',
    samples: () => ({
      positive: [
        `Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${synth('base64', 43, 'sb1')}=`,
        `"EventHub": "Endpoint=sb://ev.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${synth('base64', 43, 'sb2')}=;EntityPath=orders"`,
      ],
      negative: [
        'Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=<key>',
        `Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=r;SharedAccessKey=${synth('base64', 20, 'sb3')}=`,
      ],
    }),
  },
  {
    id: 'azure-iot-hub-shared-access-key',
    description: 'Azure IoT Hub / device shared access key in a connection string',
    keywords: ['sharedaccesskey='],
    pattern: /HostName=[^;\s"']+\.azure-devices\.net;\s*(?:SharedAccessKeyName|DeviceId)=[^;\s"']+;\s*SharedAccessKey=(?<secret>[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/i,
    severity: 'error',
    remediation: 'Regenerate the policy or device key in the Azure portal (IoT Hub > Shared access policies / Devices).',
    samples: () => ({
      positive: [
        `HostName=acme.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=${synth('base64', 43, 'iot1')}=`,
        `conn = "HostName=h1.azure-devices.net;DeviceId=sensor-7;SharedAccessKey=${synth('base64', 43, 'iot2')}="`,
      ],
      negative: ['HostName=acme.azure-devices.net;DeviceId=sensor-7;SharedAccessKey={device key}', `HostName=acme.example.net;DeviceId=d;SharedAccessKey=${synth('base64', 43, 'iot3')}=`],
    }),
  },
  {
    id: 'azure-ad-client-secret',
    description: 'Microsoft Entra ID (Azure AD) application client secret',
    keywords: ['q~'],
    pattern: /(?<![A-Za-z0-9_~.-])(?<secret>[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/,
    severity: 'error',
    requireRandom: true,
    remediation: 'Delete the secret in Entra ID (App registrations > Certificates & secrets), add a new one, and prefer certificates or managed identity.',
    samples: () => ({
      positive: [`AZURE_CLIENT_SECRET=${synth('base62', 3, 'aad1')}8Q~${synth('base64url', 34, 'aad2')}`, `"clientSecret": "${synth('base62', 3, 'aad3')}7Q~${synth('base62', 34, 'aad4')}"`],
      negative: ['~/.config/app8Q~', `secret = "${synth('base62', 3, 'aad5')}8Q~${synth('base62', 10, 'aad6')}"`, `secret = "abc8Q~${'a'.repeat(34)}"`],
    }),
  },
  {
    id: 'azure-cosmos-db-key',
    description: 'Azure Cosmos DB account key in a connection string',
    keywords: ['accountendpoint='],
    pattern: /AccountEndpoint=https:\/\/(?!localhost)[^;\s"']+;\s*AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])/i,
    severity: 'error',
    remediation: 'Regenerate the key in the Azure portal (Cosmos DB account > Keys) and prefer Entra ID RBAC.',
    samples: () => ({
      positive: [
        `AccountEndpoint=https://acme.documents.azure.com:443/;AccountKey=${synth('base64', 86, 'cos1')}==;`,
        `"CosmosDb": "AccountEndpoint=https://orders.documents.azure.com:443/;AccountKey=${synth('base64', 86, 'cos2')}=="`,
      ],
      negative: [`AccountEndpoint=https://localhost:8081/;AccountKey=${synth('base64', 86, 'cos3')}==`, 'AccountEndpoint=https://acme.documents.azure.com:443/;AccountKey=<key>;'],
    }),
  },

  // ---------------------------------------------------------------- Alibaba Cloud
  {
    id: 'alibaba-access-key-id',
    description: 'Alibaba Cloud AccessKey ID',
    keywords: ['ltai'],
    pattern: /(?<![A-Za-z0-9])(LTAI[A-Za-z0-9]{12,21})(?![A-Za-z0-9])/,
    severity: 'error',
    validate: randomAfter(/^LTAI/),
    remediation: 'Disable and delete the AccessKey in the Alibaba Cloud RAM console and create a new one.',
    samples: () => ({
      // 16 to 25 characters in all: LTAI and 12 to 21 more.
      positive: [`ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI${synth('base62', 20, 'ltai1')}`, `accessKeyId: 'LTAI${synth('base62', 16, 'ltai2')}'`, `ALIYUN_AK=LTAI${synth('base62', 21, 'ltai4')}`, `ak = "LTAI${synth('base62', 12, 'ltai8')}"`],
      negative: ['accessKeyId: LTAIxxxxxxxxxxxxxxxx', `id = LTAI${synth('base62', 8, 'ltai3')}`, `id = LTAI${synth('base62', 22, 'ltai6')}`],
    }),
  },
  {
    id: 'alibaba-access-key-secret',
    description: 'Alibaba Cloud AccessKey secret assigned to an Alibaba secret name',
    keywords: ['access_key_secret', 'accesskeysecret', 'access-key-secret'],
    pattern: /access[_-]?key[_-]?secret["']?\s*(?::=|=>|[:=])\s*["']?(?<secret>[A-Za-z0-9]{30})(?![A-Za-z0-9])/i,
    severity: 'error',
    requireRandom: true,
    remediation: 'Disable and delete the AccessKey pair in the Alibaba Cloud RAM console and create a new one.',
    samples: () => ({
      positive: [`ALIBABA_CLOUD_ACCESS_KEY_SECRET=${synth('base62', 30, 'alis1')}`, `accessKeySecret: '${synth('base62', 30, 'alis2')}'`],
      negative: ["accessKeySecret: process.env.ALIBABA_SECRET", `accessKeySecret: '${'y'.repeat(30)}'`],
    }),
  },

  // ---------------------------------------------------------------- DigitalOcean
  ...(['dop', 'doo', 'dor'] as const).map(
    (p): ProviderRule => ({
      id: { dop: 'digitalocean-personal-access-token', doo: 'digitalocean-oauth-token', dor: 'digitalocean-refresh-token' }[p],
      description: { dop: 'DigitalOcean personal access token', doo: 'DigitalOcean OAuth access token', dor: 'DigitalOcean OAuth refresh token' }[p],
      keywords: [`${p}_v1_`],
      pattern: new RegExp(`(?<![A-Za-z0-9_])(${p}_v1_[a-f0-9]{64})(?![A-Za-z0-9_])`),
      severity: 'error',
      remediation: 'Delete the token in the DigitalOcean control panel (API > Tokens / Applications) and create a new one.',
      samples: () => ({
        positive: [`DIGITALOCEAN_TOKEN=${p}_v1_${synth('hex', 64, p + '1')}`, `token: "${p}_v1_${synth('hex', 64, p + '2')}"`],
        negative: [`token: "${p}_v1_${synth('hex', 63, p + '3')}"`, `token: "${p}_v1_${synth('HEX', 64, p + '4')}"`],
      }),
    }),
  ),

  // ---------------------------------------------------------------- Heroku
  {
    id: 'heroku-api-key',
    description: 'Heroku API key (UUID) assigned to a Heroku name',
    keywords: ['heroku'],
    pattern:
      /heroku[\w.-]{0,20}?(?:api[_-]?key|token|key|auth)["']?\s*(?::=|=>|[:=])\s*["']?(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f-])/i,
    severity: 'error',
    remediation: 'Regenerate the API key in Heroku (Account settings > API Key) or revoke the authorization (heroku authorizations:revoke).',
    samples: () => ({
      positive: [`HEROKU_API_KEY=${uuidBySegment('her1')}`, `heroku_token: "${uuidBySegment('her2')}"`],
      negative: [`app_id = "${uuidBySegment('her3')}"`, 'HEROKU_API_KEY=${{ secrets.HEROKU_API_KEY }}'],
    }),
  },
  {
    id: 'heroku-api-key-hrku',
    description: 'Heroku API key (HRKU- format)',
    keywords: ['hrku-'],
    pattern: /(?<![A-Za-z0-9_-])(HRKU-[A-Za-z0-9_-]{58,68})(?![A-Za-z0-9_-])/,
    severity: 'error',
    validate: randomAfter(/^HRKU-/),
    remediation: 'Revoke the key in Heroku (Account settings > Applications / API Key) and issue a new one.',
    samples: () => ({
      positive: [`HEROKU_API_KEY=HRKU-AA${synth('base64url', 58, 'hrku1')}`, `"token": "HRKU-${synth('base64url', 60, 'hrku2')}"`],
      negative: ['HRKU-<your key>', `HRKU-${synth('base64url', 30, 'hrku3')}`],
    }),
  },

  // ---------------------------------------------------------------- Cloudflare
  {
    id: 'cloudflare-api-token',
    description: 'Cloudflare API token or global key (cfut_/cfat_/cfk_ scannable format)',
    keywords: ['cfut_', 'cfat_', 'cfk_'],
    pattern: /(?<![A-Za-z0-9_])((?:cfut|cfat|cfk)_[A-Za-z0-9]{40}[0-9a-f]{8})(?![A-Za-z0-9_])/,
    severity: 'error',
    remediation: 'Roll or delete the token in the Cloudflare dashboard (My Profile / Manage Account > API Tokens).',
    samples: () => ({
      positive: [`CLOUDFLARE_API_TOKEN=cfut_${synth('base62', 40, 'cfut1')}${synth('hex', 8, 'cfut2')}`, `token = "cfat_${synth('base62', 40, 'cfat1')}${synth('hex', 8, 'cfat2')}"`],
      negative: ['CLOUDFLARE_API_TOKEN=cfut_xxxxxxxx', `token = "cfut_${synth('base62', 40, 'cfut3')}"`],
    }),
  },
  {
    id: 'cloudflare-api-token-legacy',
    description: 'Cloudflare API token (40 characters) assigned to a Cloudflare name',
    keywords: ['cloudflare', 'cf_api_token', 'cf_token'],
    pattern:
      /(?:cloudflare[\w.-]{0,20}?(?:api[_-]?)?token|cf_(?:api_)?token)["']?\s*(?::=|=>|[:=])\s*["']?(?<secret>[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])/i,
    severity: 'error',
    requireRandom: true,
    remediation: 'Roll or delete the token in the Cloudflare dashboard (My Profile > API Tokens).',
    samples: () => ({
      positive: [`CLOUDFLARE_API_TOKEN=${synth('base64url', 40, 'cft1')}`, `cf_api_token: "${synth('base62', 40, 'cft2')}"`],
      negative: ['CLOUDFLARE_API_TOKEN=${{ secrets.CF_TOKEN }}', `cloudflare_zone_id = "${synth('hex', 32, 'cft3')}"`],
    }),
  },
  {
    id: 'cloudflare-global-api-key',
    description: 'Cloudflare global API key (37 hex) assigned to a Cloudflare name',
    keywords: ['cloudflare', 'cf_api_key', 'cf_key', 'x-auth-key'],
    pattern:
      /(?:cloudflare[\w.-]{0,20}?(?:api[_-]?)?key|cf_(?:api_)?key|x-auth-key)["']?\s*(?::=|=>|[:=])\s*["']?(?<secret>[0-9a-f]{37})(?![0-9a-f])/i,
    severity: 'error',
    remediation: 'Change the global API key in the Cloudflare dashboard (My Profile > API Tokens > Global API Key) and move to scoped tokens.',
    samples: () => ({
      positive: [`CLOUDFLARE_API_KEY=${synth('hex', 37, 'cfg1')}`, `-H "X-Auth-Key: ${synth('hex', 37, 'cfg2')}"`],
      negative: [`CLOUDFLARE_API_KEY=${synth('hex', 32, 'cfg3')}`, 'X-Auth-Key: $CF_API_KEY'],
    }),
  },
  {
    id: 'cloudflare-origin-ca-key',
    description: 'Cloudflare Origin CA key',
    keywords: ['v1.0-'],
    pattern: /(?<![A-Za-z0-9.-])(v1\.0-[0-9a-f]{24}-[0-9a-f]{146})(?![0-9a-f])/,
    severity: 'error',
    remediation: 'Change the Origin CA key in the Cloudflare dashboard (My Profile > API Tokens > Origin CA Key).',
    samples: () => ({
      positive: [`CF_ORIGIN_CA_KEY=v1.0-${synth('hex', 24, 'oca1')}-${synth('hex', 146, 'oca2')}`, `"origin_ca_key": "v1.0-${synth('hex', 24, 'oca3')}-${synth('hex', 146, 'oca4')}"`],
      negative: ['version v1.0-beta released', `v1.0-${synth('hex', 24, 'oca5')}-${synth('hex', 40, 'oca6')}`],
    }),
  },

  // ---------------------------------------------------------------- Vercel / Netlify / Fly.io / Supabase
  {
    id: 'vercel-token',
    description: 'Vercel access token, integration token, app token or API key (vcp_/vci_/vca_/vcr_/vck_)',
    keywords: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
    pattern: /(?<![A-Za-z0-9_])(vc[pcikar]_[A-Za-z0-9]{24,64})(?![A-Za-z0-9_])/,
    severity: 'error',
    validate: randomAfter(/^vc[a-z]_/),
    remediation: 'Delete the token in Vercel (Account settings > Tokens, or the integration / API key page) and create a new one.',
    samples: () => ({
      positive: [`VERCEL_TOKEN=vcp_${synth('base62', 56, 'vcp1')}`, `apiKey: "vck_${synth('base62', 48, 'vck1')}"`],
      negative: ['VERCEL_TOKEN=vcp_placeholder', `vcp_${'a'.repeat(40)}`],
    }),
  },
  {
    id: 'vercel-token-legacy',
    description: 'Vercel access token (24 characters) assigned to a Vercel name',
    keywords: ['vercel'],
    pattern:
      /(?:vercel[\w.-]{0,20}?token["']?\s*(?::=|=>|[:=])\s*["']?|\bvercel\b[^\n]*?\s(?:--token|-t)(?:=|\s+)["']?)(?<secret>[A-Za-z0-9]{24})(?![A-Za-z0-9])/i,
    severity: 'error',
    requireRandom: true,
    remediation: 'Delete the token in Vercel (Account settings > Tokens) and create a new one.',
    samples: () => ({
      positive: [
        `VERCEL_TOKEN=${synth('base62', 24, 'vct1')}`,
        `vercelToken: '${synth('base62', 24, 'vct2')}'`,
        `"deploy": "vercel deploy --prod --token ${synth('base62', 24, 'vct4')}",`,
      ],
      negative: [
        'VERCEL_TOKEN=${{ secrets.VERCEL_TOKEN }}',
        `VERCEL_PROJECT_ID=prj_${synth('base62', 28, 'vct3')}`,
        '"deploy": "vercel deploy --prod --token $VERCEL_TOKEN",',
      ],
    }),
  },
  {
    id: 'netlify-token',
    description: 'Netlify access token (nfp_/nfc_/nfo_/nfu_/nfb_)',
    keywords: ['nfp_', 'nfc_', 'nfo_', 'nfu_', 'nfb_'],
    pattern: /(?<![A-Za-z0-9_])(nf[pcoub]_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/,
    severity: 'error',
    validate: randomAfter(/^nf[a-z]_/),
    remediation: 'Revoke the token in Netlify (User settings > Applications > Personal access tokens / Authorized applications).',
    samples: () => ({
      positive: [`NETLIFY_AUTH_TOKEN=nfp_${synth('base62', 36, 'nfp1')}`, `token: "nfc_${synth('base62', 36, 'nfc1')}"`],
      negative: [`NETLIFY_AUTH_TOKEN=nfp_${synth('base62', 30, 'nfp2')}`, 'see nfp_ tokens in the Netlify docs'],
    }),
  },
  {
    id: 'netlify-token-legacy',
    description: 'Netlify access token (43 characters) assigned to a Netlify name',
    keywords: ['netlify'],
    pattern: /netlify[\w.-]{0,20}?token["']?\s*(?::=|=>|[:=])\s*["']?(?<secret>[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/i,
    severity: 'error',
    requireRandom: true,
    remediation: 'Revoke the token in Netlify (User settings > Applications > Personal access tokens).',
    samples: () => ({
      positive: [`NETLIFY_AUTH_TOKEN=${synth('base64url', 43, 'nft1')}`, `netlify_token: "${synth('base64url', 43, 'nft2')}"`],
      negative: ['NETLIFY_AUTH_TOKEN: ${{ secrets.NETLIFY_AUTH_TOKEN }}', `NETLIFY_SITE_ID=${uuidBySegment('nft3')}`],
    }),
  },
  {
    id: 'flyio-access-token',
    description: 'Fly.io macaroon access token (FlyV1 fm1_/fm2_)',
    keywords: ['fm1r_', 'fm1a_', 'fm2_'],
    pattern: /(?<![A-Za-z0-9_])(?:FlyV1\s+)?(?<secret>fm(?:1[ar]|2)_[A-Za-z0-9+/=_-]{80,}(?:,fm(?:1[ar]|2)_[A-Za-z0-9+/=_-]{20,})*)/,
    severity: 'error',
    validate: randomAfter(/^fm(?:1[ar]|2)_/),
    remediation: 'Revoke the token (fly tokens revoke, or the Tokens tab of the app / organization) and issue a narrower deploy token.',
    samples: () => ({
      positive: [
        `FLY_API_TOKEN="FlyV1 fm2_${synth('base64', 300, 'fly1')},fm2_${synth('base64', 120, 'fly2')}"`,
        `Authorization: FlyV1 fm2_${synth('base64', 200, 'fly3')}`,
      ],
      negative: ['FLY_API_TOKEN="FlyV1 fm2_..."', `token = fm2_${synth('base64', 30, 'fly4')}`],
    }),
  },
  {
    id: 'flyio-org-token',
    description: 'Fly.io legacy access token (fo1_)',
    keywords: ['fo1_'],
    pattern: /(?<![A-Za-z0-9_])(fo1_[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
    severity: 'error',
    validate: randomAfter(/^fo1_/),
    remediation: 'Revoke the token in the Fly.io dashboard (Account > Access tokens) and issue a scoped deploy token.',
    samples: () => ({
      positive: [`FLY_API_TOKEN=fo1_${synth('base64url', 43, 'fo11')}`, `token: "fo1_${synth('base64url', 43, 'fo12')}"`],
      negative: [`FLY_API_TOKEN=fo1_${synth('base64url', 20, 'fo13')}`, 'fo1_ tokens are legacy'],
    }),
  },
  {
    id: 'supabase-personal-access-token',
    description: 'Supabase personal access token (sbp_)',
    keywords: ['sbp_'],
    pattern: /(?<![A-Za-z0-9_])(sbp_(?:[a-z]{2}_)?[a-f0-9]{40})(?![A-Za-z0-9_])/,
    severity: 'error',
    remediation: 'Delete the token in the Supabase dashboard (Account > Access Tokens).',
    samples: () => ({
      positive: [`SUPABASE_ACCESS_TOKEN=sbp_${synth('hex', 40, 'sbp1')}`, `token: "sbp_${synth('hex', 40, 'sbp2')}"`],
      negative: [`SUPABASE_ACCESS_TOKEN=sbp_${synth('hex', 32, 'sbp3')}`, 'SUPABASE_ACCESS_TOKEN=sbp_<token>'],
    }),
  },
  {
    id: 'supabase-secret-key',
    description: 'Supabase secret API key (sb_secret_)',
    keywords: ['sb_secret_'],
    pattern: /(?<![A-Za-z0-9_])(sb_secret_[A-Za-z0-9_-]{24,64})(?![A-Za-z0-9_-])/,
    severity: 'error',
    validate: randomAfter(/^sb_secret_/),
    remediation: 'Delete the secret key in the Supabase dashboard (Project settings > API Keys) and create a new one.',
    samples: () => ({
      positive: [`SUPABASE_SECRET_KEY=sb_secret_${synth('base64url', 31, 'sbs1')}`, `key: "sb_secret_${synth('base64url', 40, 'sbs2')}"`],
      negative: ['SUPABASE_SECRET_KEY=sb_secret_...', `SUPABASE_KEY=sb_publishable_${synth('base64url', 31, 'sbs3')}`],
    }),
  },

  // ---------------------------------------------------------------- Others
  {
    id: 'linode-api-token',
    description: 'Linode (Akamai) personal access token assigned to a Linode name',
    keywords: ['linode'],
    pattern: /linode[\w.-]{0,20}?(?:token|key)["']?\s*(?::=|=>|[:=])\s*["']?(?<secret>[a-f0-9]{64})(?![A-Za-z0-9])/i,
    severity: 'error',
    remediation: 'Revoke the token in Cloud Manager (Profile > API Tokens).',
    samples: () => ({
      positive: [`LINODE_TOKEN=${synth('hex', 64, 'lin1')}`, `linode_api_key: "${synth('hex', 64, 'lin2')}"`],
      negative: ['LINODE_TOKEN=${LINODE_TOKEN}', `linode_token = "${synth('hex', 40, 'lin3')}"`],
    }),
  },
  {
    id: 'scaleway-secret-key',
    description: 'Scaleway API secret key (UUID) assigned to a Scaleway name',
    keywords: ['scw_secret_key', 'scaleway'],
    pattern:
      /(?:scw_secret_key|scaleway[\w.-]{0,20}?secret[\w-]{0,10})["']?\s*(?::=|=>|[:=])\s*["']?(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f-])/i,
    severity: 'error',
    remediation: 'Delete the API key in the Scaleway console (IAM > API keys) and create a new one.',
    samples: () => ({
      positive: [`SCW_SECRET_KEY=${uuidBySegment('scw1')}`, `scaleway_secret_key = "${uuidBySegment('scw2')}"`],
      negative: [`SCW_ACCESS_KEY=SCW${synth('upperAlnum', 17, 'scw3')}`, 'SCW_SECRET_KEY=00000000-0000-0000-0000-00000000000'],
    }),
  },
  {
    id: 'ibm-cloud-api-key',
    description: 'IBM Cloud IAM API key assigned to an IBM name',
    keywords: ['ibm', 'ic_api_key', 'bluemix'],
    pattern:
      /(?:ibm[\w.-]{0,20}?api[_-]?key|ic_api_key|bluemix_api_key)["']?\s*(?::=|=>|[:=])\s*["']?(?<secret>[A-Za-z0-9_-]{44})(?![A-Za-z0-9_-])/i,
    severity: 'error',
    requireRandom: true,
    remediation: 'Delete the API key in IBM Cloud (Manage > Access (IAM) > API keys) and create a new one.',
    samples: () => ({
      positive: [`IBMCLOUD_API_KEY=${synth('base64url', 44, 'ibm1')}`, `ic_api_key = "${synth('base64url', 44, 'ibm2')}"`],
      negative: ['IBMCLOUD_API_KEY=${IBM_KEY}', `ibm_api_key = "${synth('base64url', 20, 'ibm3')}"`],
    }),
  },
  {
    id: 'oracle-cloud-auth-token',
    description: 'Oracle Cloud (OCI) auth token assigned to an OCI name',
    keywords: ['oci_auth_token', 'oci-auth-token', 'ociauthtoken'],
    pattern: /oci[_-]?auth[_-]?token["']?\s*(?::=|=>|[:=])\s*["']?(?<secret>[A-Za-z0-9()<>;:.+{}\[\]#_-]{20})(?![A-Za-z0-9()<>;:.+{}\[\]#_-])/i,
    severity: 'error',
    requireRandom: true,
    remediation: 'Delete the auth token in the OCI console (Identity > Users > Auth tokens) and generate a new one.',
    samples: () => ({
      positive: [`OCI_AUTH_TOKEN=${synth('base62', 13, 'oci1')}(#;:+${synth('base62', 2, 'oci2')}`, `oci_auth_token: "${synth('base62', 20, 'oci3')}"`],
      negative: ['OCI_AUTH_TOKEN=${OCI_AUTH_TOKEN}', `oci_auth_token: "${synth('base62', 12, 'oci4')}"`],
    }),
  },
  {
    id: 'tencent-cloud-secret-id',
    description: 'Tencent Cloud SecretId',
    keywords: ['akid'],
    pattern: /(?<![A-Za-z0-9])(AKID[A-Za-z0-9]{32})(?![A-Za-z0-9])/,
    severity: 'error',
    validate: randomAfter(/^AKID/),
    remediation: 'Disable and delete the key in the Tencent Cloud CAM console (API Keys) and create a new one.',
    samples: () => ({
      positive: [`TENCENTCLOUD_SECRET_ID=AKID${synth('base62', 32, 'akid1')}`, `secretId: "AKID${synth('base62', 32, 'akid2')}"`],
      negative: [`secretId: "AKID${synth('base62', 20, 'akid3')}"`, 'SecretIds start with AKID'],
    }),
  },
  {
    id: 'hetzner-cloud-api-token',
    description: 'Hetzner Cloud API token assigned to an hcloud / Hetzner name',
    keywords: ['hcloud', 'hetzner'],
    pattern: /(?:hcloud|hetzner)[\w.-]{0,20}?token["']?\s*(?::=|=>|[:=])\s*["']?(?<secret>[A-Za-z0-9]{64})(?![A-Za-z0-9])/i,
    severity: 'error',
    requireRandom: true,
    remediation: 'Delete the token in the Hetzner Cloud console (Project > Security > API tokens) and create a new one.',
    samples: () => ({
      positive: [`HCLOUD_TOKEN=${synth('base62', 64, 'hz1')}`, `hetzner_token = "${synth('base62', 64, 'hz2')}"`],
      negative: ['HCLOUD_TOKEN=${{ secrets.HCLOUD_TOKEN }}', `HCLOUD_TOKEN=${synth('base62', 40, 'hz3')}`],
    }),
  },
  {
    id: 'vultr-api-key',
    description: 'Vultr API key assigned to a Vultr name',
    keywords: ['vultr'],
    pattern: /vultr[\w.-]{0,20}?(?:api[_-]?)?key["']?\s*(?::=|=>|[:=])\s*["']?(?<secret>[A-Z0-9]{36})(?![A-Za-z0-9])/i,
    severity: 'error',
    requireRandom: true,
    remediation: 'Regenerate the API key in the Vultr portal (Account > API) and restrict it by IP.',
    samples: () => ({
      positive: [`VULTR_API_KEY=${synth('upperAlnum', 36, 'vultr1')}`, `vultr_key: "${synth('upperAlnum', 36, 'vultr2')}"`],
      negative: ['VULTR_API_KEY=$VULTR_API_KEY', `VULTR_API_KEY=${synth('upperAlnum', 20, 'vultr3')}`],
    }),
  },
  {
    id: 'ovh-application-secret',
    description: 'OVHcloud API application secret or consumer key assigned to an OVH name',
    keywords: ['ovh'],
    pattern: /ovh[\w.-]{0,20}?(?:application[_-]?secret|consumer[_-]?key|app[_-]?secret)["']?\s*(?::=|=>|[:=])\s*["']?(?<secret>[A-Za-z0-9]{32})(?![A-Za-z0-9])/i,
    severity: 'error',
    requireRandom: true,
    remediation: 'Revoke the application or consumer key in the OVHcloud API console (/me/api/application, /me/api/credential).',
    samples: () => ({
      positive: [`OVH_APPLICATION_SECRET=${synth('base62', 32, 'ovh1')}`, `ovh_consumer_key = "${synth('base62', 32, 'ovh2')}"`],
      negative: ['OVH_APPLICATION_SECRET=${OVH_SECRET}', `OVH_APPLICATION_KEY=${synth('base62', 16, 'ovh3')}`],
    }),
  },
  {
    id: 'render-api-key',
    description: 'Render API key',
    keywords: ['rnd_'],
    pattern: /(?<![A-Za-z0-9_])(rnd_[A-Za-z0-9]{32})(?![A-Za-z0-9_])/,
    severity: 'error',
    validate: randomAfter(/^rnd_/),
    remediation: 'Revoke the key in the Render dashboard (Account settings > API Keys).',
    samples: () => ({
      positive: [`RENDER_API_KEY=rnd_${synth('base62', 32, 'rnd1')}`, `Authorization: Bearer rnd_${synth('base62', 32, 'rnd2')}`],
      negative: [`RENDER_API_KEY=rnd_${synth('base62', 20, 'rnd3')}`, 'rnd_ prefixed keys'],
    }),
  },
  {
    id: 'railway-api-token',
    description: 'Railway API or project token (UUID) assigned to a Railway name',
    keywords: ['railway'],
    pattern:
      /railway[\w.-]{0,20}?token["']?\s*(?::=|=>|[:=])\s*["']?(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f-])/i,
    severity: 'error',
    remediation: 'Delete the token in Railway (Account settings > Tokens, or Project settings > Tokens).',
    samples: () => ({
      positive: [`RAILWAY_TOKEN=${uuidBySegment('rw1')}`, `railway_api_token: "${uuidBySegment('rw2')}"`],
      negative: ['RAILWAY_TOKEN=${{ secrets.RAILWAY_TOKEN }}', `RAILWAY_PROJECT_ID=${uuidBySegment('rw3')}`],
    }),
  },
  {
    id: 'databricks-token',
    description: 'Databricks personal access token',
    keywords: ['dapi'],
    pattern: /(?<![A-Za-z0-9_])(dapi[a-f0-9]{32}(?:-\d)?)(?![A-Za-z0-9_-])/,
    severity: 'error',
    validate: randomAfter(/^dapi/),
    remediation: 'Revoke the token in Databricks (User settings > Developer > Access tokens) and prefer OAuth machine-to-machine credentials.',
    samples: () => ({
      positive: [`DATABRICKS_TOKEN=dapi${synth('hex', 32, 'dapi1')}`, `token = "dapi${synth('hex', 32, 'dapi2')}-2"`],
      negative: [`DATABRICKS_TOKEN=dapi${synth('hex', 20, 'dapi3')}`, 'rapidapi key header'],
    }),
  },
];
