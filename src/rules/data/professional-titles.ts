/**
 * Professional titles of health care professionals, used to tell a byline
 * ("By Sam Patel, RN, BSN", "— Priya Shah, pharmacist") from a name alone.
 *
 * Post-nominal letters are compared without dots or spaces ("B.Pharm" is
 * "BPHARM"), in upper case; title words in lower case. Memberships such as
 * MRCGP or FACP are titles here (they show who is writing) even though they
 * are not registrations (see regulators.ts).
 */

/** A group of titles with the reason they are there. */
export interface TitleGroup {
	note: string;
	titles: readonly string[];
}

/** Degrees, licences and fellowships written after a clinician's name. */
export const POST_NOMINAL_GROUPS: readonly TitleGroup[] = [
	{
		note: 'Medical degrees and licences (US, UK, Commonwealth, India).',
		titles: [
			'MD',
			'DO',
			'MBBS',
			'MBCHB',
			'MBBCH',
			'MBBCHIR',
			'MBBCHBAO',
			'BMBS',
			'BMBCH',
			'MB',
			'BCH',
			'BAO',
			'BS',
			'DM',
			'MS',
			'MCH',
			'DNB',
			'MRCP',
			'MRCPUK',
			'FRCP',
			'MRCS',
			'FRCS',
			'MRCGP',
			'FRCGP',
			'MRCPCH',
			'FRCPCH',
			'MRCPSYCH',
			'FRCPSYCH',
			'MRCOG',
			'FRCOG',
			'FRCA',
			'FRCR',
			'FRCPATH',
			'DRCOG',
			'DFSRH',
			'FACP',
			'FACC',
			'FACS',
			'FAAP',
			'FAAFP',
			'FACEP',
			'FAAD',
			'FRCPC',
			'FRCSC',
			'CCFP',
			'FCFP',
			'FRACP',
			'FRACGP',
			'FRACS',
			'FRANZCP',
			'MPH',
			'DCH',
			'DTMH',
			'FHEA',
			'FESC',
		],
	},
	{
		note: 'Nursing and midwifery qualifications and licences.',
		titles: [
			'RN',
			'RGN',
			'RMN',
			'RNLD',
			'RSCN',
			'RM',
			'RHV',
			'SCPHN',
			'QN',
			'LPN',
			'LVN',
			'NP',
			'APRN',
			'FNP',
			'FNPBC',
			'FNPC',
			'AGNP',
			'PMHNP',
			'CNM',
			'CNS',
			'CRNA',
			'BSN',
			'MSN',
			'DNP',
			'BSCN',
			'MSCN',
			'BN',
			'CEN',
			'CCRN',
			'CHPN',
			'OCN',
			'CPN',
			'CNE',
			'RNA',
			'ANP',
			'ACP',
			'NMP',
			'IBCLC',
			'RPN',
			'EN',
		],
	},
	{
		note: 'Pharmacy qualifications and licences.',
		titles: [
			'PHARMD',
			'RPH',
			'BPHARM',
			'MPHARM',
			'BSCPHM',
			'BSCPHARM',
			'MRPHARMS',
			'FRPHARMS',
			'IP',
			'BCPS',
			'BCACP',
			'CDE',
			'CDCES',
		],
	},
	{
		note: 'Dental qualifications.',
		titles: [
			'DDS',
			'DMD',
			'BDS',
			'BDSC',
			'MDS',
			'MFDS',
			'MJDF',
			'FDS',
			'RDH',
			'BCHD',
			'DCHDENT',
		],
	},
	{
		note: 'Allied health: physiotherapy, OT, speech, dietetics, psychology, paramedics.',
		titles: [
			'PT',
			'DPT',
			'MPT',
			'BPT',
			'BPHTY',
			'MCSP',
			'APAM',
			'OT',
			'OTR',
			'OTRL',
			'BOCCTHY',
			'SLP',
			'CCCSLP',
			'SLPC',
			'RD',
			'RDN',
			'LD',
			'APD',
			'PSYD',
			'DCLINPSY',
			'CPSYCHOL',
			'LCSW',
			'LPC',
			'LMFT',
			'PA',
			'PAC',
			'EMTP',
			'NRP',
			'HCPC',
			'DC',
			'DPM',
			'OD',
			'BOPTOM',
			'MRCPOD',
			'GCS',
			'OCS',
			'SCS',
			'CSCS',
		],
	},
];

/** Words that name a health profession or clinical role ("pharmacist", "consultant cardiologist"). */
export const TITLE_WORD_GROUPS: readonly TitleGroup[] = [
	{
		note: 'Professions readers recognise.',
		titles: [
			'doctor',
			'physician',
			'surgeon',
			'nurse',
			'midwife',
			'pharmacist',
			'dentist',
			'hygienist',
			'therapist',
			'physiotherapist',
			'physio',
			'chiropractor',
			'osteopath',
			'optometrist',
			'optician',
			'audiologist',
			'dietitian',
			'dietician',
			'nutritionist',
			'paramedic',
			'psychologist',
			'psychiatrist',
			'counsellor',
			'counselor',
			'podiatrist',
			'chiropodist',
			'clinician',
			'practitioner',
			'gp',
			'hospitalist',
			'intensivist',
			'internist',
			'pediatrician',
			'paediatrician',
			'obstetrician',
			'gynaecologist',
			'gynecologist',
			'orthodontist',
			'endodontist',
			'periodontist',
			'anaesthetist',
			'anesthetist',
			'anesthesiologist',
			'sonographer',
			'radiographer',
			'pathologist',
			'consultant',
			'registrar',
			'resident',
			'doula',
			'prescriber',
			'educator',
		],
	},
];

/** Endings of specialists' titles ("cardiologist", "geriatrician", "psychiatrist"). */
export const TITLE_SUFFIXES: readonly string[] = [
	'ologist',
	'iatrist',
	'iatrician',
	'therapist',
	'ician',
	'pedist',
];

/** Words before a name that make a title by themselves ("Dr Jane Smith"). */
export const HONORIFICS: ReadonlySet< string > = new Set( [
	'dr',
	'doctor',
	'prof',
	'professor',
	'sr',
	'sister',
	'nurse',
	'mr',
	'mrs',
	'ms',
	'mx',
	'miss',
] );

/**
 * Lower-case faculty abbreviations that German-speaking doctorates put after
 * "Dr." ("Dr. med. Anna Weber", "Dr. med. dent.", "Prof. Dr. rer. nat.",
 * Austria's "Dr. med. univ.", "habil." for a habilitation): part of the
 * title, so the name starts after them.
 */
export const DOCTORATE_FACULTIES: ReadonlySet< string > = new Set( [
	'med',
	'dent',
	'vet',
	'univ',
	'rer',
	'nat',
	'sc',
	'habil',
	'phil',
] );

/** Honorifics that carry a professional title by themselves. */
export const PROFESSIONAL_HONORIFICS: ReadonlySet< string > = new Set( [
	'dr',
	'doctor',
	'prof',
	'professor',
	'sr',
	'sister',
	'nurse',
] );

/** Post-nominals, folded (upper case, no dots, spaces or hyphens). */
export const POST_NOMINALS: ReadonlySet< string > = new Set(
	POST_NOMINAL_GROUPS.flatMap( ( group ) => group.titles )
);

/** Title words, lower case. */
export const TITLE_WORDS: ReadonlySet< string > = new Set(
	TITLE_WORD_GROUPS.flatMap( ( group ) => group.titles )
);
