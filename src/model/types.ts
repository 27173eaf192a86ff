// The plan's data as the loader returns it. Kept in step with schemas/*.schema.json by
// test/model/model-schema-sync.test.ts: every property named here exists in the schema and
// the other way round.

export type Year = number;
/** A calendar date as written in the plan files: YYYY-MM-DD. */
export type IsoDate = string;

/** Text keyed by language tag (zh, en, fr, zh-Hant…); at least one. */
export type Text = Readonly<Record<string, string>>;

/** The plan's languages when it does not list them (plans written before `languages`). */
export const DEFAULT_LANGUAGES: readonly string[] = ['zh', 'en'];

/** The text in `lang`, else in the first language it has (a name need not be in every language). */
export function textIn(text: Text, lang: string): string {
  return text[lang] ?? Object.values(text)[0] ?? '';
}

export type Comparator = '>=' | '>' | '<=' | '<' | 'approx';
export type Direction = 'increase' | 'decrease';
export type Attribute = 'binding' | 'expected';
export type PathShape = 'compound' | 'linear';

export interface PlanDefaults {
  approxTolerance?: number;
  inStepTolerance?: number;
  path?: PathShape;
  thresholds?: { onTrack?: number; atRisk?: number; ahead?: number };
}

export interface PlanRevision {
  revision: number;
  date: IsoDate;
  note: string;
}

export interface PlanHeader {
  schema: 'plan/v1';
  kind: 'plan';
  id: string;
  title: Text;
  /** The languages of names and titles, the plan's own first. */
  languages?: string[];
  period: { start: Year; end: Year };
  baseYear: Year;
  adopted: IsoDate;
  revision: number;
  revisions: PlanRevision[];
  source?: { title: string; url?: string; file?: string };
  defaults?: PlanDefaults;
  include: string[];
}

interface TargetBase {
  year?: Year;
  note?: string;
}

export interface LevelTarget extends TargetBase {
  kind: 'level';
  comparator: Comparator;
  value: number;
  tolerance?: number;
}

export type Observe = 'level' | 'rate';

export interface AverageGrowthTarget extends TargetBase {
  kind: 'average-growth';
  comparator: Comparator;
  /** Percent a year. */
  value: number;
  observe?: Observe;
  baseYear?: Year;
  tolerance?: number;
}

export interface CumulativeGrowthTarget extends TargetBase {
  kind: 'cumulative-growth';
  comparator: Comparator;
  /** Percent over the whole period. */
  value: number;
  observe?: Observe;
  baseYear?: Year;
  tolerance?: number;
}

export interface FactorTarget extends TargetBase {
  kind: 'factor';
  factor: number;
  baseYear: Year;
  comparator?: '>=' | 'approx';
}

export interface ReductionTarget extends TargetBase {
  kind: 'reduction';
  /** Percent decrease over the whole period. */
  value: number;
  comparator?: Comparator;
  observe?: Observe;
  baseYear?: Year;
}

export interface CumulativeSumTarget extends TargetBase {
  kind: 'cumulative-sum';
  comparator: Comparator;
  value: number;
  from?: Year;
  observe?: 'flow' | 'total';
  schedule?: { year: Year; value: number }[];
  tolerance?: number;
}

export interface EveryYearTarget extends TargetBase {
  kind: 'every-year';
  comparator: '>=' | '>' | '<=' | '<';
  value: number;
  from?: Year;
}

export interface InStepWithTarget extends TargetBase {
  kind: 'in-step-with';
  indicator: string;
  tolerance?: number;
  from?: Year;
}

export interface StandardTarget extends TargetBase {
  kind: 'standard';
  standard: string;
  stricter?: { standard: string; atLeast: number };
}

export interface ExternalTarget extends TargetBase {
  kind: 'external';
  authority: string;
  measure?: 'level' | 'reduction' | 'cumulative-growth';
  comparator?: Comparator;
  value?: number | null;
  baseYear?: Year;
}

/** An absolute change from the base year's value (提高1岁; 下降3个百分点 is by: −3). */
export interface ChangeTarget extends TargetBase {
  kind: 'change';
  /** Signed, in the indicator's unit (percentage points for a unit of %). */
  by: number;
  comparator?: Comparator;
  tolerance?: number;
  baseYear?: Year;
}

/** Yearly growth compared with another indicator's (高于GDP增长; 与经济增长基本同步). */
export interface RelativeTarget extends TargetBase {
  kind: 'relative';
  indicator: string;
  comparator: '>' | '>=' | 'approx' | '<' | '<=';
  tolerance?: number;
  from?: Year;
}

/** Set year by year in the annual plans (保持在合理区间、各年度视情提出): the indicator's `annual` entries. */
export interface AnnualTarget extends TargetBase {
  kind: 'annual';
  from?: Year;
}

export interface MilestoneTarget extends TargetBase {
  kind: 'milestone';
  deliverable: string;
}

export type Target =
  | LevelTarget
  | AverageGrowthTarget
  | CumulativeGrowthTarget
  | FactorTarget
  | ReductionTarget
  | CumulativeSumTarget
  | EveryYearTarget
  | InStepWithTarget
  | StandardTarget
  | ExternalTarget
  | MilestoneTarget
  | ChangeTarget
  | RelativeTarget
  | AnnualTarget;

export type TargetKind = Target['kind'];

export const TARGET_KINDS: readonly TargetKind[] = [
  'level',
  'average-growth',
  'cumulative-growth',
  'factor',
  'reduction',
  'cumulative-sum',
  'every-year',
  'in-step-with',
  'standard',
  'external',
  'milestone',
  'change',
  'relative',
  'annual',
];

export interface Baseline {
  year: Year;
  value: number;
  source: string;
  quote?: string;
}

export interface Component {
  id: string;
  name: Text;
  unit: string;
  statistic?: string;
  limit: number;
  stricterLimit?: number;
}

/** Whether a growth rate or money value is at comparable prices (real) or current prices (nominal). */
export type PriceBasis = 'real' | 'nominal';

export interface ContextSeries {
  unit: string;
  basis?: PriceBasis;
  note?: string;
}

/** One year's annual-plan target, with its source. */
export interface AnnualEntry {
  year: Year;
  comparator: Comparator;
  value: number;
  /** The year's level, or its growth rate in %; default: as the five-year target observes. */
  measure?: Measure;
  tolerance?: number;
  quote?: string;
  source: string;
  url?: string;
  published?: IsoDate;
  note?: string;
}

export interface Indicator {
  id: string;
  no?: number;
  name: Text;
  unit: string;
  attribute?: Attribute;
  direction: Direction;
  section: string;
  quote: string;
  target: Target;
  /** Each year's annual-plan target, beside the five-year one. */
  annual?: AnnualEntry[];
  baseline?: Baseline;
  description?: string;
  components?: Component[];
  /** Series recorded beside the indicator in another unit: shown, never judged. */
  context?: ContextSeries[];
  restatedIn?: { section: string; quote: string }[];
}

export interface IndicatorsFile {
  schema: 'plan/v1';
  kind: 'indicators';
  indicators: Indicator[];
}

export type Measure = 'level' | 'rate';
export type Quality = 'official' | 'secondary';

export interface Observation {
  indicator: string;
  component?: string;
  year: Year;
  value: number;
  unit?: string;
  measure?: Measure;
  approx?: boolean;
  basis?: PriceBasis;
  source: string;
  published?: IsoDate;
  url?: string;
  quality?: Quality;
  note?: string;
}

export type JudgedStatus = 'achieved' | 'partly' | 'not-yet' | 'ahead' | 'on-track' | 'at-risk' | 'off-track' | 'missed';

export interface Judgement {
  indicator: string;
  date: IsoDate;
  status: JudgedStatus;
  evidence: string;
  source: string;
  url?: string;
}

export interface ObservationsFile {
  schema: 'plan/v1';
  kind: 'observations';
  observations?: Observation[];
  judgements?: Judgement[];
}

export type PlanFileData = PlanHeader | IndicatorsFile | ObservationsFile;
export type FileKind = PlanFileData['kind'];
export const FILE_KINDS: readonly FileKind[] = ['plan', 'indicators', 'observations'];

/** Where a value came from: the file (relative to the plan folder) and its path in it. */
export interface Origin {
  file: string;
  path: (string | number)[];
}

/** A whole plan, merged from its files, with the origin of every indicator and observation. */
export interface Plan {
  header: PlanHeader;
  indicators: Indicator[];
  observations: Observation[];
  judgements: Judgement[];
  origins: {
    indicators: Map<Indicator, Origin>;
    observations: Map<Observation, Origin>;
    judgements: Map<Judgement, Origin>;
  };
}
