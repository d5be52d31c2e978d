/**
 * Rule licensing/missing-registration: where a post gives the author's
 * credentials, it should also give a registration or licence number with its
 * issuing body or jurisdiction, so readers can check it.
 *
 * Judged only where credentials are given (block or byline): a post that fires
 * identification/missing-credentials does not also fire this. A number without
 * its body or jurisdiction fires; a membership ("MRCGP", "MCSP", "member of
 * the RCN") is not a registration. The NPI is national, so it implies the US.
 */
import { __ } from '../engine/i18n';

import type {
	CredentialsAttributes,
	DocumentReport,
	DocumentRule,
	PostModel,
} from '../engine/types';
import { memoByText } from './utils/memo';
import { PhraseIndex, tokenize, tokenizeFresh, type Token } from './utils/text';
import {
	BODY_NOUNS,
	JURISDICTION_GROUPS,
	MEMBERSHIP_MARKERS,
	MEMBERSHIPS,
	REGULATOR_ABBREVIATIONS,
	REGULATOR_NAME_GROUPS,
} from './data/regulators';
import {
	CREDENTIALS_BLOCK,
	credentialsBlock,
	filled,
	hasCredentials,
} from './missing-credentials';

/** A registration-like number: optional letter prefix, then digits with letters, slashes, dots or dashes. */
const NUMBER =
	/(?<![\p{L}\p{N}])[A-Z]{0,5}[ .-]?\d[\dA-Z/.-]{2,16}(?![\p{L}\p{N}])/gu;

/** Words just before a number that make it a registration ("Reg. No.", "licence #", "PIN", "NPI"). */
const KEYWORD =
	/\b(?:reg|regn|regd|registration|registered|licen[cs]e|licen[cs]ed|licen[cs]es|pin|npi|mcr)\b/iu;

/** A digit: a registration number has at least one. */
const DIGIT = /\d/u;

/** Every regular expression this rule uses, for the ReDoS test. */
export const patterns: RegExp[] = [ NUMBER, KEYWORD, DIGIT ];

/** Values that fill a field without saying anything ("N/A", "TBC"). */
const PLACEHOLDERS = new Set( [
	'NA',
	'NONE',
	'TBC',
	'TBA',
	'PENDING',
	'UNKNOWN',
	'X',
	'XX',
	'XXX',
	'',
] );

/**
 * How far before a number its keyword may be ("Registered with the GMC, number …");
 * long enough for the longest regulator names ("registered with the College of
 * Physicians and Surgeons of British Columbia (no. …)").
 */
const KEYWORD_WINDOW = 100;

/** How far around a number its issuing body may be named. */
const BODY_WINDOW = 200;

/** Regulator names and jurisdictions, looked up as word sequences. */
const PLACES_AND_BODIES = new PhraseIndex< string >(
	[ ...REGULATOR_NAME_GROUPS, ...JURISDICTION_GROUPS ].flatMap(
		( group ) => group.entries
	),
	( entry ) => [ entry ]
);

/** Regulator names alone (no places). */
const BODIES = new PhraseIndex< string >(
	REGULATOR_NAME_GROUPS.flatMap( ( group ) => group.entries ),
	( entry ) => [ entry ]
);

/**
 * Whether the tokens name an issuing body, or (unless `places` is false) a jurisdiction.
 *
 * @param tokens The words.
 * @param places Whether a jurisdiction alone counts.
 */
function namesBody( tokens: Token[], places = true ): boolean {
	const names = places ? PLACES_AND_BODIES : BODIES;
	for ( let i = 0; i < tokens.length; i++ ) {
		const token = tokens[ i ];
		if ( REGULATOR_ABBREVIATIONS.has( token.text ) ) {
			return true;
		}
		if ( names.matchAt( tokens, i ) ) {
			return true;
		}
		// "Maharashtra Medical Council", "Texas Board of Nursing", not "Royal College of Nursing".
		if ( BODY_NOUNS.has( token.lower ) && /^\p{Lu}/u.test( token.text ) ) {
			let membership = false;
			for (
				let k = Math.max( 0, i - 4 );
				k <= Math.min( tokens.length - 1, i + 1 );
				k++
			) {
				if ( MEMBERSHIP_MARKERS.has( tokens[ k ].lower ) ) {
					membership = true;
				}
			}
			if ( ! membership ) {
				return true;
			}
		}
	}
	return false;
}

/**
 * Whether a credentials block's "registration body" names a regulator or place, not a membership.
 * @param body
 */
export function isIssuingBody( body: string | undefined ): boolean {
	if ( ! filled( body ) ) {
		return false;
	}
	const text = ( body as string ).trim();
	const folded = text.replace( /[.\s/-]/g, '' ).toUpperCase();
	if ( MEMBERSHIPS.has( folded ) || PLACEHOLDERS.has( folded ) ) {
		return false;
	}
	const tokens = tokenize( text );
	if ( namesBody( tokens ) ) {
		return true;
	}
	// Free text is allowed: anything that is not a membership counts.
	return ! tokens.some( ( token ) => MEMBERSHIP_MARKERS.has( token.lower ) );
}

/** What the text says about a registration. */
interface TextRegistration {
	/** A number with its issuing body or jurisdiction. */
	withBody: boolean;
}

/**
 * Looks for "Reg. No. 74512, Kerala Nurses and Midwives Council" and the like in the post's text.
 * @param post
 */
function findTextRegistration( post: PostModel ): TextRegistration | undefined {
	let found: TextRegistration | undefined;
	// The credentials block's other fields may hold it too ("RN, NMC PIN 12A3456E").
	const blockTexts = post.credentials.map( ( block ) =>
		[ block.credentials, block.specialty, block.affiliation ]
			.filter( filled )
			.join( ', ' )
	);
	for ( const text of [
		...blockTexts,
		...post.units.map( ( u ) => u.text ),
	] ) {
		const kind = registrationMemo( text );
		if ( kind === 'withBody' ) {
			return { withBody: true };
		}
		if ( kind === 'number' ) {
			found = { withBody: false };
		}
	}
	return found;
}

/**
 * What one paragraph says about a registration: a number with its body, a
 * number alone, or nothing.
 *
 * @param text The paragraph's text.
 */
function registrationIn( text: string ): 'withBody' | 'number' | undefined {
	let found: 'number' | undefined;
	NUMBER.lastIndex = 0;
	let match: RegExpExecArray | null;
	while ( ( match = NUMBER.exec( text ) ) !== null ) {
		const start = match.index;
		const before = text.slice(
			Math.max( 0, start - KEYWORD_WINDOW ),
			start
		);
		const prefixTokens = tokenizeFresh( before );
		const numberTokens = tokenizeFresh( match[ 0 ] );
		// "Ontario College of Pharmacists #612348": a body or "#" just before the number.
		const hasKeyword =
			/#\s*$/.test( before ) ||
			namesBody( prefixTokens.slice( -6 ), false ) ||
			KEYWORD.test( before ) ||
			prefixTokens.some( ( t ) =>
				REGULATOR_ABBREVIATIONS.has( t.text )
			) ||
			numberTokens.some( ( t ) => REGULATOR_ABBREVIATIONS.has( t.text ) );
		if ( ! hasKeyword ) {
			continue;
		}
		const around = tokenizeFresh(
			text.slice(
				Math.max( 0, start - BODY_WINDOW ),
				Math.min( text.length, start + match[ 0 ].length + BODY_WINDOW )
			)
		);
		if ( namesBody( around ) ) {
			return 'withBody';
		}
		found = 'number';
	}
	return found;
}

/** {@link registrationIn}, remembered per paragraph. */
const registrationMemo = memoByText( registrationIn );

/**
 * A registration number in the block (one with a digit).
 * @param block
 */
function blockNumber(
	block: CredentialsAttributes | undefined
): string | undefined {
	const number = block?.registrationNumber;
	return filled( number ) && DIGIT.test( number as string )
		? number
		: undefined;
}

const rule: DocumentRule = {
	meta: {
		id: 'licensing/missing-registration',
		category: 'licensing',
		kind: 'document',
		severity: 'warning',
		docs: __(
			'Where a post gives the author’s credentials, it gives a registration or licence number and who issued it, so readers can check it.',
			'hcp-compliance'
		),
		guideline: __(
			'Public registers of health regulators (GMC, NMC, AHPRA, US state boards and the NPI registry) let readers check a clinician’s licence; AHPRA guidelines for advertising a regulated health service',
			'hcp-compliance'
		),
		messages: {
			noNumber: () =>
				__(
					'Your credentials are given but not your registration or licence number. Add it to the credentials block with the body that issued it (for example GMC, NMC, a state board or college), so readers can check your registration. A membership such as MRCGP is not a registration (regulators’ public registers; AHPRA advertising guidelines).',
					'hcp-compliance'
				),
			noBody: () =>
				__(
					'Your registration number is given without the body or jurisdiction that issued it. Add the regulator or licensing board (for example “General Medical Council” or “Texas Board of Nursing”) so readers can look it up (regulators’ public registers; AHPRA advertising guidelines).',
					'hcp-compliance'
				),
		},
	},
	check( post ): DocumentReport[] {
		if ( ! hasCredentials( post ) ) {
			return [];
		}
		const block = credentialsBlock( post );
		const number = blockNumber( block );
		let messageId: 'noNumber' | 'noBody';
		if ( number ) {
			if (
				isIssuingBody( block?.registrationBody ) ||
				namesBody( tokenizeFresh( number ) )
			) {
				return [];
			}
			if ( findTextRegistration( post )?.withBody ) {
				return [];
			}
			messageId = 'noBody';
		} else {
			const text = findTextRegistration( post );
			if ( text?.withBody ) {
				return [];
			}
			messageId = text ? 'noBody' : 'noNumber';
		}
		if ( ! block ) {
			return [ { messageId } ];
		}
		return [
			{
				messageId,
				fix: {
					type: 'update-block',
					name: CREDENTIALS_BLOCK,
					attributes: {
						registrationNumber: block.registrationNumber ?? '',
						registrationBody: block.registrationBody ?? '',
					},
				},
			},
		];
	},
};

export default rule;
