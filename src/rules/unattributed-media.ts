/**
 * Rule legality/unattributed-media: an image, video or embed with no credit,
 * source or licence in its caption.
 *
 * The caption counts when it names a source, an author or a licence ("Photo:
 * …", "Image courtesy of …", "© …", "CC BY 4.0", "Video: X, via YouTube",
 * "Photo: my own"). Alt text describes the picture for screen readers and is
 * not attribution. A credit line right beside the media (the next line of a
 * classic post) counts too, but only when it starts as a credit line.
 */
import { __ } from '../engine/i18n';
import type { MediaRule } from '../engine/types';
import {
	BY_LABELS,
	CREDIT_LABELS,
	CREDIT_PHRASES,
	SOURCE_PREPOSITIONS,
} from './data/attribution';
import { patterns as textPatterns, PhraseIndex, tokenize } from './utils/text';

/** A colon (or "by") right after a credit label: "Photo: …", "Video by …". */
const AFTER_LABEL = /^\s*(?::|by\b|credit\b)/i;

/** "by" right after a label: "Diagram by …". */
const AFTER_BY = /^\s*by\b/i;

/** A copyright sign or "(c)" notice. */
const COPYRIGHT_SIGN = /©|\(c\)\s*\d{4}/i;

/** A word that starts with a capital letter (a name). */
const CAPITALISED = /^\p{Lu}/u;

/** Every regular expression this rule uses, for the ReDoS test. */
export const patterns: RegExp[] = [
	AFTER_LABEL,
	AFTER_BY,
	CAPITALISED,
	COPYRIGHT_SIGN,
	...textPatterns,
];

const creditIndex = new PhraseIndex( CREDIT_PHRASES, ( entry ) => [
	entry.phrase,
] );

/**
 * Whether a word opens a credit: "Photo: …", "Image by …"; labels that usually
 * number or describe a picture ("Figure 2: …", "Diagram: …") count only with "by".
 * @param word  The folded word.
 * @param after The few characters after it.
 */
function isCreditLabel( word: string, after: string ): boolean {
	if ( CREDIT_LABELS.has( word ) ) {
		return AFTER_LABEL.test( after );
	}
	return BY_LABELS.has( word ) && AFTER_BY.test( after );
}

/**
 * Whether a caption credits its media: a credit label, phrase, licence, source or ©.
 * @param caption
 */
export function isAttribution( caption: string ): boolean {
	if ( caption.trim() === '' ) {
		return false;
	}
	if ( COPYRIGHT_SIGN.test( caption ) ) {
		return true;
	}
	const tokens = tokenize( caption );
	for ( let i = 0; i < tokens.length; i++ ) {
		const word = tokens[ i ].lower;
		if (
			isCreditLabel(
				word,
				caption.slice( tokens[ i ].end, tokens[ i ].end + 8 )
			)
		) {
			return true;
		}
		if ( SOURCE_PREPOSITIONS.has( word ) && i + 1 < tokens.length ) {
			return true;
		}
		if ( creditIndex.matchAt( tokens, i ) ) {
			return true;
		}
		// "From the NHS website", "Adapted from Smith": a named source.
		if ( word === 'from' ) {
			const next =
				tokens[ i + 1 ]?.lower === 'the'
					? tokens[ i + 2 ]
					: tokens[ i + 1 ];
			if ( next && CAPITALISED.test( next.text ) ) {
				return true;
			}
		}
	}
	return false;
}

/**
 * Whether the text beside the media opens with a credit line ("Photo: …" on the next line).
 * @param nearby
 */
function nearbyCredit( nearby: string | undefined ): boolean {
	if ( ! nearby ) {
		return false;
	}
	const firstLine = nearby.trimStart().split( '\n', 1 )[ 0 ].slice( 0, 160 );
	const first = tokenize( firstLine )[ 0 ];
	if ( ! first ) {
		return COPYRIGHT_SIGN.test( firstLine );
	}
	const opensAsCredit =
		isCreditLabel(
			first.lower,
			firstLine.slice( first.end, first.end + 8 )
		) ||
		creditIndex.matchAt( tokenize( firstLine ), 0 ) !== undefined ||
		firstLine.trimStart().startsWith( '©' );
	return opensAsCredit;
}

const rule: MediaRule = {
	meta: {
		id: 'legality/unattributed-media',
		category: 'legality',
		kind: 'span',
		severity: 'warning',
		docs: __(
			'Credit every image, video and embed: say who made it, where it comes from, or under which licence you use it.',
			'hcp-compliance'
		),
		guideline: __(
			'Copyright law (US 17 U.S.C. §106; UK Copyright, Designs and Patents Act 1988) and the media’s licence terms; HONcode principle of attribution',
			'hcp-compliance'
		),
		messages: {
			noCredit: () =>
				__(
					'This image, video or embed has no credit, source or licence. Add a caption such as "Photo: name", "Image courtesy of …", "Video: channel, via YouTube" or the licence ("CC BY 4.0"), or "Photo: my own" for your own picture. Alt text describes the picture; it is not a credit. Using media without permission can breach copyright and the platform’s terms.',
					'hcp-compliance'
				),
		},
	},
	checkMedia: ( media ) => {
		if (
			media.url.trim() === '' ||
			isAttribution( media.caption ) ||
			nearbyCredit( media.nearbyText )
		) {
			return [];
		}
		return [ { messageId: 'noCredit', range: [ 0, media.url.length ] } ];
	},
};

export default rule;
