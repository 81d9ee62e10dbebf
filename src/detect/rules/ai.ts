// Provider rules: AI and model APIs (OpenAI, Anthropic, Hugging Face, Replicate, Groq …).
// Formats learned from the providers' own documentation.

import type { ProviderRule } from './rule.js';
import { synth } from '../synthetic.js';
import { assigned, ci, plausible, prefixed, randomish, uuid } from './shared.js';

/** base64 of "OpenAI", found in the middle of OpenAI keys of every generation. */
const OPENAI_MARK = 'T3BlbkFJ';
const openaiBody = (seed: string): string => synth('base64url', 74, seed + 'a') + OPENAI_MARK + synth('base64url', 74, seed + 'b');

const OPENAI_FIX =
  'Revoke the key at platform.openai.com (API keys, or the project/organisation admin keys page) and create a new one; rotation is mandatory once it reached a shared branch.';

export const rules: readonly ProviderRule[] = [
  prefixed('openai-project-key', 'OpenAI project API key (sk-proj-)', 'sk-proj-', '[A-Za-z0-9_-]{40,250}', OPENAI_FIX, () => ({
    positive: [`OPENAI_API_KEY=sk-proj-${openaiBody('op1')}`, `client = OpenAI(api_key="sk-proj-${openaiBody('op2')}")`],
    negative: ['OPENAI_API_KEY=sk-proj-...', `OPENAI_API_KEY=sk-proj-${synth('base62', 20, 'op3')}`, 'OPENAI_API_KEY=sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  })),
  prefixed('openai-service-account-key', 'OpenAI service account API key (sk-svcacct-)', 'sk-svcacct-', '[A-Za-z0-9_-]{40,250}', OPENAI_FIX, () => ({
    positive: [`OPENAI_API_KEY=sk-svcacct-${openaiBody('os1')}`, `"openai_key": "sk-svcacct-${openaiBody('os2')}"`],
    negative: ['sk-svcacct-<your key>', `OPENAI_API_KEY=sk-svcacct-${synth('base62', 16, 'os3')}`],
  })),
  prefixed('openai-admin-key', 'OpenAI organisation admin API key (sk-admin-)', 'sk-admin-', '[A-Za-z0-9_-]{40,250}', OPENAI_FIX, () => ({
    positive: [`OPENAI_ADMIN_KEY=sk-admin-${openaiBody('oa1')}`, `-H "Authorization: Bearer sk-admin-${openaiBody('oa2')}"`],
    negative: [
      // The example value in OpenAI's API reference.
      '"value": "sk-admin-1234abcd"',
      '"redacted_value": "sk-admin...def"',
    ],
  })),
  {
    id: 'openai-legacy-key',
    description: 'OpenAI user API key (legacy sk- format)',
    keywords: [OPENAI_MARK.toLowerCase()],
    pattern: new RegExp(`(?<![\\w-])sk-[A-Za-z0-9]{20}${OPENAI_MARK}[A-Za-z0-9]{20}(?![\\w-])`),
    validate: plausible,
    severity: 'error',
    remediation: OPENAI_FIX,
    samples: () => ({
      positive: [`OPENAI_API_KEY=sk-${synth('base62', 20, 'ol1')}${OPENAI_MARK}${synth('base62', 20, 'ol2')}`, `openai.api_key = 'sk-${synth('base62', 20, 'ol3')}${OPENAI_MARK}${synth('base62', 20, 'ol4')}'`],
      negative: [
        // No OpenAI marker: some other sk- string.
        `key = "sk-${synth('base62', 48, 'ol5')}"`,
        `OPENAI_API_KEY=sk-${synth('base62', 10, 'ol6')}${OPENAI_MARK}${synth('base62', 10, 'ol7')}`,
      ],
    }),
  },
  prefixed(
    'anthropic-api-key',
    'Anthropic API key (sk-ant-api03-)',
    'sk-ant-api03-',
    '[A-Za-z0-9_-]{93}AA',
    'Disable and delete the key in the Anthropic Console (Settings > API keys) and create a new one; rotation is mandatory once it reached a shared branch.',
    () => ({
      positive: [`ANTHROPIC_API_KEY=sk-ant-api03-${synth('base64url', 93, 'an1')}AA`, `client = Anthropic(api_key="sk-ant-api03-${synth('base64url', 93, 'an2')}AA")`],
      negative: ['ANTHROPIC_API_KEY=sk-ant-api03-YOUR_KEY_HERE', `ANTHROPIC_API_KEY=sk-ant-api03-${synth('base64url', 60, 'an3')}AA`, '"partial_key_hint": "sk-ant-api03-R2D...igAA"'],
    }),
  ),
  prefixed(
    'anthropic-admin-key',
    'Anthropic Admin API key (sk-ant-admin01-)',
    'sk-ant-admin01-',
    '[A-Za-z0-9_-]{93}AA',
    'Delete the admin key in the Anthropic Console (Settings > Admin keys); it can manage members, workspaces and keys, so review recent changes.',
    () => ({
      positive: [`ANTHROPIC_ADMIN_KEY=sk-ant-admin01-${synth('base64url', 93, 'aa1')}AA`, `-H "x-api-key: sk-ant-admin01-${synth('base64url', 93, 'aa2')}AA"`],
      negative: ['x-api-key: sk-ant-admin01-...', `ANTHROPIC_ADMIN_KEY=sk-ant-admin01-${synth('base64url', 93, 'aa3')}`],
    }),
  ),
  prefixed(
    'anthropic-oauth-token',
    'Anthropic OAuth access token (sk-ant-oat01-)',
    'sk-ant-oat01-',
    '[A-Za-z0-9_-]{80,120}',
    'Sign out the session that issued the token (claude.ai account settings, or `claude /logout`) so it is revoked, then log in again.',
    () => ({
      positive: [`CLAUDE_CODE_OAUTH_TOKEN=sk-ant-oat01-${synth('base64url', 93, 'ao1')}AA`, `"accessToken": "sk-ant-oat01-${synth('base64url', 95, 'ao2')}"`],
      negative: ['CLAUDE_CODE_OAUTH_TOKEN=sk-ant-oat01-...', `CLAUDE_CODE_OAUTH_TOKEN=sk-ant-oat01-${synth('base64url', 40, 'ao3')}`],
    }),
  ),
  prefixed(
    'huggingface-access-token',
    'Hugging Face user access token (hf_)',
    'hf_',
    '[A-Za-z]{34}',
    'Invalidate the token at huggingface.co/settings/tokens and create a new one; rotation is mandatory once it reached a shared branch.',
    () => ({
      positive: [`HF_TOKEN=hf_${synth('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 34, 'hf1')}`, `login(token="hf_${synth('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 34, 'hf2')}")`],
      negative: ['HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'self.hf_model_config_loader_for_the_pipeline = None', `HF_TOKEN=hf_${synth('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 20, 'hf3')}`],
    }),
  ),
  prefixed(
    'huggingface-org-token',
    'Hugging Face organisation API token (api_org_)',
    'api_org_',
    '[A-Za-z]{34}',
    'Revoke the organisation token in the Hugging Face organisation settings and create a new one.',
    () => ({
      positive: [`HF_ORG_TOKEN=api_org_${synth('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 34, 'ho1')}`, `"token": "api_org_${synth('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 34, 'ho2')}"`],
      negative: ['api_org_settings_page_handler = 1', `api_org_${synth('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 12, 'ho3')}`],
    }),
  ),
  {
    id: 'cohere-api-key',
    description: 'Cohere API key',
    keywords: ['cohere', 'co_api_key'],
    pattern: assigned(`(?:${ci('cohere')}|${ci('co_api_key')})`, '[A-Za-z0-9]{40}'),
    requireRandom: true,
    validate: plausible,
    severity: 'error',
    remediation: 'Delete the key in the Cohere dashboard (API keys) and create a new one; rotation is mandatory once it reached a shared branch.',
    samples: () => ({
      positive: [`COHERE_API_KEY=${synth('base62', 40, 'co1')}`, `co = cohere.Client(api_key="${synth('base62', 40, 'co2')}")`],
      negative: ['COHERE_API_KEY=<your-api-key>', `COHERE_MODEL=command-r-plus-${synth('lowerAlnum', 6, 'co3')}`],
    }),
  },
  prefixed(
    'replicate-api-token',
    'Replicate API token (r8_)',
    'r8_',
    '[A-Za-z0-9]{37}',
    'Revoke the token at replicate.com/account/api-tokens and create a new one.',
    () => ({
      positive: [`REPLICATE_API_TOKEN=r8_${synth('base62', 37, 'r81')}`, `replicate.Client(api_token="r8_${synth('base62', 37, 'r82')}")`],
      negative: ['REPLICATE_API_TOKEN=r8_...', `REPLICATE_API_TOKEN=r8_${synth('base62', 20, 'r83')}`],
    }),
  ),
  prefixed(
    'groq-api-key',
    'Groq API key (gsk_)',
    'gsk_',
    '[A-Za-z0-9]{52}',
    'Delete the key at console.groq.com/keys and create a new one.',
    () => ({
      positive: [`GROQ_API_KEY=gsk_${synth('base62', 52, 'gq1')}`, `client = Groq(api_key="gsk_${synth('base62', 52, 'gq2')}")`],
      negative: ['GROQ_API_KEY=gsk_your_key_here', `GROQ_API_KEY=gsk_${synth('base62', 30, 'gq3')}`],
    }),
  ),
  {
    id: 'mistral-api-key',
    description: 'Mistral AI API key',
    keywords: ['mistral'],
    pattern: assigned(ci('mistral'), '[A-Za-z0-9]{32}'),
    requireRandom: true,
    validate: plausible,
    severity: 'error',
    remediation: 'Delete the key in the Mistral console (API Keys) and create a new one.',
    samples: () => ({
      positive: [`MISTRAL_API_KEY=${synth('base62', 32, 'ms1')}`, `mistral_key: "${synth('base62', 32, 'ms2')}"`],
      negative: ['MISTRAL_API_KEY=your_mistral_api_key_goes_here_xx', 'MISTRAL_MODEL=mistral-large-latest'],
    }),
  },
  prefixed(
    'perplexity-api-key',
    'Perplexity API key (pplx-)',
    'pplx-',
    '[A-Za-z0-9]{48}',
    'Revoke the key in Perplexity (Settings > API) and create a new one.',
    () => ({
      positive: [`PERPLEXITY_API_KEY=pplx-${synth('base62', 48, 'px1')}`, `"Authorization": "Bearer pplx-${synth('base62', 48, 'px2')}"`],
      negative: ['PERPLEXITY_API_KEY=pplx-xxxxxxxx', `PERPLEXITY_API_KEY=pplx-${synth('base62', 30, 'px3')}`],
    }),
  ),
  prefixed(
    'xai-api-key',
    'xAI (Grok) API key (xai-)',
    'xai-',
    '[A-Za-z0-9]{80}',
    'Delete the key in the xAI console (API Keys) and create a new one.',
    () => ({
      positive: [`XAI_API_KEY=xai-${synth('base62', 80, 'xa1')}`, `client = Client(api_key="xai-${synth('base62', 80, 'xa2')}")`],
      negative: ['XAI_API_KEY=xai-...', `XAI_API_KEY=xai-${synth('base62', 40, 'xa3')}`],
    }),
  ),
  {
    id: 'deepseek-api-key',
    description: 'DeepSeek API key',
    keywords: ['deepseek'],
    pattern: assigned(ci('deepseek'), 'sk-[a-f0-9]{32}'),
    validate: plausible,
    severity: 'error',
    remediation: 'Delete the key at platform.deepseek.com (API keys) and create a new one.',
    samples: () => ({
      positive: [`DEEPSEEK_API_KEY=sk-${synth('hex', 32, 'ds1')}`, `deepseek_key = "sk-${synth('hex', 32, 'ds2')}"`],
      negative: ['DEEPSEEK_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `DEEPSEEK_API_KEY=sk-${synth('hex', 20, 'ds3')}`],
    }),
  },
  {
    id: 'together-api-key',
    description: 'Together AI API key',
    keywords: ['together'],
    pattern: assigned(ci('together'), '(?:tgp_v1_[A-Za-z0-9_-]{40,50}|[a-f0-9]{64})'),
    requireRandom: true,
    validate: plausible,
    severity: 'error',
    remediation: 'Rotate the key in Together AI (Settings > API Keys).',
    samples: () => ({
      positive: [`TOGETHER_API_KEY=${synth('hex', 64, 'tg1')}`, `together_api_key: "tgp_v1_${synth('base64url', 43, 'tg2')}"`],
      negative: ['TOGETHER_API_KEY=${TOGETHER_KEY}', `TOGETHER_MODEL=${synth('hex', 20, 'tg3')}`],
    }),
  },
  prefixed(
    'fireworks-api-key',
    'Fireworks AI API key (fw_)',
    'fw_',
    '[A-Za-z0-9]{24}',
    'Delete the key in Fireworks AI (Account > API Keys) and create a new one.',
    () => ({
      positive: [`FIREWORKS_API_KEY=fw_${synth('base62', 24, 'fa1')}`, `api_key="fw_${synth('base62', 24, 'fa2')}"`],
      negative: ['fw_version_check_interval = 30', `FIREWORKS_API_KEY=fw_${synth('base62', 12, 'fa3')}`],
    }),
  ),
  prefixed(
    'langsmith-personal-token',
    'LangSmith personal access token (lsv2_pt_)',
    'lsv2_pt_',
    '[a-f0-9]{32}_[a-f0-9]{10}',
    'Delete the token in LangSmith (Settings > API Keys) and create a new one.',
    () => ({
      positive: [`LANGSMITH_API_KEY=lsv2_pt_${synth('hex', 32, 'lp1')}_${synth('hex', 10, 'lp2')}`, `LANGCHAIN_API_KEY="lsv2_pt_${synth('hex', 32, 'lp3')}_${synth('hex', 10, 'lp4')}"`],
      negative: ['LANGSMITH_API_KEY=lsv2_pt_...', `LANGSMITH_API_KEY=lsv2_pt_${synth('hex', 32, 'lp5')}`],
    }),
  ),
  prefixed(
    'langsmith-service-key',
    'LangSmith service key (lsv2_sk_)',
    'lsv2_sk_',
    '[a-f0-9]{32}_[a-f0-9]{10}',
    'Delete the service key in LangSmith (Settings > API Keys) and create a new one.',
    () => ({
      positive: [`LANGSMITH_API_KEY=lsv2_sk_${synth('hex', 32, 'ls1')}_${synth('hex', 10, 'ls2')}`, `api_key: lsv2_sk_${synth('hex', 32, 'ls3')}_${synth('hex', 10, 'ls4')}`],
      negative: ['LANGSMITH_API_KEY=lsv2_sk_<key>', `lsv2_sk_${synth('hex', 20, 'ls5')}_${synth('hex', 10, 'ls6')}`],
    }),
  ),
  prefixed(
    'openrouter-api-key',
    'OpenRouter API key (sk-or-v1-)',
    'sk-or-v1-',
    '[a-f0-9]{64}',
    'Delete the key at openrouter.ai/settings/keys and create a new one.',
    () => ({
      positive: [`OPENROUTER_API_KEY=sk-or-v1-${synth('hex', 64, 'or1')}`, `api_key="sk-or-v1-${synth('hex', 64, 'or2')}"`],
      negative: ['OPENROUTER_API_KEY=sk-or-v1-...', `OPENROUTER_API_KEY=sk-or-v1-${synth('hex', 40, 'or3')}`],
    }),
  ),
  {
    id: 'pinecone-api-key',
    description: 'Pinecone API key',
    keywords: ['pinecone'],
    pattern: assigned(ci('pinecone'), `(?:pcsk_[A-Za-z0-9_]{40,100}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})`),
    validate: randomish,
    severity: 'error',
    remediation: 'Delete the key in the Pinecone console (project > API keys) and create a new one.',
    samples: () => ({
      positive: [`PINECONE_API_KEY=${uuid('pc1')}`, `pinecone_api_key: "pcsk_${synth('base62', 6, 'pc2')}_${synth('base62', 63, 'pc3')}"`],
      negative: ['PINECONE_API_KEY="{{YOUR_API_KEY}}"', 'PINECONE_ENVIRONMENT=us-east-1-aws'],
    }),
  },
  {
    id: 'elevenlabs-api-key',
    description: 'ElevenLabs API key',
    keywords: ['elevenlabs', 'xi-api-key', 'xi_api_key'],
    pattern: assigned(`(?:${ci('elevenlabs')}|${ci('xi-api-key')}|${ci('xi_api_key')})`, '(?:sk_[a-f0-9]{48}|[a-f0-9]{32})'),
    requireRandom: true,
    validate: plausible,
    severity: 'error',
    remediation: 'Delete the key in ElevenLabs (Developers > API Keys) and create a new one.',
    samples: () => ({
      positive: [`ELEVENLABS_API_KEY=sk_${synth('hex', 48, 'el1')}`, `-H "xi-api-key: ${synth('hex', 32, 'el2')}"`],
      negative: ['ELEVENLABS_API_KEY=<your-key>', `ELEVENLABS_VOICE_ID=${synth('base62', 20, 'el3')}`],
    }),
  },
  {
    id: 'assemblyai-api-key',
    description: 'AssemblyAI API key',
    keywords: ['assemblyai', 'assembly_ai'],
    pattern: assigned(`(?:${ci('assemblyai')}|${ci('assembly_ai')})`, '[a-f0-9]{32}'),
    requireRandom: true,
    validate: plausible,
    severity: 'error',
    remediation: 'Rotate the key in the AssemblyAI dashboard (API Keys).',
    samples: () => ({
      positive: [`ASSEMBLYAI_API_KEY=${synth('hex', 32, 'as1')}`, `assemblyai.settings.api_key = "${synth('hex', 32, 'as2')}"`],
      negative: ['ASSEMBLYAI_API_KEY=YOUR_API_KEY', `ASSEMBLYAI_API_KEY=${synth('hex', 16, 'as3')}`],
    }),
  },
  {
    id: 'deepgram-api-key',
    description: 'Deepgram API key',
    keywords: ['deepgram'],
    pattern: assigned(ci('deepgram'), '[a-f0-9]{40}'),
    requireRandom: true,
    validate: plausible,
    severity: 'error',
    remediation: 'Delete the key in the Deepgram console (project > API Keys) and create a new one.',
    samples: () => ({
      positive: [`DEEPGRAM_API_KEY=${synth('hex', 40, 'dg1')}`, `deepgram = DeepgramClient(api_key="${synth('hex', 40, 'dg2')}")`],
      negative: ['DEEPGRAM_API_KEY=DEEPGRAM_API_KEY', `DEEPGRAM_PROJECT_ID=${uuid('dg3')}`],
    }),
  },
  {
    id: 'stability-api-key',
    description: 'Stability AI API key',
    keywords: ['stability'],
    pattern: assigned(ci('stability'), 'sk-[A-Za-z0-9]{48}'),
    validate: plausible,
    severity: 'error',
    remediation: 'Delete the key at platform.stability.ai/account/keys and create a new one.',
    samples: () => ({
      positive: [`STABILITY_API_KEY=sk-${synth('base62', 48, 'st1')}`, `stability_key: "sk-${synth('base62', 48, 'st2')}"`],
      negative: ['STABILITY_API_KEY=sk-...', `STABILITY_API_KEY=sk-${synth('base62', 20, 'st3')}`],
    }),
  },
  {
    id: 'azure-openai-key',
    description: 'Azure OpenAI resource key',
    keywords: ['azure_openai', 'azureopenai', 'azure-openai', 'aoai'],
    pattern: assigned(`(?:${ci('azure_openai')}|${ci('azureopenai')}|${ci('azure-openai')}|${ci('aoai')})`, '[a-f0-9]{32}'),
    requireRandom: true,
    validate: plausible,
    severity: 'error',
    remediation: 'Regenerate the key in the Azure portal (OpenAI resource > Keys and Endpoint), or move to Entra ID authentication.',
    samples: () => ({
      positive: [`AZURE_OPENAI_API_KEY=${synth('hex', 32, 'az1')}`, `"azureOpenAiKey": "${synth('hex', 32, 'az2')}"`],
      negative: ['AZURE_OPENAI_ENDPOINT=https://my-resource.openai.azure.com/', 'AZURE_OPENAI_API_KEY=${{ secrets.AZURE_OPENAI_API_KEY }}'],
    }),
  },
  {
    id: 'wandb-api-key',
    description: 'Weights & Biases API key',
    keywords: ['wandb'],
    pattern: assigned(ci('wandb'), '[a-f0-9]{40}'),
    requireRandom: true,
    validate: plausible,
    severity: 'error',
    remediation: 'Revoke the key at wandb.ai/authorize (User settings > API keys) and create a new one.',
    samples: () => ({
      positive: [`WANDB_API_KEY=${synth('hex', 40, 'wb1')}`, `wandb.login(key="${synth('hex', 40, 'wb2')}")`],
      negative: ['WANDB_API_KEY=$WANDB_API_KEY', `WANDB_RUN_ID=${synth('hex', 8, 'wb3')}`],
    }),
  },
  prefixed(
    'nvidia-api-key',
    'NVIDIA API key (nvapi-)',
    'nvapi-',
    '[A-Za-z0-9_-]{64}',
    'Revoke the key at build.nvidia.com / NGC (Setup > API keys) and create a new one.',
    () => ({
      positive: [`NVIDIA_API_KEY=nvapi-${synth('base64url', 64, 'nv1')}`, `client = OpenAI(base_url=url, api_key="nvapi-${synth('base64url', 64, 'nv2')}")`],
      negative: ['NVIDIA_API_KEY=nvapi-...', `NVIDIA_API_KEY=nvapi-${synth('base64url', 30, 'nv3')}`],
    }),
  ),
  prefixed(
    'tavily-api-key',
    'Tavily API key (tvly-)',
    'tvly-',
    '(?:dev-|prod-)?[A-Za-z0-9]{32}',
    'Delete the key in the Tavily dashboard (API Keys) and create a new one.',
    () => ({
      positive: [`TAVILY_API_KEY=tvly-${synth('base62', 32, 'tv1')}`, `TavilyClient(api_key="tvly-dev-${synth('base62', 32, 'tv2')}")`],
      negative: ['TAVILY_API_KEY=tvly-YOUR_API_KEY', `TAVILY_API_KEY=tvly-${synth('base62', 16, 'tv3')}`],
    }),
  ),
  prefixed(
    'firecrawl-api-key',
    'Firecrawl API key (fc-)',
    'fc-',
    '[a-f0-9]{32}',
    'Delete the key in the Firecrawl dashboard (API Keys) and create a new one.',
    () => ({
      positive: [`FIRECRAWL_API_KEY=fc-${synth('hex', 32, 'fc1')}`, `app = FirecrawlApp(api_key="fc-${synth('hex', 32, 'fc2')}")`],
      negative: ['FIRECRAWL_API_KEY=fc-YOUR-API-KEY', `div.x-fc-${synth('hex', 32, 'fc3')} { color: red }`],
    }),
  ),
];
