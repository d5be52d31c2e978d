/**
 * Finds a finding's range in a block attribute's rich text.
 *
 * The analyzer measures ranges in the attribute's plain text; the editor's
 * rich-text value can differ (an inline image is one object character there),
 * and the text may have moved on since the analysis. The excerpt settles it.
 */
import { create, RichTextData } from '@wordpress/rich-text';
import type { RichTextValue } from '@wordpress/rich-text';

/** The character rich text uses for an inline object such as an image. */
const OBJECT_REPLACEMENT = '\ufffc';

/**
 * The rich-text value of a block attribute (an HTML string or `RichTextData`).
 *
 * @param value The attribute's value.
 */
export function toRichTextValue( value: unknown ): RichTextValue | undefined {
	if ( value instanceof RichTextData ) {
		return create( { html: value.toHTMLString() } );
	}
	if ( typeof value === 'string' ) {
		return create( { html: value } );
	}
	if (
		value &&
		typeof ( value as { toHTMLString?: unknown } ).toHTMLString ===
			'function'
	) {
		return create( {
			html: ( value as { toHTMLString: () => string } ).toHTMLString(),
		} );
	}
	return undefined;
}

/**
 * Maps a plain-text range into rich text, where every inline object adds a character.
 *
 * @param text  The rich text's characters.
 * @param range The range in plain text.
 */
function shiftPastObjects(
	text: string,
	range: [ number, number ]
): [ number, number ] {
	let plain = 0;
	let start = -1;
	for ( let i = 0; i <= text.length; i++ ) {
		if ( text[ i ] === OBJECT_REPLACEMENT ) {
			continue;
		}
		if ( plain === range[ 0 ] && start < 0 ) {
			start = i;
		}
		if ( plain === range[ 1 ] ) {
			return [ Math.max( start, 0 ), i ];
		}
		plain++;
	}
	return [ Math.min( range[ 0 ], text.length ), text.length ];
}

/**
 * The range of a finding in rich text: where the excerpt is, nearest to the
 * analysed position; `undefined` when the excerpt is no longer there.
 *
 * @param text    The rich text's characters.
 * @param range   The range the analyzer reported (plain-text offsets).
 * @param excerpt The exact text found, when the rule gave one.
 */
export function locateRange(
	text: string,
	range: [ number, number ],
	excerpt?: string
): [ number, number ] | undefined {
	const shifted = shiftPastObjects( text, range );
	if ( ! excerpt ) {
		return shifted;
	}
	if ( text.slice( shifted[ 0 ], shifted[ 1 ] ) === excerpt ) {
		return shifted;
	}
	let best: number | undefined;
	for (
		let at = text.indexOf( excerpt );
		at >= 0;
		at = text.indexOf( excerpt, at + 1 )
	) {
		if (
			best === undefined ||
			Math.abs( at - shifted[ 0 ] ) < Math.abs( best - shifted[ 0 ] )
		) {
			best = at;
		}
	}
	return best === undefined ? undefined : [ best, best + excerpt.length ];
}
