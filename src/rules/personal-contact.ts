/**
 * Rule networking/personal-contact: invitations to contact the clinician
 * personally ("DM me", "text me on 07…", "my personal email", "add me on
 * Facebook") instead of the practice's official channels.
 *
 * Phrases are looked up word by word (data/personal-contact.ts); the excerpt
 * grows over what the invitation names: the platform, handle, number or
 * address. An invitation that points to the practice ("call me at the
 * clinic", an address listed in the practice's official contacts), a negated
 * one ("please don't DM me") and a reported one ("patients call me …") do not fire.
 */
import { sprintf } from '@wordpress/i18n';

import { __ } from '../engine/i18n';
import type {
	RuleContext,
	SpanReport,
	SpanRule,
	TextUnit,
} from '../engine/types';
import {
	CONTACT_PHRASES,
	OFFICIAL_WORDS,
	PERSONAL_MAIL_DOMAINS,
	PLATFORMS,
	SEND_ME_PHRASES,
} from './data/personal-contact';
import {
	isNegated,
	isQuotedToDiscourage,
	patterns as textPatterns,
	PhraseIndex,
	sentenceBounds,
	tokenize,
	tokenizeFresh,
	type Token,
} from './utils/text';

/** An email address at the start of the text. */
const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/** A social-media handle at the start of the text. */
const HANDLE = /^@[\w.]+/;

/** A linking word between the invitation and what it names. */
const LINK_WORD = /^[\s:]*(?:on|at|via|through|using|by|to|is|:)\s+/i;

/** Leading white space (and a colon) before a handle or number. */
const LEADING = /^[\s:]*/;

/** Anything but a digit. */
const NON_DIGITS = /\D/g;

/** A digit. */
const DIGIT = /\d/;

/** Punctuation that opens a new clause before an invitation. */
const CLAUSE_GAP = /[.!?,;:\n(—–]/;

/** Every regular expression this rule uses, for the ReDoS test. */
export const patterns: RegExp[] = [
	EMAIL,
	HANDLE,
	LINK_WORD,
	LEADING,
	NON_DIGITS,
	DIGIT,
	CLAUSE_GAP,
	...textPatterns,
];

const listed = new Set( CONTACT_PHRASES.map( ( entry ) => entry.phrase ) );
const entries = [
	...CONTACT_PHRASES,
	...SEND_ME_PHRASES.filter( ( entry ) => ! listed.has( entry.phrase ) ),
];
const index = new PhraseIndex( entries, ( entry ) => [ entry.phrase ] );

/**
 * Anchor words of the phrases, each with the offsets at which it stands in
 * them: every phrase holds one of these few words ("me", "my"), so a phrase
 * can only start a fixed distance before one. Chosen greedily when the module
 * loads (the word in most phrases not yet covered, until all are), so the list
 * follows the data.
 */
const ANCHORS: ReadonlyMap< string, readonly number[] > = ( () => {
	const anchors = new Map< string, number[] >();
	let rest = entries
		.map( ( entry ) => tokenize( entry.phrase ).map( ( t ) => t.lower ) )
		.filter( ( words ) => words.length > 0 );
	while ( rest.length > 0 ) {
		const counts = new Map< string, number >();
		for ( const words of rest ) {
			for ( const word of new Set( words ) ) {
				counts.set( word, ( counts.get( word ) ?? 0 ) + 1 );
			}
		}
		let best = '';
		let most = 0;
		for ( const [ word, count ] of counts ) {
			if ( count > most ) {
				best = word;
				most = count;
			}
		}
		const offsets = anchors.get( best ) ?? [];
		for ( const words of rest ) {
			const at = words.indexOf( best );
			if ( at >= 0 && ! offsets.includes( at ) ) {
				offsets.push( at );
			}
		}
		anchors.set( best, offsets );
		rest = rest.filter( ( words ) => ! words.includes( best ) );
	}
	return anchors;
} )();

/**
 * Shapes of the anchor words: entry `n * 128 + c` is 1 when an anchor has `n`
 * characters (under 32) and starts with the ASCII char code `c`. Most words
 * fail this test, which is cheaper than a hash look-up.
 */
const ANCHOR_SHAPES = new Uint8Array( 32 * 128 );
for ( const anchor of ANCHORS.keys() ) {
	const code = anchor.charCodeAt( 0 );
	if ( anchor.length < 32 && code < 128 ) {
		ANCHOR_SHAPES[ anchor.length * 128 + code ] = 1;
	}
}

/**
 * Offsets of the anchor word, or undefined when the word is no anchor.
 * @param word The folded word.
 */
function anchorOffsets( word: string ): readonly number[] | undefined {
	const code = word.charCodeAt( 0 );
	if (
		word.length < 32 &&
		code < 128 &&
		ANCHOR_SHAPES[ word.length * 128 + code ] === 0
	) {
		return undefined;
	}
	return ANCHORS.get( word );
}

/**
 * Every non-overlapping longest phrase match, left to right: the same as
 * `index.find( tokens )`, but matching only where an anchor word a known
 * distance on lets a phrase start, rather than at every word.
 * @param tokens Words of the unit.
 */
function findPhrases( tokens: Token[] ) {
	const starts: number[] = [];
	for ( let i = 0; i < tokens.length; i++ ) {
		const offsets = anchorOffsets( tokens[ i ].lower );
		if ( offsets !== undefined ) {
			for ( const offset of offsets ) {
				if ( i - offset >= 0 ) {
					starts.push( i - offset );
				}
			}
		}
	}
	const found: Array< NonNullable< ReturnType< typeof index.matchAt > > > =
		[];
	if ( starts.length === 0 ) {
		return found;
	}
	starts.sort( ( a, b ) => a - b );
	let from = 0;
	for ( const start of starts ) {
		if ( start < from ) {
			continue;
		}
		const match = index.matchAt( tokens, start );
		if ( match ) {
			found.push( match );
			from = match.last;
		} else {
			from = start + 1;
		}
	}
	return found;
}

/** Words that may stand before an invitation ("just text me", "feel free to DM me"). */
const INVITING_BEFORE = new Set( [
	'just',
	'please',
	'simply',
	'or',
	'and',
	'then',
	'can',
	'could',
	'to',
	'also',
	'so',
	'otherwise',
	'always',
	'pls',
	'plz',
	'welcome',
	'free',
	'alternatively',
] );

/** "my …" phrases that name a channel only when a contact verb or number is near. */
const NEEDS_CONTACT_VERB = new Set( [
	'my mobile',
	'my cell',
	'my cell phone',
	'my cellphone',
	'my mobile number',
	'my whatsapp',
	'my number is',
	'my dms',
	'my personal instagram',
	'my personal facebook',
	'my personal whatsapp',
] );

/** Verbs that make "my mobile" an invitation ("call my mobile"). */
const CONTACT_VERBS = new Set( [
	'call',
	'text',
	'ring',
	'message',
	'reach',
	'contact',
	'whatsapp',
	'phone',
	'dm',
	'on',
	'is',
] );

/**
 * Drops the full stops that end a sentence after a handle or address.
 * @param value
 */
function trimDots( value: string ): string {
	let end = value.length;
	while ( end > 0 && value[ end - 1 ] === '.' ) {
		end--;
	}
	return value.slice( 0, end );
}

/**
 * Length of a phone number starting at `from` (digits, spaces, brackets, dashes), or 0.
 * @param text
 * @param from
 */
function phoneLength( text: string, from: number ): number {
	let i = from;
	let digits = 0;
	let lastDigit = from;
	if ( text[ i ] === '+' ) {
		i++;
	}
	while ( i < text.length && i - from < 24 ) {
		const ch = text[ i ];
		if ( ch >= '0' && ch <= '9' ) {
			digits++;
			lastDigit = i + 1;
		} else if ( ! (
			ch === ' ' ||
			ch === '(' ||
			ch === ')' ||
			ch === '-' ||
			ch === '.'
		) ) {
			break;
		}
		i++;
	}
	return digits >= 6 ? lastDigit - from : 0;
}

/**
 * One thing an invitation names, at `from`: a handle, an email, a phone number or a platform word.
 * @param text
 * @param from
 */
function namedChannel(
	text: string,
	from: number
): { end: number; email?: string; phone?: string } | undefined {
	const rest = text.slice( from, from + 80 );
	const handle = HANDLE.exec( rest );
	if ( handle ) {
		return { end: from + trimDots( handle[ 0 ] ).length };
	}
	const email = EMAIL.exec( rest );
	if ( email ) {
		const address = trimDots( email[ 0 ] );
		return { end: from + address.length, email: address };
	}
	const phone = phoneLength( text, from );
	if ( phone > 0 ) {
		return { end: from + phone, phone: text.slice( from, from + phone ) };
	}
	const word = tokenizeFresh( rest.slice( 0, 20 ) )[ 0 ];
	if ( word && word.start === 0 && PLATFORMS.has( word.lower ) ) {
		return { end: from + word.end };
	}
	return undefined;
}

/**
 * Folds a contact for comparison with the official ones: digits only for phones.
 * @param value
 */
function foldContact( value: string ): string {
	const digits = value.replace( NON_DIGITS, '' );
	return digits.length >= 6 ? digits : value.trim().toLowerCase();
}

/**
 * What follows an invitation: its excerpt end and whether it names an official or personal channel.
 * @param text
 * @param end
 * @param context
 */
function extend( text: string, end: number, context: RuleContext ) {
	let result = end;
	let official = false;
	let personal = false;
	const officials = new Set( context.officialContacts.map( foldContact ) );
	for ( let step = 0; step < 3; step++ ) {
		const rest = text.slice( result, result + 20 );
		const link = LINK_WORD.exec( rest ) ?? LEADING.exec( rest );
		const from = result + ( link ? link[ 0 ].length : 0 );
		const channel = namedChannel( text, from );
		if ( ! channel ) {
			break;
		}
		const value = channel.email ?? channel.phone;
		if ( value && officials.has( foldContact( value ) ) ) {
			official = true;
		}
		if (
			channel.email &&
			PERSONAL_MAIL_DOMAINS.has(
				channel.email.split( '@' )[ 1 ].toLowerCase()
			)
		) {
			personal = true;
		}
		result = channel.end;
	}
	return { end: result, official, personal };
}

/**
 * Whether the next few words point to the practice ("call me at the clinic").
 * @param tokens
 * @param last
 */
function pointsToPractice( tokens: Token[], last: number ): boolean {
	for ( let k = last; k < Math.min( tokens.length, last + 5 ); k++ ) {
		if ( OFFICIAL_WORDS.has( tokens[ k ].lower ) ) {
			return true;
		}
	}
	return false;
}

/** Phrases that are also idioms ("call me old-fashioned"). */
const CALL_PHRASES = new Set( [ 'call me', 'ring me', 'phone me' ] );

/** Words after "call me" that make it a request to phone ("call me on …", "call me anytime"). */
const CALL_FOLLOWERS = new Set( [
	'on',
	'at',
	'anytime',
	'any',
	'if',
	'when',
	'whenever',
	'for',
	'with',
	'to',
	'directly',
	'tonight',
	'tomorrow',
	'after',
	'before',
	'back',
	'or',
	'and',
	'via',
	'now',
] );

/**
 * Whether "call me" asks for a phone call: followed by a channel, a time or
 * the end of the clause, not by a description ("call me old-fashioned").
 * @param text   The unit text.
 * @param tokens Words of the unit.
 * @param next   Index of the word after "me".
 */
function callsForContact(
	text: string,
	tokens: Token[],
	next: number
): boolean {
	const after = tokens[ next ];
	if ( ! after ) {
		return true;
	}
	if (
		CLAUSE_GAP.test( text.slice( tokens[ next - 1 ].end, after.start ) )
	) {
		return true;
	}
	return CALL_FOLLOWERS.has( after.lower ) || DIGIT.test( after.text[ 0 ] );
}

/**
 * Whether the invitation at token `first` is addressed to the reader (not "patients call me …").
 * @param unit
 * @param tokens
 * @param first
 * @param phrase
 */
function isInvitation(
	unit: TextUnit,
	tokens: Token[],
	first: number,
	phrase: string
): boolean {
	if ( phrase.startsWith( 'my ' ) ) {
		if ( ! NEEDS_CONTACT_VERB.has( phrase ) ) {
			return true;
		}
		const before = tokens[ first - 1 ]?.lower ?? '';
		const after = tokens[ first + phrase.split( ' ' ).length ]?.lower ?? '';
		return (
			CONTACT_VERBS.has( before ) ||
			CONTACT_VERBS.has( after ) ||
			DIGIT.test(
				unit.text.slice( tokens[ first ].end, tokens[ first ].end + 30 )
			)
		);
	}
	if (
		CALL_PHRASES.has( phrase ) &&
		! callsForContact( unit.text, tokens, first + 2 )
	) {
		return false;
	}
	if ( first === 0 ) {
		return true;
	}
	const previous = tokens[ first - 1 ];
	const gap = unit.text.slice( previous.end, tokens[ first ].start );
	if ( CLAUSE_GAP.test( gap ) ) {
		return true;
	}
	return INVITING_BEFORE.has( previous.lower );
}

/** Verbs that report a reader's request ("readers ask whether they can message me"). */
const ASKING_VERBS = new Set( [
	'ask',
	'asks',
	'asked',
	'asking',
	'wonder',
	'wonders',
	'wondered',
	'wondering',
] );

/**
 * Whether the invitation at token `first` is a request the writer reports
 * ("readers sometimes ask whether they can message me"): a verb of asking,
 * then "whether" or "if", in the few words before it within its sentence.
 * @param text   The unit text.
 * @param tokens Words of the unit.
 * @param first  Index of the invitation's first word.
 */
function isReportedRequest(
	text: string,
	tokens: Token[],
	first: number
): boolean {
	const sentenceStart = sentenceBounds(
		text,
		tokens[ first ].start,
		tokens[ first ].end
	)[ 0 ];
	let question = false;
	for ( let k = first - 1; k >= 0 && k >= first - 6; k-- ) {
		const token = tokens[ k ];
		if ( token.start < sentenceStart ) {
			break;
		}
		if ( token.lower === 'whether' || token.lower === 'if' ) {
			question = true;
		} else if ( question && ASKING_VERBS.has( token.lower ) ) {
			return true;
		}
	}
	return false;
}

/** Words that may open a refusal before "don't" ("Please don't.", "But please don't."). */
const REFUSAL_OPENERS = new Set( [ 'please', 'but', 'so', 'and' ] );

/** Words after "don't" that refuse contact ("Please don't message me"), unlike "don't hesitate". */
const REFUSED_ACTS = new Set( [
	...CONTACT_VERBS,
	'do',
	'send',
	'email',
	'expect',
	'use',
] );

/**
 * Whether the sentence after the invitation refuses it ("… whether they can
 * message me privately. Please don't; …"): it opens with "(please) don't"
 * or "do not" standing alone or before a verb of contact, not "Please don't
 * hesitate to …".
 * @param text The unit text.
 * @param end  End of the invitation.
 */
function refusedNext( text: string, end: number ): boolean {
	const sentenceEnd = sentenceBounds( text, end - 1, end )[ 1 ];
	const next = tokenizeFresh( text.slice( sentenceEnd, sentenceEnd + 60 ) );
	let k = 0;
	while ( k < 2 && REFUSAL_OPENERS.has( next[ k ]?.lower ?? '' ) ) {
		k++;
	}
	let word = next[ k ]?.lower;
	if ( word === 'do' && next[ k + 1 ]?.lower === 'not' ) {
		k++;
		word = 'not';
	} else if ( word !== "don't" && word !== 'dont' ) {
		return false;
	}
	const after = next[ k + 1 ];
	if ( ! after ) {
		return true;
	}
	const gap = text.slice(
		sentenceEnd + next[ k ].end,
		sentenceEnd + after.start
	);
	return CLAUSE_GAP.test( gap ) || REFUSED_ACTS.has( after.lower );
}

const rule: SpanRule = {
	meta: {
		id: 'networking/personal-contact',
		category: 'networking',
		kind: 'span',
		severity: 'warning',
		docs: __(
			'Invite patients and readers to the practice’s official channels, not to your personal phone, email or social accounts.',
			'hcp-compliance'
		),
		guideline: __(
			'GMC guidance on doctors’ use of social media (professional boundaries); AMA Code of Medical Ethics Opinion 2.3.2; NCSBN social media guidelines; HIPAA Security Rule (patient information outside secure channels)',
			'hcp-compliance'
		),
		messages: {
			personalChannel: ( data ) =>
				sprintf(
					/* translators: %s: the invitation found in the text, e.g. "DM me on Instagram". */
					__(
						'"%s" invites readers to contact you personally. Messages about health then sit outside the practice record and its security, and blur professional boundaries. Point readers to the practice’s official phone, email or booking page instead (GMC social media guidance; AMA Opinion 2.3.2; NCSBN).',
						'hcp-compliance'
					),
					data.excerpt
				),
		},
	},
	check: ( unit, context ) => {
		const { text } = unit;
		if ( text.length === 0 ) {
			return [];
		}
		const tokens = tokenize( text );
		const reports: SpanReport[] = [];
		let coveredUntil = -1;
		for ( const match of findPhrases( tokens ) ) {
			if ( match.start < coveredUntil ) {
				continue;
			}
			if (
				! isInvitation(
					unit,
					tokens,
					match.first,
					match.entry.phrase
				) ||
				isNegated( text, match.start, match.end ) ||
				isQuotedToDiscourage( text, match.start, match.end ) ||
				isReportedRequest( text, tokens, match.first ) ||
				refusedNext( text, match.end )
			) {
				continue;
			}
			const { end, official, personal } = extend(
				text,
				match.end,
				context
			);
			if (
				official ||
				( ! personal && pointsToPractice( tokens, match.last ) )
			) {
				continue;
			}
			// "call my mobile": keep the verb that makes "my mobile" an invitation.
			const verb = tokens[ match.first - 1 ];
			const start =
				match.entry.phrase.startsWith( 'my ' ) &&
				verb &&
				CONTACT_VERBS.has( verb.lower ) &&
				verb.lower !== 'on' &&
				verb.lower !== 'is'
					? verb.start
					: match.start;
			const range: [ number, number ] = [ start, end ];
			const target = context.officialContacts[ 0 ];
			const replacement = target
				? sprintf(
						/* translators: %s: the practice's official phone number or email. */
						__( 'contact the practice on %s', 'hcp-compliance' ),
						target
					)
				: __(
						'contact the practice through its official phone, email or booking page',
						'hcp-compliance'
					);
			reports.push( {
				messageId: 'personalChannel',
				range,
				data: { excerpt: text.slice( range[ 0 ], range[ 1 ] ) },
				suggestions: [
					{
						label: __(
							'Point to the practice’s official contact',
							'hcp-compliance'
						),
						fix: { type: 'replace', range, text: replacement },
					},
				],
			} );
			coveredUntil = end;
		}
		return reports;
	},
};

export default rule;
