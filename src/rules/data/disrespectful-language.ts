/**
 * Demeaning words about patients (professionalism/disrespectful-language), in
 * the style of retext-equality: each entry lists its forms, says why it hurts,
 * and offers a respectful replacement.
 *
 * Sources of the kinds: published guidance on stigmatising language in clinical
 * notes and handovers (ward slang such as "frequent flyer", "bed blocker",
 * "gomer"), NIDA's and the ADA's person-first language guidance (substance use,
 * diabetes), and ordinary insults used of patients.
 */

/** One entry of the list. */
export interface DisrespectfulEntry {
	/** Forms matched on word boundaries, case-insensitive ("frequent flyer", "frequent flyers"). */
	phrases: readonly string[];
	/** Why a careful compliance officer would flag it. */
	note: string;
	/** A respectful replacement for the matched words. */
	replacement: string;
	/** The replacement for plural forms, where adding "s" is not enough. */
	plural?: string;
	/** Generic insults are skipped when the writer uses them of themself ("I felt like an idiot"). */
	selfSkip?: boolean;
	/** Words that, right after the phrase, give it an innocent meaning ("frequent flyer miles"). */
	notBefore?: readonly string[];
	/** Words anywhere in the sentence that give the phrase an innocent meaning (flights for "frequent flyer"). */
	notNear?: readonly string[];
	/** Words that, right before the phrase, give it an innocent meaning ("a coffee addict"). */
	notAfter?: readonly string[];
}

/** Ward slang and labels that reduce a patient to a problem. */
export const DISRESPECTFUL_TERMS: readonly DisrespectfulEntry[] = [
	{
		phrases: [
			'drug abuser',
			'drug abusers',
			'substance abuser',
			'substance abusers',
			'alcohol abuser',
			'alcohol abusers',
			'drunks',
		],
		note: 'NIDA guidance: "abuser" and "drunk" stigmatise people with a substance use disorder.',
		replacement: 'person with a substance use disorder',
		plural: 'people with a substance use disorder',
	},
	{
		phrases: [
			'mental patient',
			'mental patients',
			'psych patient',
			'psych patients',
			'psych case',
			'psych cases',
			'schizo',
			'schizos',
		],
		note: 'Dated or slang labels that stigmatise people with mental illness.',
		replacement: 'patient with a mental health condition',
		plural: 'patients with a mental health condition',
	},
	{
		phrases: [
			'frequent flyer',
			'frequent flyers',
			'frequent flier',
			'frequent fliers',
			'frequent-flyer',
			'frequent-flyers',
		],
		note: 'Ward slang that blames people who attend often for needs that are going unmet.',
		notNear: [
			'flight',
			'flights',
			'flying',
			'fly',
			'airline',
			'airlines',
			'plane',
			'planes',
			'cabin',
			'travel',
			'travelling',
			'traveling',
			'travellers',
			'travelers',
			'trip',
			'trips',
			'long-haul',
			'jet',
			'airport',
			'altitude',
		],
		replacement: 'person who attends often',
		plural: 'people who attend often',
		notBefore: [
			'miles',
			'points',
			'program',
			'programme',
			'programs',
			'programmes',
			'card',
			'status',
			'club',
			'scheme',
			'lounge',
			'account',
			'number',
			'membership',
		],
	},
	{
		phrases: [
			'drug seeker',
			'drug seekers',
			'drug-seeker',
			'drug-seekers',
			'drug seeking patient',
			'drug-seeking patient',
			'drug seeking patients',
			'drug-seeking patients',
			'pill seeker',
			'pill seekers',
			'narc seeker',
			'narc seekers',
		],
		note: 'Labels a request for pain relief as deceit and is linked to undertreated pain.',
		replacement: 'person asking for pain relief',
	},
	{
		phrases: [
			'bed blocker',
			'bed blockers',
			'bed-blocker',
			'bed-blockers',
			'bedblocker',
			'bedblockers',
		],
		note: 'Blames a patient for a delayed discharge that the care system has not arranged.',
		replacement: 'person waiting for discharge support',
	},
	{
		phrases: [ 'gomer', 'gomers' ],
		note: '"Get out of my emergency room": slang that dehumanises (often older) patients.',
		replacement: 'patient',
	},
	{
		phrases: [
			'heartsink',
			'heartsinks',
			'heartsink patient',
			'heartsink patients',
			'heart-sink patient',
			'heart-sink patients',
		],
		note: 'Labels a patient by the clinician’s frustration rather than their needs.',
		replacement: 'patient with complex needs',
	},
	{
		phrases: [ 'vulture', 'vultures', 'pack of vultures', 'bloodsuckers' ],
		note: 'Contempt for relatives at the bedside ("the family were vultures"): describes people by motives the writer imputes to them.',
		replacement: 'relatives',
		selfSkip: true,
		notNear: [
			'carcass',
			'carcasses',
			'bird',
			'birds',
			'wildlife',
			'species',
			'documentary',
			'zoo',
			'feathers',
		],
	},
	{
		phrases: [
			'scrounger',
			'scroungers',
			'freeloader',
			'freeloaders',
			'benefit scroungers',
		],
		note: 'Casts patients who need support as cheats; describe the situation instead.',
		replacement: 'patients',
		selfSkip: true,
	},
	{
		phrases: [ 'sickler', 'sicklers' ],
		note: 'Slur for people with sickle cell disease, linked to undertreated pain crises.',
		replacement: 'person with sickle cell disease',
	},
	{
		phrases: [
			'junkie',
			'junkies',
			'junky',
			'druggie',
			'druggies',
			'crackhead',
			'crackheads',
			'pillhead',
			'pillheads',
			'smackhead',
			'smackheads',
			'methhead',
			'methheads',
		],
		note: 'Slurs for people who use drugs; NIDA guidance asks for person-first language.',
		replacement: 'person who uses drugs',
		plural: 'people who use drugs',
	},
	{
		phrases: [ 'addict', 'addicts', 'drug addict', 'drug addicts' ],
		note: 'NIDA guidance: "addict" defines a person by a condition; use person-first language.',
		replacement: 'person with a substance use disorder',
		selfSkip: true,
		notAfter: [
			'chocolate',
			'coffee',
			'caffeine',
			'sugar',
			'gym',
			'fitness',
			'exercise',
			'running',
			'adrenaline',
			'shopping',
			'tv',
			'netflix',
			'book',
			'news',
			'work',
			'self-confessed',
			'tea',
		],
	},
	{
		phrases: [ 'alcoholics', 'an alcoholic', 'the alcoholic' ],
		note: 'Defines a person by a condition; person-first language is preferred.',
		replacement: 'person with alcohol use disorder',
		selfSkip: true,
		notBefore: [ 'drink', 'drinks', 'beverage', 'beverages', 'anonymous' ],
	},
	{
		phrases: [
			'schizophrenics',
			'a schizophrenic',
			'the schizophrenic',
			'psychotics',
			'a psychotic',
			'the psychotic',
		],
		note: 'Reduces a person to a diagnosis; say "a person with schizophrenia".',
		replacement: 'person with schizophrenia',
		notBefore: [
			'episode',
			'episodes',
			'disorder',
			'symptoms',
			'illness',
			'break',
			'features',
		],
	},
	{
		phrases: [ 'hypochondriac', 'hypochondriacs' ],
		note: 'Dismisses health anxiety, a treatable condition, as a character flaw.',
		replacement: 'person with health anxiety',
		selfSkip: true,
	},
	{
		phrases: [
			'malingerer',
			'malingerers',
			'faker',
			'fakers',
			'timewaster',
			'timewasters',
			'time waster',
			'time wasters',
			'time-waster',
			'time-wasters',
			'attention seeker',
			'attention seekers',
			'attention-seeker',
			'attention-seekers',
		],
		note: 'Accuses patients of faking or wasting time; describe the behaviour and its context instead.',
		replacement: 'patient',
		selfSkip: true,
	},
	{
		phrases: [
			'drama queen',
			'drama queens',
			'crybaby',
			'crybabies',
			'whiner',
			'whiners',
			'whinger',
			'whingers',
			'moaner',
			'moaners',
			'complainer',
			'complainers',
		],
		note: 'Mocks patients for raising concerns.',
		replacement: 'patient who raises concerns',
		plural: 'patients who raise concerns',
		selfSkip: true,
	},
	{
		phrases: [
			'idiot',
			'idiots',
			'moron',
			'morons',
			'imbecile',
			'imbeciles',
			'cretin',
			'cretins',
			'dimwit',
			'dimwits',
			'numpty',
			'numpties',
		],
		note: 'An insult; public contempt for patients breaches professional standards.',
		replacement: 'patients',
		selfSkip: true,
	},
	{
		phrases: [
			'nutter',
			'nutters',
			'nutjob',
			'nutjobs',
			'nutcase',
			'nutcases',
			'lunatic',
			'lunatics',
			'loony',
			'loonies',
			'psycho',
			'psychos',
			'crazies',
			'weirdo',
			'weirdos',
			'headcase',
			'headcases',
		],
		note: 'Mental-health slurs that stigmatise patients.',
		replacement: 'person in distress',
		selfSkip: true,
	},
	{
		phrases: [
			'retard',
			'retards',
			'retarded',
			'spaz',
			'cripples',
			'midget',
			'midgets',
		],
		note: 'Disability slurs.',
		replacement: 'person with a disability',
	},
	{
		phrases: [
			'fatty',
			'fatties',
			'fatso',
			'fatsos',
			'lardass',
			'landwhale',
			'landwhales',
		],
		note: 'Weight-stigmatising insults; people-first language ("person with obesity") is recommended.',
		replacement: 'person with obesity',
		selfSkip: true,
		// "fatty meals", "fatty liver", "fatty acids": the adjective of food and tissue.
		notBefore: [
			'meal',
			'meals',
			'food',
			'foods',
			'diet',
			'diets',
			'fry',
			'fry-up',
			'snack',
			'snacks',
			'dish',
			'dishes',
			'cut',
			'cuts',
			'meat',
			'meats',
			'fish',
			'acid',
			'acids',
			'liver',
			'tissue',
			'deposit',
			'deposits',
			'lump',
			'lumps',
			'plaque',
			'plaques',
			'streak',
			'streaks',
			'stool',
			'stools',
			'degeneration',
			'infiltration',
			'change',
			'changes',
		],
	},
	{
		phrases: [ 'the drunk', 'a drunk' ],
		note: '"The drunk in bay 3": a person named by intoxication; say "a man who was intoxicated".',
		replacement: 'the patient who was intoxicated',
		// "a drunk driver", "the drunk tank": the adjective, not a label for a person.
		notBefore: [
			'driver',
			'drivers',
			'driving',
			'tank',
			'tanks',
			'text',
			'texts',
			'dial',
			'dialling',
			'phase',
			'stage',
			'history',
		],
	},
	{
		phrases: [
			'dirtbag',
			'dirtbags',
			'scumbag',
			'scumbags',
			'dirtball',
			'dirtballs',
			'lowlife',
			'lowlifes',
			'scrote',
			'scrotes',
		],
		note: 'Contemptuous slang for patients.',
		replacement: 'patient',
	},
];

/**
 * Adjectives that demean when put before a patient noun ("crazy patient",
 * "lazy patients", "noncompliant patients"), each with a respectful rewrite
 * of the adjective ('' drops it).
 */
export const DEMEANING_ADJECTIVES: ReadonlyMap<
	string,
	{ note: string; replacement: string; anyone?: boolean }
> = new Map( [
	[
		'crazy',
		{
			note: 'Mental-health slur used of a patient.',
			replacement: 'distressed',
			anyone: true,
		},
	],
	[
		'mad',
		{
			note: 'Mental-health slur used of a patient.',
			replacement: 'distressed',
			anyone: true,
		},
	],
	[
		'nutty',
		{
			note: 'Mental-health slur used of a patient.',
			replacement: 'distressed',
			anyone: true,
		},
	],
	[
		'psycho',
		{
			note: 'Mental-health slur used of a patient.',
			replacement: 'distressed',
			anyone: true,
		},
	],
	[
		'hysterical',
		{
			note: 'Dismissive, historically sexist label.',
			replacement: 'distressed',
			anyone: true,
		},
	],
	[
		'demented',
		{
			note: 'Stigmatising; say "patient with dementia".',
			replacement: 'confused',
			anyone: true,
		},
	],
	[
		'lazy',
		{
			note: 'Blames patients instead of exploring barriers.',
			replacement: '',
		},
	],
	[ 'stupid', { note: 'An insult.', replacement: '', anyone: true } ],
	[ 'dumb', { note: 'An insult.', replacement: '', anyone: true } ],
	[ 'idiotic', { note: 'An insult.', replacement: '', anyone: true } ],
	[ 'useless', { note: 'An insult.', replacement: '' } ],
	[ 'pathetic', { note: 'An insult.', replacement: '' } ],
	[
		'whiny',
		{ note: 'Mocks patients for raising concerns.', replacement: '' },
	],
	[
		'whiney',
		{ note: 'Mocks patients for raising concerns.', replacement: '' },
	],
	[
		'whinging',
		{ note: 'Mocks patients for raising concerns.', replacement: '' },
	],
	[ 'needy', { note: 'Dismisses patients’ needs.', replacement: '' } ],
	[ 'entitled', { note: 'Dismisses patients’ requests.', replacement: '' } ],
	[
		'annoying',
		{
			note: 'Judges patients by the clinician’s frustration.',
			replacement: '',
		},
	],
	[
		'smelly',
		{ note: 'Demeaning personal remark.', replacement: '', anyone: true },
	],
	[
		'filthy',
		{ note: 'Demeaning personal remark.', replacement: '', anyone: true },
	],
	[
		'fat',
		{ note: 'Weight stigma; say "patient with obesity".', replacement: '' },
	],
	[
		'noncompliant',
		{
			note: 'Blames the patient; describe what gets in the way of taking the treatment.',
			replacement: '',
		},
	],
	[
		'non-compliant',
		{
			note: 'Blames the patient; describe what gets in the way of taking the treatment.',
			replacement: '',
		},
	],
	[
		'manipulative',
		{
			note: 'Labels behaviour as character; describe the behaviour instead.',
			replacement: '',
		},
	],
] );

/** Nouns for the people a clinician cares for, after a demeaning adjective. */
export const PATIENT_NOUNS: ReadonlySet< string > = new Set( [
	'patient',
	'patients',
	'client',
	'clients',
	'resident',
	'residents',
	'customer',
	'customers',
	'attenders',
	'attendees',
	'pts',
	'pt',
	// People named by a condition: after a demeaning adjective ("noncompliant
	// diabetics", "lazy smokers") they are the patients being judged.
	'diabetics',
	'asthmatics',
	'epileptics',
	'smokers',
	'drinkers',
	'obese',
] );

/**
 * Nouns for anyone, after a slur that demeans whoever it is used of
 * ("crazy lady in bed 3"); milder adjectives ("lazy") need a patient noun.
 */
export const PEOPLE_NOUNS: ReadonlySet< string > = new Set( [
	'people',
	'folks',
	'lady',
	'ladies',
	'woman',
	'women',
	'man',
	'men',
	'guy',
	'guys',
	'mum',
	'mums',
	'mom',
	'moms',
	'parents',
] );

/**
 * People a clinician cares for, and their relatives, as the subject of a
 * predicated insult ("her family were a nightmare", "patients are lazy").
 */
export const SUBJECT_NOUNS: ReadonlySet< string > = new Set( [
	...PATIENT_NOUNS,
	'family',
	'families',
	'relative',
	'relatives',
	'husband',
	'wife',
	'son',
	'sons',
	'daughter',
	'daughters',
	'mother',
	'father',
	'mum',
	'mom',
	'dad',
	'parents',
	'carers',
	'caregivers',
] );

/**
 * Nouns that, after a hyphenated "-ing" compound made up about a habit
 * ("sweet-stealing cheaters", "pill-hoarding liars", "appointment-missing
 * dodgers"), make a mocking label for the people who have it. Alone ("cheat
 * day", "a liar's paradox", "tax dodgers") they are common words, so only the
 * compound shape counts. Listed slurs ("junkies") are caught on their own.
 */
export const COMPOUND_INSULT_NOUNS: ReadonlySet< string > = new Set( [
	// Not "cheats": "time-saving cheats" are shortcuts, not people.
	'cheaters',
	'cheater',
	'liars',
	'liar',
	'dodgers',
	'skivers',
] );

/** Forms of "to be" that predicate a label of the subject ("patients are lazy"). */
export const COPULAS: ReadonlySet< string > = new Set( [
	'is',
	'are',
	'was',
	'were',
] );

/**
 * Degree and filler words allowed between the copula and the insult
 * ("were a complete nightmare", "are just lazy"); never a negator, so
 * "patients are not lazy" stays unflagged.
 */
export const PREDICATE_FILLERS: ReadonlySet< string > = new Set( [
	'a',
	'an',
	'such',
	'just',
	'so',
	'really',
	'very',
	'pretty',
	'always',
	'all',
	'also',
	'complete',
	'completely',
	'total',
	'totally',
	'absolute',
	'absolutely',
	'utter',
	'utterly',
	'real',
	'bloody',
	'incredibly',
	'truly',
] );

/**
 * Nouns that demean a patient or relative when predicated of them ("was a
 * nightmare", "are idiots"); a singular one needs "a"/"an" before it.
 */
export const PREDICATE_NOUNS: ReadonlyMap< string, { note: string } > = new Map(
	[
		[ 'nightmare', { note: 'Makes the person the clinician’s burden.' } ],
		[ 'nightmares', { note: 'Makes the person the clinician’s burden.' } ],
		[ 'pain', { note: '"A pain": the person as a nuisance.' } ],
		[ 'nuisance', { note: 'The person as a nuisance.' } ],
		[ 'nuisances', { note: 'The person as a nuisance.' } ],
		[ 'pest', { note: 'The person as a nuisance.' } ],
		[ 'pests', { note: 'The person as a nuisance.' } ],
		[ 'menace', { note: 'The person as a threat or nuisance.' } ],
		[ 'joke', { note: 'Mocks the person.' } ],
		[ 'idiot', { note: 'An insult.' } ],
		[ 'idiots', { note: 'An insult.' } ],
		[ 'moron', { note: 'An insult.' } ],
		[ 'morons', { note: 'An insult.' } ],
		[ 'disaster', { note: 'Makes the person the clinician’s burden.' } ],
		[ 'timewaster', { note: 'Dismisses the person’s need for care.' } ],
		[ 'timewasters', { note: 'Dismisses the person’s need for care.' } ],
		[ 'time-waster', { note: 'Dismisses the person’s need for care.' } ],
		[ 'time-wasters', { note: 'Dismisses the person’s need for care.' } ],
	]
);

/**
 * What a patient is reduced to in ward shorthand, "the overdose in bed 4",
 * "the psych in cubicle 2": a condition, substance or body part standing for
 * the person in the bed. Only flagged in that shape (see WARD_PLACES), so "an
 * overdose of paracetamol" and "the stroke unit" are left alone.
 */
export const WARD_LABELS: ReadonlySet< string > = new Set( [
	'drunk',
	'overdose',
	'od',
	'psych',
	'junkie',
	'alcoholic',
	'addict',
	'stroke',
	'hip',
	'nof',
	'stemi',
	'nstemi',
	'appendix',
	'dementia',
	'diabetic',
	'epileptic',
	'asthmatic',
	'schizophrenic',
	'psychotic',
	'bariatric',
	'hypo',
	'gastro',
	'copd',
	'sickler',
	'obese',
] );

/** Places on a ward or in the ED after "the overdose in …": the label's referent is the bed's occupant. */
export const WARD_PLACES: ReadonlySet< string > = new Set( [
	'bed',
	'beds',
	'bay',
	'cubicle',
	'cubicles',
	'room',
	'resus',
	'majors',
	'minors',
	'side',
	'corridor',
	'trolley',
	'chair',
] );

/**
 * Titles that turn a diagnosis into a mocking nickname for a patient ("Lady
 * Fibro", "Mr Chest Pain", "Captain Overdose").
 */
export const NICKNAME_TITLES: ReadonlySet< string > = new Set( [
	'lady',
	'lord',
	'mr',
	'mrs',
	// Not "miss": in a title-case heading it is the verb ("Don't Miss Seizures").
	'ms',
	'mister',
	'sir',
	'madam',
	'captain',
	'queen',
	'king',
	'princess',
	'prince',
] );

/**
 * Conditions and symptoms a nickname is built from, after a title and written
 * as a name: clipped forms included ("Fibro", "Hypo", "OD"). "pain" needs a
 * body part before it ("Mr Back Pain"), as Pain is also a surname.
 */
export const NICKNAME_CONDITIONS: ReadonlySet< string > = new Set( [
	'fibro',
	'fibromyalgia',
	'migraine',
	'migraines',
	'anxiety',
	'panic',
	'seizure',
	'seizures',
	'fits',
	'overdose',
	'od',
	'headache',
	'headaches',
	'asthma',
	'hypo',
	'psych',
	'allergy',
	'allergies',
	'vertigo',
	'dizzy',
	'sickle',
	'hypochondria',
	'diabetes',
	'ibs',
	'lupus',
	'sciatica',
	'gout',
] );

/** Body parts before "Pain" in a nickname ("Mrs Back Pain", "Mr Chest Pain"). */
export const NICKNAME_BODY_PARTS: ReadonlySet< string > = new Set( [
	'back',
	'chest',
	'belly',
	'tummy',
	'stomach',
	'neck',
	'knee',
	'pelvic',
	'abdo',
] );
