/**
 * Word lists for patient-care/individual-advice: the verbs of a treatment
 * instruction, the words that mark general or safe advice, and the nouns of a
 * diagnosis. Each group says why it is there.
 */

import { MEDICINE_FORM_WORDS } from './medicines';

/**
 * Verbs that start or stop a medicine or change a dose; with a medicine as
 * object they make an instruction ("stop taking your statin").
 */
export const TREATMENT_VERBS: ReadonlySet< string > = new Set( [
	'take',
	'taking',
	'stopping',
	'starting',
	'ditch',
	'bump',
	'stop',
	'start',
	'quit',
	'skip',
	'restart',
	'resume',
	'switch',
	'swap',
	'double',
	'halve',
	'triple',
	'increase',
	'decrease',
	'reduce',
	'lower',
	'raise',
	'cut',
	'drop',
	'up',
	'change',
	'adjust',
	'come',
	'go',
	'wean',
	'taper',
	'add',
	'use',
	'avoid',
	'try',
	'get',
] );

/**
 * Verbs that are only an instruction when the object is the reader's own
 * medicine or a dose ("increase your insulin", not "increase your activity").
 */
export const DOSE_CHANGE_VERBS: ReadonlySet< string > = new Set( [
	'double',
	'bump',
	'halve',
	'triple',
	'increase',
	'decrease',
	'reduce',
	'lower',
	'raise',
	'cut',
	'drop',
	'up',
	'change',
	'adjust',
	'wean',
	'taper',
] );

/** Imperative verbs that may open an instruction clause by themselves. */
export const IMPERATIVE_VERBS: ReadonlySet< string > = new Set( [
	'take',
	// "give him 5 ml of ibuprofen": a parent told what to give a child (needs a dose, like "take").
	'give',
	'ditch',
	'drop',
	'bump',
	'stop',
	'start',
	'quit',
	'skip',
	'restart',
	'resume',
	'switch',
	'swap',
	'double',
	'halve',
	'triple',
	'increase',
	'decrease',
	'reduce',
	'lower',
	'raise',
	'cut',
	'up',
	'adjust',
	'come',
	'wean',
	'taper',
] );

/** Modal words after "you" that turn what follows into an instruction. */
export const MODALS: ReadonlySet< string > = new Set( [
	'should',
	'must',
	'need',
	'needs',
	'have',
	'ought',
	'better',
	'will',
	"'ll",
	'can',
] );

/** Words that may sit between the modal and the verb ("you should also stop"). */
export const FILLERS: ReadonlySet< string > = new Set( [
	'to',
	'be',
	'also',
	'probably',
	'definitely',
	'really',
	'just',
	'now',
	'immediately',
	'then',
	'still',
	'absolutely',
	'simply',
	'always',
	'actually',
	'certainly',
	'seriously',
	'consider',
	'need',
	'go',
	'ahead',
	'and',
] );

/** Words in the clause before "you should" that make it a question or report. */
export const EMBEDDING_WORDS: ReadonlySet< string > = new Set( [
	'whether',
	'if',
	'ask',
	'asking',
	'wonder',
	'wondering',
	'decide',
	'deciding',
	'unsure',
	'tells',
	'tell',
	'told',
	'says',
	'say',
	'claims',
	'claim',
	'promises',
	'suggests',
	'advises',
	'why',
	'how',
	'what',
] );

/**
 * The people whose advice makes an instruction safe: "don't stop a medicine
 * without talking to your prescriber" is the advice the guidance asks for.
 */
export const CLINICIANS: ReadonlySet< string > = new Set( [
	'doctor',
	'doctors',
	'gp',
	'physician',
	'pharmacist',
	'prescriber',
	'clinician',
	'clinicians',
	'nurse',
	'team',
	'specialist',
	'consultant',
	'dentist',
	'midwife',
	'provider',
	'surgeon',
	'cardiologist',
	'neurologist',
	'endocrinologist',
	'psychiatrist',
	'practice',
	'clinic',
] );

/** Verbs of consulting someone, the other half of a safe-advice phrase. */
export const CONSULT_VERBS: ReadonlySet< string > = new Set( [
	'talk',
	'talking',
	'speak',
	'speaking',
	'check',
	'checking',
	'ask',
	'asking',
	'consult',
	'consulting',
	'discuss',
	'discussing',
	'agree',
	'agreed',
	'advised',
	'advises',
	'prescribed',
	'directed',
	'recommended',
	'recommends',
	'approval',
	'guidance',
	'supervision',
] );

/** Words that make the consequent of a diagnosis certain ("you probably have"). */
export const CERTAINTY_WORDS: ReadonlySet< string > = new Set( [
	'probably',
	'likely',
	'definitely',
	'certainly',
	'clearly',
	'obviously',
	'must',
	'almost',
	'surely',
	'undoubtedly',
	// Only as a degree before another ("you most likely have").
	'most',
] );

/** Words before "you have" that make it a condition, not a diagnosis ("if you have"). */
export const CONDITIONAL_WORDS: ReadonlySet< string > = new Set( [
	'if',
	'when',
	'whenever',
	'whether',
	'unless',
	'once',
	'since',
	'because',
	'as',
	'who',
	'that',
	'until',
	'while',
	'before',
	'after',
	'where',
	'how',
	'what',
	'think',
	'feel',
	'worry',
	'worried',
	'suspect',
	'believe',
	'fear',
	'afraid',
	'case',
	'know',
	'sure',
	'whom',
	'which',
	'means',
	'mean',
	'even',
	'though',
	'although',
	'told',
	'tell',
	'tells',
] );

/** Nouns of a diagnosis given to the reader ("you have a slipped disc"). */
export const CONDITION_WORDS: ReadonlySet< string > = new Set( [
	'disease',
	'disorder',
	'syndrome',
	'infection',
	'deficiency',
	'condition',
	'cancer',
	'tumour',
	'tumor',
	'disc',
	'hernia',
	'fracture',
	'sprain',
	'strain',
	'tear',
	'allergy',
	'intolerance',
	'diabetes',
	'prediabetes',
	'asthma',
	'copd',
	'ibs',
	'adhd',
	'autism',
	'depression',
	'anxiety',
	'ocd',
	'ptsd',
	'migraine',
	'migraines',
	'flu',
	'covid',
	'covid-19',
	'sciatica',
	'gout',
	'shingles',
	'anaemia',
	'anemia',
	'hypertension',
	'hypothyroidism',
	'hyperthyroidism',
	'endometriosis',
	'pcos',
	'ulcer',
	'stones',
	'stone',
	'clot',
	'dvt',
	'reflux',
	'gerd',
	'candida',
	'thrush',
	'lupus',
	'fibromyalgia',
	'insomnia',
	'apnoea',
	'apnea',
	'concussion',
	'pneumonia',
	'bronchitis',
	'eczema',
	'psoriasis',
	'rosacea',
	'acne',
	'dementia',
	'parkinson',
	"parkinson's",
	'cyst',
	'polyps',
	'virus',
	'bug',
	'impingement',
	'tendinopathy',
	'menopause',
	'perimenopause',
	'imbalance',
	'fatigue',
	'uti',
	'utis',
	'sti',
	'std',
	'ibd',
	'ckd',
	'bppv',
	'vertigo',
	'tinnitus',
	'haemorrhoids',
	'hemorrhoids',
	'piles',
	'prolapse',
	'cold',
	'long covid',
	// Common diagnoses a reader's letter invites ("you probably have
	// gallstones"), whose names neither the list above nor the endings below
	// cover: one-word compounds, and names without a telltale ending.
	'gallstones',
	'gallstone',
	'angina',
	'hives',
	'scabies',
	'impetigo',
	'ringworm',
	'chickenpox',
	'measles',
	'mumps',
	'glaucoma',
	'cataract',
	'cataracts',
	'bunion',
	'bunions',
	'whiplash',
	'arrhythmia',
	'afib',
	'norovirus',
	'strep',
	// Infections diagnosed from a description in the tropics and subtropics.
	'malaria',
	'dengue',
	'typhoid',
	'cholera',
] );

/**
 * A reader's relatives, diagnosed in a reply ("from what you describe, your
 * son has croup"): the reader's family stands for the reader.
 */
export const READER_RELATIVES: ReadonlySet< string > = new Set( [
	'daughter',
	'son',
	'child',
	'baby',
	'toddler',
	'boy',
	'girl',
	'husband',
	'wife',
	'partner',
	'mum',
	'mom',
	'mother',
	'dad',
	'father',
	'grandson',
	'granddaughter',
] );

/**
 * Verbs by which the reader's own results give a diagnosis ("your readings
 * show you have diabetes", "your scan suggests you have a tear").
 */
export const RESULT_VERBS: ReadonlySet< string > = new Set( [
	'show',
	'shows',
	'showed',
	'suggest',
	'suggests',
	'mean',
	'means',
	'confirm',
	'confirms',
	'prove',
	'proves',
] );

/** Endings of condition names: arthritis, osteoporosis, anaemia, lymphoma, neuropathy, neuralgia. */
export const CONDITION_SUFFIXES: readonly string[] = [
	'itis',
	'osis',
	'emia',
	'aemia',
	'oma',
	'pathy',
	'algia',
	'plasia',
	'ectasis',
	'iasis',
];

/**
 * Whether a folded word names a condition (by list or by ending).
 * @param word
 */
export function isConditionWord( word: string ): boolean {
	if ( CONDITION_WORDS.has( word ) ) {
		return true;
	}
	return (
		word.length > 5 &&
		CONDITION_SUFFIXES.some( ( s ) => word.endsWith( s ) )
	);
}

/**
 * Verbs for medicines put on or breathed in ("use hydrocortisone 1% twice a day",
 * "apply your steroid cream twice daily"): an instruction like "take" once a
 * named medicine comes with a dose or how often to use it.
 */
export const APPLY_VERBS: ReadonlySet< string > = new Set( [
	'use',
	'apply',
	// "rub in the diclofenac gel three times a day".
	'rub',
	// "spray the mometasone twice daily".
	'spray',
] );

/**
 * Medicine words that name only a form, not a medicine: "apply a cream twice a
 * day" or "use your inhaler every morning" is everyday self-care, not a dose.
 */
export const FORM_ONLY_WORDS: ReadonlySet< string > = new Set( [
	...MEDICINE_FORM_WORDS,
	'creams',
] );

/** Words that say how often by themselves ("twice a day", "apply nightly"). */
export const FREQUENCY_WORDS: ReadonlySet< string > = new Set( [
	'twice',
	'thrice',
	'daily',
	'nightly',
	'hourly',
	// Prescription shorthand clinicians write in posts.
	'bd',
	'bid',
	'tds',
	'tid',
	'qds',
	'qid',
] );

/** Words after "every" that make a schedule ("every morning", "every 4 hours"). */
export const EVERY_WORDS: ReadonlySet< string > = new Set( [
	'morning',
	'evening',
	'night',
	'day',
	'hour',
	'hours',
	'other',
] );
