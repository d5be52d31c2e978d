/**
 * Known professional regulators: what their registration numbers look like and
 * where the public can check them.
 *
 * Pure data (plus `@wordpress/i18n`, which is pure), so the format checks run in
 * the editor and in Jest alike. Formats are deliberately conservative: where a
 * regulator publishes no fixed format (US state boards, Indian councils) the
 * entry only rejects characters no licence number uses, never a real number.
 */
import { __, sprintf } from '@wordpress/i18n';

/** How a regulator's registration numbers are written. */
export interface RegistrationFormat {
	/** Matches a complete number after normalising (upper case, spaces removed). */
	pattern: RegExp;
	/** A made-up number in the right shape, shown to the author as an example. */
	example: string;
	/** Translated description of the format, e.g. "7 digits". */
	describe: () => string;
	/** Extra check beyond the shape, e.g. the NPI check digit. */
	checksum?: ( normalised: string ) => boolean;
}

/** One regulator (licensing board, council or registry). */
export interface Regulator {
	/** Stable key, e.g. `gmc`, `us-ca-medical`. */
	id: string;
	/** Name shown in the suggestions list and saved as the registration body. */
	name: string;
	/** ISO 3166-1 alpha-2 country code. */
	country: string;
	/** Other ways authors write the body (acronyms, short names), matched whole-word. */
	aliases: string[];
	format?: RegistrationFormat;
	/** Public register search page. */
	registerUrl?: string;
	/** A page for one registrant, where the register has stable per-number addresses. */
	registerUrlFor?: ( normalised: string ) => string;
}

/**
 * The NPI check digit: Luhn over the number with the card-issuer prefix 80840
 * that CMS assigns to health identifiers (45 CFR 162.406).
 *
 * @param npi Ten digits.
 * @return Whether the tenth digit is the right check digit.
 */
export function isValidNpiCheckDigit( npi: string ): boolean {
	if ( ! /^\d{10}$/.test( npi ) ) {
		return false;
	}
	const prefixed = `80840${ npi }`;
	let sum = 0;
	// Luhn: double every second digit counting from the right, check digit excluded.
	for (
		let i = prefixed.length - 1, double = false;
		i >= 0;
		i--, double = ! double
	) {
		let digit = prefixed.charCodeAt( i ) - 48;
		if ( double ) {
			digit *= 2;
			if ( digit > 9 ) {
				digit -= 9;
			}
		}
		sum += digit;
	}
	return sum % 10 === 0;
}

/**
 * Builds a format of a fixed number of digits.
 *
 * @param min     Fewest digits.
 * @param max     Most digits.
 * @param example An example number.
 * @return The format.
 */
function digits(
	min: number,
	max: number,
	example: string
): RegistrationFormat {
	return {
		pattern: new RegExp( `^\\d{${ min },${ max }}$` ),
		example,
		describe: () =>
			min === max
				? sprintf(
						/* translators: %d: how many digits a registration number has. */
						__( '%d digits', 'hcp-compliance' ),
						min
					)
				: sprintf(
						/* translators: 1: fewest digits, 2: most digits. */
						__( '%1$d to %2$d digits', 'hcp-compliance' ),
						min,
						max
					),
	};
}

/** Licence numbers of boards without a published format: letters, digits, dashes, slashes, dots. */
const looseLicence: RegistrationFormat = {
	pattern: /^[A-Z0-9][A-Z0-9./-]{0,19}$/,
	example: 'A123456',
	describe: () =>
		__(
			'letters and digits (dashes, dots and slashes allowed), up to 20 characters',
			'hcp-compliance'
		),
};

/** AHPRA profession prefixes (the first three letters of every registration number). */
export const AHPRA_PREFIXES: Record< string, string > = {
	ATS: 'Aboriginal and Torres Strait Islander Health Practice',
	CMR: 'Chinese Medicine',
	CHI: 'Chiropractic',
	DEN: 'Dental',
	MED: 'Medical',
	MRP: 'Medical Radiation Practice',
	NMW: 'Nursing and Midwifery',
	OCC: 'Occupational Therapy',
	OPT: 'Optometry',
	OST: 'Osteopathy',
	PAR: 'Paramedicine',
	PHA: 'Pharmacy',
	PHY: 'Physiotherapy',
	POD: 'Podiatry',
	PSY: 'Psychology',
};

/** HCPC profession prefixes (arts therapists, biomedical scientists, paramedics, ...). */
const HCPC_PREFIXES = [
	'AS',
	'BS',
	'CH',
	'CS',
	'DT',
	'HAD',
	'OR',
	'ODP',
	'OT',
	'PA',
	'PH',
	'PO',
	'PYL',
	'RA',
	'SL',
];

/** HPCSA register prefixes (MP medical practitioner, DP dentist, PS psychologist, ...). */
const HPCSA_PATTERN = /^[A-Z]{2,3}\d{6,7}$/;

const US_STATES: Array< [ string, string ] > = [
	[ 'AL', 'Alabama' ],
	[ 'AK', 'Alaska' ],
	[ 'AZ', 'Arizona' ],
	[ 'AR', 'Arkansas' ],
	[ 'CA', 'California' ],
	[ 'CO', 'Colorado' ],
	[ 'CT', 'Connecticut' ],
	[ 'DE', 'Delaware' ],
	[ 'DC', 'District of Columbia' ],
	[ 'FL', 'Florida' ],
	[ 'GA', 'Georgia' ],
	[ 'HI', 'Hawaii' ],
	[ 'ID', 'Idaho' ],
	[ 'IL', 'Illinois' ],
	[ 'IN', 'Indiana' ],
	[ 'IA', 'Iowa' ],
	[ 'KS', 'Kansas' ],
	[ 'KY', 'Kentucky' ],
	[ 'LA', 'Louisiana' ],
	[ 'ME', 'Maine' ],
	[ 'MD', 'Maryland' ],
	[ 'MA', 'Massachusetts' ],
	[ 'MI', 'Michigan' ],
	[ 'MN', 'Minnesota' ],
	[ 'MS', 'Mississippi' ],
	[ 'MO', 'Missouri' ],
	[ 'MT', 'Montana' ],
	[ 'NE', 'Nebraska' ],
	[ 'NV', 'Nevada' ],
	[ 'NH', 'New Hampshire' ],
	[ 'NJ', 'New Jersey' ],
	[ 'NM', 'New Mexico' ],
	[ 'NY', 'New York' ],
	[ 'NC', 'North Carolina' ],
	[ 'ND', 'North Dakota' ],
	[ 'OH', 'Ohio' ],
	[ 'OK', 'Oklahoma' ],
	[ 'OR', 'Oregon' ],
	[ 'PA', 'Pennsylvania' ],
	[ 'RI', 'Rhode Island' ],
	[ 'SC', 'South Carolina' ],
	[ 'SD', 'South Dakota' ],
	[ 'TN', 'Tennessee' ],
	[ 'TX', 'Texas' ],
	[ 'UT', 'Utah' ],
	[ 'VT', 'Vermont' ],
	[ 'VA', 'Virginia' ],
	[ 'WA', 'Washington' ],
	[ 'WV', 'West Virginia' ],
	[ 'WI', 'Wisconsin' ],
	[ 'WY', 'Wyoming' ],
];

/*
 * US state boards: one medical and one nursing board per state. Their numbers
 * have no common format, so only the loose check applies; the public registers
 * are the national look-ups that cover every state (FSMB DocInfo for
 * physicians, Nursys for nurses).
 */
const usStateBoards: Regulator[] = US_STATES.flatMap( ( [ code, state ] ) => [
	{
		id: `us-${ code.toLowerCase() }-medical`,
		name: `${ state } Medical Board (US)`,
		country: 'US',
		aliases: [ `${ state } Medical Board`, `${ state } Board of Medicine` ],
		format: looseLicence,
		registerUrl: 'https://www.docinfo.org/',
	},
	{
		id: `us-${ code.toLowerCase() }-nursing`,
		name: `${ state } Board of Nursing (US)`,
		country: 'US',
		aliases: [ `${ state } Board of Nursing`, `${ state } BON` ],
		format: looseLicence,
		registerUrl: 'https://www.nursys.com/LQC/LQCTerms.aspx',
	},
] );

const canadianColleges: Regulator[] = [
	{
		id: 'cpso',
		name: 'College of Physicians and Surgeons of Ontario (CPSO)',
		country: 'CA',
		aliases: [ 'CPSO' ],
		format: digits( 4, 6, '123456' ),
		registerUrl: 'https://doctors.cpso.on.ca/',
	},
	{
		id: 'cpsbc',
		name: 'College of Physicians and Surgeons of British Columbia (CPSBC)',
		country: 'CA',
		aliases: [ 'CPSBC' ],
		format: digits( 4, 6, '12345' ),
		registerUrl: 'https://www.cpsbc.ca/public/registrant-directory',
	},
	{
		id: 'cpsa',
		name: 'College of Physicians and Surgeons of Alberta (CPSA)',
		country: 'CA',
		aliases: [ 'CPSA' ],
		format: digits( 4, 6, '012345' ),
		registerUrl: 'https://search.cpsa.ca/',
	},
	{
		id: 'cps-sk',
		name: 'College of Physicians and Surgeons of Saskatchewan (CPSS)',
		country: 'CA',
		aliases: [ 'CPSS' ],
		format: looseLicence,
		registerUrl: 'https://www.cps.sk.ca/',
	},
	{
		id: 'cpsm',
		name: 'College of Physicians and Surgeons of Manitoba (CPSM)',
		country: 'CA',
		aliases: [ 'CPSM' ],
		format: looseLicence,
		registerUrl: 'https://cpsm.mb.ca/',
	},
	{
		id: 'cmq',
		name: 'Collège des médecins du Québec (CMQ)',
		country: 'CA',
		aliases: [ 'CMQ', 'College des medecins du Quebec' ],
		format: digits( 5, 5, '12345' ),
		registerUrl: 'https://www.cmq.org/',
	},
	{
		id: 'cpsns',
		name: 'College of Physicians and Surgeons of Nova Scotia (CPSNS)',
		country: 'CA',
		aliases: [ 'CPSNS' ],
		format: looseLicence,
		registerUrl: 'https://cpsns.ns.ca/',
	},
	{
		id: 'cpsnb',
		name: 'College of Physicians and Surgeons of New Brunswick (CPSNB)',
		country: 'CA',
		aliases: [ 'CPSNB' ],
		format: looseLicence,
		registerUrl: 'https://cpsnb.org/',
	},
	{
		id: 'cpsnl',
		name: 'College of Physicians and Surgeons of Newfoundland and Labrador (CPSNL)',
		country: 'CA',
		aliases: [ 'CPSNL' ],
		format: looseLicence,
		registerUrl: 'https://cpsnl.ca/',
	},
	{
		id: 'cpspei',
		name: 'College of Physicians and Surgeons of Prince Edward Island (CPSPEI)',
		country: 'CA',
		aliases: [ 'CPSPEI' ],
		format: looseLicence,
		registerUrl: 'https://cpspei.ca/',
	},
	{
		id: 'cno',
		name: 'College of Nurses of Ontario (CNO)',
		country: 'CA',
		aliases: [ 'CNO' ],
		format: looseLicence,
		registerUrl: 'https://registry.cno.org/',
	},
	{
		id: 'ocp',
		name: 'Ontario College of Pharmacists (OCP)',
		country: 'CA',
		aliases: [ 'OCP' ],
		format: looseLicence,
		registerUrl: 'https://www.ocpinfo.com/',
	},
];

/*
 * India: the National Medical Commission keeps the Indian Medical Register,
 * which includes the registrations of every state council, so all of them
 * point at it. State numbers are free-form ("MMC/2001/12345", "54321").
 */
const INDIAN_STATE_COUNCILS: Array< [ string, string ] > = [
	[ 'apmc', 'Andhra Pradesh Medical Council' ],
	[ 'assam', 'Assam Medical Council' ],
	[ 'bihar', 'Bihar Medical Council' ],
	[ 'cgmc', 'Chhattisgarh Medical Council' ],
	[ 'dmc', 'Delhi Medical Council' ],
	[ 'goa', 'Goa Medical Council' ],
	[ 'gmc-gujarat', 'Gujarat Medical Council' ],
	[ 'hmc', 'Haryana Medical Council' ],
	[ 'hpmc', 'Himachal Pradesh Medical Council' ],
	[ 'jkmc', 'Jammu & Kashmir Medical Council' ],
	[ 'jmc', 'Jharkhand Medical Council' ],
	[ 'kmc', 'Karnataka Medical Council' ],
	[ 'tcmc', 'Travancore-Cochin Medical Council (Kerala)' ],
	[ 'mpmc', 'Madhya Pradesh Medical Council' ],
	[ 'mmc', 'Maharashtra Medical Council' ],
	[ 'omc', 'Odisha Council of Medical Registration' ],
	[ 'pmc', 'Punjab Medical Council' ],
	[ 'rmc', 'Rajasthan Medical Council' ],
	[ 'tnmc', 'Tamil Nadu Medical Council' ],
	[ 'tsmc', 'Telangana State Medical Council' ],
	[ 'upmc', 'Uttar Pradesh Medical Council' ],
	[ 'ukmc', 'Uttarakhand Medical Council' ],
	[ 'wbmc', 'West Bengal Medical Council' ],
];

const INDIAN_MEDICAL_REGISTER =
	'https://www.nmc.org.in/information-desk/indian-medical-register/';

const indianCouncils: Regulator[] = [
	{
		id: 'nmc-india',
		name: 'National Medical Commission (India)',
		country: 'IN',
		aliases: [ 'NMC India', 'Medical Council of India', 'MCI' ],
		format: looseLicence,
		registerUrl: INDIAN_MEDICAL_REGISTER,
	},
	...INDIAN_STATE_COUNCILS.map( ( [ id, name ] ) => ( {
		id: `in-${ id }`,
		name: `${ name } (India)`,
		country: 'IN',
		aliases: [ name ],
		format: looseLicence,
		registerUrl: INDIAN_MEDICAL_REGISTER,
	} ) ),
];

/** Every regulator the block knows, in the order the suggestions list shows them. */
export const REGULATORS: readonly Regulator[] = [
	{
		id: 'npi',
		name: 'NPI (US National Provider Identifier)',
		country: 'US',
		aliases: [ 'NPI', 'National Provider Identifier', 'NPPES', 'CMS' ],
		format: {
			pattern: /^\d{10}$/,
			example: '1234567893',
			describe: () =>
				__( '10 digits, the last one a check digit', 'hcp-compliance' ),
			checksum: isValidNpiCheckDigit,
		},
		registerUrl: 'https://npiregistry.cms.hhs.gov/',
		registerUrlFor: ( npi ) =>
			`https://npiregistry.cms.hhs.gov/provider-view/${ npi }`,
	},
	{
		id: 'gmc',
		name: 'General Medical Council (GMC, UK)',
		country: 'GB',
		aliases: [ 'GMC', 'General Medical Council' ],
		format: digits( 7, 7, '1234567' ),
		registerUrl:
			'https://www.gmc-uk.org/registration-and-licensing/the-medical-register',
	},
	{
		id: 'nmc',
		name: 'Nursing and Midwifery Council (NMC, UK)',
		country: 'GB',
		aliases: [ 'NMC', 'Nursing and Midwifery Council', 'NMC UK' ],
		format: {
			// Two digits, a letter, four digits, a letter (the country of first registration).
			pattern: /^\d{2}[A-Z]\d{4}[A-Z]$/,
			example: '12A3456E',
			describe: () =>
				__(
					'a PIN of 2 digits, a letter, 4 digits and a letter',
					'hcp-compliance'
				),
		},
		registerUrl: 'https://www.nmc.org.uk/registration/search-the-register/',
	},
	{
		id: 'gphc',
		name: 'General Pharmaceutical Council (GPhC, UK)',
		country: 'GB',
		aliases: [ 'GPhC', 'General Pharmaceutical Council' ],
		format: digits( 7, 7, '2012345' ),
		registerUrl: 'https://www.pharmacyregulation.org/registers',
	},
	{
		id: 'gdc',
		name: 'General Dental Council (GDC, UK)',
		country: 'GB',
		aliases: [ 'GDC', 'General Dental Council' ],
		format: digits( 1, 6, '123456' ),
		registerUrl: 'https://olr.gdc-uk.org/searchregister',
	},
	{
		id: 'hcpc',
		name: 'Health and Care Professions Council (HCPC, UK)',
		country: 'GB',
		aliases: [ 'HCPC', 'Health and Care Professions Council' ],
		format: {
			pattern: new RegExp(
				`^(?:${ HCPC_PREFIXES.join( '|' ) })\\d{4,6}$`
			),
			example: 'PA12345',
			describe: () =>
				__(
					'a profession prefix (e.g. PA, PH, OT) and 4 to 6 digits',
					'hcp-compliance'
				),
		},
		registerUrl: 'https://www.hcpc-uk.org/check-the-register/',
	},
	{
		id: 'ahpra',
		name: 'Ahpra (Australian Health Practitioner Regulation Agency)',
		country: 'AU',
		aliases: [
			'AHPRA',
			'Australian Health Practitioner Regulation Agency',
			'Medical Board of Australia',
			'Nursing and Midwifery Board of Australia',
		],
		format: {
			pattern: new RegExp(
				`^(?:${ Object.keys( AHPRA_PREFIXES ).join( '|' ) })\\d{10}$`
			),
			example: 'MED0001234567',
			describe: () =>
				__(
					'a three-letter profession prefix (e.g. MED, NMW, PHA) and 10 digits',
					'hcp-compliance'
				),
		},
		registerUrl:
			'https://www.ahpra.gov.au/Registration/Registers-of-Practitioners.aspx',
	},
	{
		id: 'imc',
		name: 'Medical Council (Ireland)',
		country: 'IE',
		aliases: [
			'IMC',
			'Irish Medical Council',
			'Medical Council of Ireland',
		],
		format: digits( 3, 6, '123456' ),
		registerUrl:
			'https://www.medicalcouncil.ie/public-information/check-the-register/',
	},
	{
		id: 'nmbi',
		name: 'Nursing and Midwifery Board of Ireland (NMBI)',
		country: 'IE',
		aliases: [ 'NMBI', 'Nursing and Midwifery Board of Ireland' ],
		format: digits( 5, 7, '123456' ),
		registerUrl: 'https://www.nmbi.ie/Registration/Check-the-Register',
	},
	{
		id: 'psi',
		name: 'Pharmaceutical Society of Ireland (PSI)',
		country: 'IE',
		aliases: [ 'PSI', 'Pharmaceutical Society of Ireland' ],
		format: digits( 3, 6, '12345' ),
		registerUrl: 'https://www.psi.ie/',
	},
	{
		id: 'hpcsa',
		name: 'Health Professions Council of South Africa (HPCSA)',
		country: 'ZA',
		aliases: [ 'HPCSA', 'Health Professions Council of South Africa' ],
		format: {
			pattern: HPCSA_PATTERN,
			example: 'MP0123456',
			describe: () =>
				__(
					'a register prefix (e.g. MP, DP, PS) and 6 or 7 digits',
					'hcp-compliance'
				),
		},
		registerUrl: 'https://hpcsaonline.custhelp.com/app/i_reg_form',
	},
	{
		id: 'sanc',
		name: 'South African Nursing Council (SANC)',
		country: 'ZA',
		aliases: [ 'SANC', 'South African Nursing Council' ],
		format: looseLicence,
		registerUrl: 'https://www.sanc.co.za/',
	},
	...canadianColleges,
	...indianCouncils,
	...usStateBoards,
];

/**
 * Folds a body name for matching: lower case, accents and punctuation removed.
 *
 * @param text Free text.
 * @return The folded text, words separated by single spaces.
 */
function fold( text: string ): string {
	return text
		.normalize( 'NFD' )
		.replace( /[\u0300-\u036f]/g, '' )
		.toLowerCase()
		.replace( /[^a-z0-9]+/g, ' ' )
		.trim();
}

/** Every folded name and alias, longest first, so "NMC India" wins over "NMC". */
const MATCHERS: Array< { key: string; regulator: Regulator } > =
	REGULATORS.flatMap( ( regulator ) =>
		[ regulator.name, ...regulator.aliases ].map( ( text ) => ( {
			key: fold( text ),
			regulator,
		} ) )
	).sort( ( a, b ) => b.key.length - a.key.length );

/**
 * Finds the regulator a free-text registration body names.
 *
 * Matches the full name or an alias as whole words, so "GMC (UK)", "General
 * Medical Council" and "registered with the GMC" all find the GMC.
 *
 * @param body What the author typed as the registration body.
 * @return The regulator, or undefined when the body is not one the block knows.
 */
export function findRegulator(
	body: string | undefined
): Regulator | undefined {
	const folded = fold( body ?? '' );
	if ( ! folded ) {
		return undefined;
	}
	const padded = ` ${ folded } `;
	return MATCHERS.find( ( { key } ) => padded.includes( ` ${ key } ` ) )
		?.regulator;
}
