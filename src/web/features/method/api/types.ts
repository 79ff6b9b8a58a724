/**
 * The method as the API sends it in one language (`lang=fr|en`): every localised text is a plain string.
 * Shapes follow src/server/method/method.schemas.ts (themselves the content schemas of src/core/method).
 */
import type { MethodSearchHitKind } from '../../../../core/method/method-search.ts';
import type { VigilanceCategory } from '../../../../core/method/method.schemas.ts';

export type MethodKind = MethodSearchHitKind;

export type MethodExample = { caseId: string | null; fictional: boolean; text: string };

export type MethodSource = {
  id: string;
  label: string;
  authors: string;
  year: number | null;
  url: string | null;
  description: string;
};

export type IntroductionSection = { id: string; title: string; body: string; sources: string[] };

export type Situation = {
  id: string;
  title: string;
  summary: string;
  description: string;
  signs: string[];
  strategies: string[];
  example: MethodExample;
  sources: string[];
};

export type Strategy = {
  id: string;
  controlLevel: number | null;
  transversal: boolean;
  title: string;
  summary: string;
  description: string;
  whenItFits: string;
  costs: string;
  demandsOnCarrier: string;
  risks: { vigilanceId: string; text: string }[];
  example: MethodExample;
  sources: string[];
};

export type Initiative = {
  id: string;
  title: string;
  summary: string;
  description: string;
  tips: string[];
  vigilance: string[];
  example: MethodExample;
  sources: string[];
};

export type VigilancePoint = {
  id: string;
  title: string;
  category: VigilanceCategory;
  explanation: string;
  actions: string[];
  signs: string[];
  sources: string[];
};

export type MethodPoint = {
  id: string;
  title: string;
  summary: string;
  body: string;
  vigilance: string[];
  sources: string[];
};

export type GlossaryTerm = {
  id: string;
  term: string;
  definition: string;
  seeAlso: string[];
  sources: string[];
};

export type CaseSummary = {
  id: string;
  name: string;
  carrier: string;
  summary: string;
  facts: { text: string; certain: boolean }[];
  situations: string[];
  strategies: string[];
  illustrates: string;
  lessons: string[];
  sources: string[];
};

/** Body of `GET /method?lang=`. */
export type MethodIndex = {
  lang: 'fr' | 'en';
  introduction: IntroductionSection[];
  situations: Situation[];
  strategies: Strategy[];
  initiatives: Initiative[];
  vigilance: VigilancePoint[];
  methodPoints: MethodPoint[];
  glossary: GlossaryTerm[];
  sources: MethodSource[];
  cases: CaseSummary[];
};

/** The item of each kind, as `GET /method/:kind/:id` sends it. */
export type MethodItemByKind = {
  introduction: IntroductionSection;
  situation: Situation;
  strategy: Strategy;
  initiative: Initiative;
  vigilance: VigilancePoint;
  'method-point': MethodPoint;
  glossary: GlossaryTerm;
  case: CaseSummary;
  source: MethodSource;
};

export type RelatedLink = { kind: MethodKind; id: string; title: string };

/** Body of `GET /method/:kind/:id`. */
export type MethodItemResponse<K extends MethodKind = MethodKind> = {
  kind: K;
  id: string;
  lang: 'fr' | 'en';
  item: MethodItemByKind[K];
  sources: MethodSource[];
  related: RelatedLink[];
};

export type MethodSearchHit = { kind: MethodKind; id: string; title: string; excerpt: string };

/** Body of `GET /method/search?q=`. */
export type MethodSearchResponse = { query: string; lang: 'fr' | 'en'; hits: MethodSearchHit[] };
