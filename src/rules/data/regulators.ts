/**
 * Who issues health professionals' registrations and licences, and where:
 * used to tell "GMC 7123456" or "Licence #12345 (Ontario)" (a number with its
 * issuing body or jurisdiction) from a bare number, and a registration from a
 * professional membership ("MRCGP", "member of the RCN"), which is not one.
 */

/** A group of entries with the reason they are there. */
export interface RegulatorGroup {
	note: string;
	entries: readonly string[];
}

/**
 * Abbreviations of regulators and national registers, matched case-sensitively
 * as written ("GPhC", "AHPRA"), so that ordinary words never match.
 */
export const REGULATOR_ABBREVIATION_GROUPS: readonly RegulatorGroup[] = [
	{
		note: 'UK statutory regulators (GMC, NMC, GPhC, GDC, HCPC, GOC, GCC, GOsC, PSNI, SSSC).',
		entries: [
			'GMC',
			'NMC',
			'GPhC',
			'GDC',
			'HCPC',
			'GOC',
			'GCC',
			'GOsC',
			'PSNI',
			'NISCC',
			'SSSC',
		],
	},
	{
		note: 'Ireland: Medical Council, NMBI, PSI, Dental Council, CORU.',
		entries: [ 'IMC', 'NMBI', 'PSI', 'CORU' ],
	},
	{
		note: 'Australia and New Zealand: AHPRA and the national boards, MCNZ, NCNZ, PCNZ, DCNZ.',
		entries: [ 'AHPRA', 'Ahpra', 'NMBA', 'MCNZ', 'NCNZ', 'PCNZ', 'DCNZ' ],
	},
	{
		note: 'United States: the NPI (a national number: it implies the US) and the DEA registration.',
		entries: [ 'NPI', 'DEA' ],
	},
	{
		note: 'Canadian colleges (provincial regulators).',
		entries: [
			'CPSO',
			'CPSBC',
			'CPSA',
			'CPSM',
			'CPSS',
			'CPSNS',
			'CPSNB',
			'CPSNL',
			'CMQ',
			'CNO',
			'BCCNM',
			'CRNA',
			'CRNM',
			'OIIQ',
			'OCP',
			'OPQ',
			'RCDSO',
			'CDSBC',
			'CASLPO',
			'COTO',
			'CPO',
			'CPTBC',
			'CRPO',
			'NSCN',
		],
	},
	{
		note: 'India: National Medical Commission, state councils, nursing, pharmacy and dental councils.',
		entries: [
			'NMC',
			'MCI',
			'DCI',
			'PCI',
			'INC',
			'MMC',
			'KMC',
			'DMC',
			'TNMC',
			'TNNMC',
			'KNMC',
			'WBMC',
			'GMC',
			'APMC',
			'TSMC',
		],
	},
	{
		note: 'Africa and Asia: HPCSA, SANC, SAPC, MDCN, NMCN, KMPDC, SMC, SNB, MMC, PMDC, PRC, MOH, DHA.',
		entries: [
			'HPCSA',
			'SANC',
			'SAPC',
			'MDCN',
			'NMCN',
			'KMPDC',
			'SMC',
			'SNB',
			'PMDC',
			'PRC',
			'DHA',
			'SCFHS',
			'QCHP',
			'HAAD',
		],
	},
];

/**
 * Regulators' names, lower case, matched as word sequences. Generic names
 * ("… Medical Council", "Board of Nursing") are recognised by the rule from
 * their nouns; these are the ones whose words do not say so.
 */
export const REGULATOR_NAME_GROUPS: readonly RegulatorGroup[] = [
	{
		note: 'Registers and regulators whose names lack the words council/board/college.',
		entries: [
			'pharmaceutical society of ireland',
			'pharmaceutical society of northern ireland',
			'australian health practitioner regulation agency',
			'office of the professions',
			'national provider identifier',
			'medical register',
			'nursing register',
			'register of pharmacies',
			'specialist register',
			'gp register',
		],
	},
];

/** Nouns that make a capitalised name an issuing body ("Maharashtra Medical Council"). */
export const BODY_NOUNS: ReadonlySet< string > = new Set( [
	'council',
	'board',
	'college',
	'commission',
	'agency',
	'authority',
	'registry',
	'register',
	'ministry',
	'regulator',
	'directorate',
	'ordre',
] );

/**
 * Words that make a "College" or "Academy" a membership body, not a regulator
 * ("Royal College of Nursing", "American College of Physicians").
 */
export const MEMBERSHIP_MARKERS: ReadonlySet< string > = new Set( [
	'royal',
	'american',
	'australasian',
	'academy',
	'association',
	'society',
	'federation',
	'institute',
	'chartered',
	'faculty',
	'fellow',
	'member',
] );

/** Membership post-nominals and bodies that are not registrations (folded upper case). */
export const MEMBERSHIPS: ReadonlySet< string > = new Set( [
	'MRCGP',
	'FRCGP',
	'MRCP',
	'FRCP',
	'MRCS',
	'FRCS',
	'FACP',
	'FACC',
	'FACS',
	'FAAP',
	'FAAFP',
	'FACEP',
	'FAAD',
	'MCSP',
	'APAM',
	'MPS',
	'MRPHARMS',
	'FRPHARMS',
	'RCN',
	'RCGP',
	'RCP',
	'BMA',
	'AMA',
	'ANA',
	'ADA',
	'APTA',
	'CSP',
	'RPS',
	'FRACGP',
	'FRACP',
	'FRCPC',
	'CCFP',
	'MFDS',
	'BDA',
	'AOTA',
	'ASHA',
	'APA',
	'BPS',
] );

/**
 * Jurisdictions, lower case: US states, Canadian provinces and territories,
 * Australian states, Indian states, and countries whose name alone places a
 * licence ("Licence #12345 (Ontario)").
 */
export const JURISDICTION_GROUPS: readonly RegulatorGroup[] = [
	{
		note: 'US states and DC (state boards issue US licences).',
		entries: [
			'alabama',
			'alaska',
			'arizona',
			'arkansas',
			'california',
			'colorado',
			'connecticut',
			'delaware',
			'district of columbia',
			'florida',
			'georgia',
			'hawaii',
			'idaho',
			'illinois',
			'indiana',
			'iowa',
			'kansas',
			'kentucky',
			'louisiana',
			'maine',
			'maryland',
			'massachusetts',
			'michigan',
			'minnesota',
			'mississippi',
			'missouri',
			'montana',
			'nebraska',
			'nevada',
			'new hampshire',
			'new jersey',
			'new mexico',
			'new york',
			'north carolina',
			'north dakota',
			'ohio',
			'oklahoma',
			'oregon',
			'pennsylvania',
			'rhode island',
			'south carolina',
			'south dakota',
			'tennessee',
			'texas',
			'utah',
			'vermont',
			'virginia',
			'washington',
			'west virginia',
			'wisconsin',
			'wyoming',
			'puerto rico',
		],
	},
	{
		note: 'Canadian provinces and territories (provincial colleges license).',
		entries: [
			'ontario',
			'quebec',
			'québec',
			'british columbia',
			'alberta',
			'saskatchewan',
			'manitoba',
			'nova scotia',
			'new brunswick',
			'newfoundland',
			'newfoundland and labrador',
			'prince edward island',
			'yukon',
			'nunavut',
			'northwest territories',
		],
	},
	{
		note: 'Australian states and territories.',
		entries: [
			'new south wales',
			'victoria',
			'queensland',
			'western australia',
			'south australia',
			'tasmania',
			'australian capital territory',
			'northern territory',
		],
	},
	{
		note: 'Indian states (state medical, nursing and pharmacy councils).',
		entries: [
			'andhra pradesh',
			'arunachal pradesh',
			'assam',
			'bihar',
			'chhattisgarh',
			'goa',
			'gujarat',
			'haryana',
			'himachal pradesh',
			'jharkhand',
			'karnataka',
			'kerala',
			'madhya pradesh',
			'maharashtra',
			'manipur',
			'meghalaya',
			'mizoram',
			'nagaland',
			'odisha',
			'punjab',
			'rajasthan',
			'sikkim',
			'tamil nadu',
			'telangana',
			'tripura',
			'uttar pradesh',
			'uttarakhand',
			'west bengal',
			'delhi',
		],
	},
	{
		note: 'Countries with one national register.',
		entries: [
			'uk',
			'united kingdom',
			'england',
			'scotland',
			'wales',
			'northern ireland',
			'ireland',
			'usa',
			'united states',
			'canada',
			'australia',
			'new zealand',
			'india',
			'south africa',
			'singapore',
			'malaysia',
			'nigeria',
			'kenya',
			'ghana',
			'pakistan',
			'philippines',
			'hong kong',
			'uae',
			'united arab emirates',
			'saudi arabia',
			'qatar',
		],
	},
];

/** Regulator abbreviations, as written. */
export const REGULATOR_ABBREVIATIONS: ReadonlySet< string > = new Set(
	REGULATOR_ABBREVIATION_GROUPS.flatMap( ( group ) => group.entries )
);
