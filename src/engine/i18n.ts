/**
 * `__()` for the analyzer, remembered per string.
 *
 * The rules translate the same few messages for every finding, and each call of
 * the package's `__()` looks the string up and runs two filter hooks. The memo
 * is emptied whenever the package says that its locale data or its i18n
 * filters changed (`subscribe()`), so translations loaded later (the editor
 * sends them to the analysis worker) are used at once.
 */
import { __ as translate, subscribe } from '@wordpress/i18n';

/** Translations by text domain, then by source string. */
let memo = new Map< string | undefined, Map< string, string > >();

subscribe( () => {
	memo = new Map();
} );

/**
 * Translates a string, as `__()` of @wordpress/i18n does (with its types, which
 * `sprintf()` reads to check its arguments).
 *
 * @param text   The string to translate.
 * @param domain Its text domain.
 */
function remembered( text: string, domain?: string ): string {
	let strings = memo.get( domain );
	if ( strings === undefined ) {
		strings = new Map();
		memo.set( domain, strings );
	}
	let translation = strings.get( text );
	if ( translation === undefined ) {
		translation = translate( text, domain );
		strings.set( text, translation );
	}
	return translation;
}

export const __ = remembered as typeof translate;
