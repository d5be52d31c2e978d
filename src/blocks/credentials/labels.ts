/**
 * The fixed phrases of the credentials header ("Reg. no.", the capacity
 * sentence), frozen into the block's `labels` attribute when the author edits.
 *
 * Static blocks are validated by re-running `save()`; if `save()` translated its
 * phrases itself, a post saved in one editor language would show as invalid in
 * another. Keeping the phrases the author saw in the block's attributes makes
 * `save()` depend on attributes only.
 */
import { __ } from '@wordpress/i18n';

import type { CredentialsBlockAttributes } from './types';

/** Keys of the phrases; a block stores only the ones its header uses. */
export type LabelKey =
	| 'numberAndBody'
	| 'numberOnly'
	| 'bodyOnly'
	| 'independent'
	| 'employerNamed'
	| 'employer'
	| 'disclosures';

/** Phrases by key; `%1$s`/`%2$s`/`%s` are filled with attribute values. */
export type Labels = Partial< Record< LabelKey, string > >;

/**
 * Every phrase in the editor's current language.
 *
 * @return The phrases by key.
 */
export function currentLabels(): Record< LabelKey, string > {
	return {
		/* translators: 1: registration number, 2: issuing body, e.g. "Reg. no. 1234567, General Medical Council". */
		numberAndBody: __( 'Reg. no. %1$s, %2$s', 'hcp-compliance' ),
		/* translators: %s: registration number. */
		numberOnly: __( 'Reg. no. %s', 'hcp-compliance' ),
		/* translators: %s: issuing body or jurisdiction. */
		bodyOnly: __( 'Registered with %s', 'hcp-compliance' ),
		independent: __(
			'Writing in a personal capacity; views are my own.',
			'hcp-compliance'
		),
		/* translators: %s: the organisation the author writes for. */
		employerNamed: __( 'Writing on behalf of %s.', 'hcp-compliance' ),
		employer: __( 'Writing on behalf of my employer.', 'hcp-compliance' ),
		disclosures: __( 'Disclosures:', 'hcp-compliance' ),
	};
}

/**
 * Trims an optional attribute value.
 *
 * @param value Attribute value.
 * @return The trimmed text ('' for none).
 */
export function clean( value: unknown ): string {
	return typeof value === 'string' ? value.trim() : '';
}

/**
 * Which phrases a header with these attributes shows.
 *
 * @param attributes Block attributes.
 * @return The keys, in reading order.
 */
export function usedLabelKeys(
	attributes: CredentialsBlockAttributes
): LabelKey[] {
	const keys: LabelKey[] = [];
	const number = clean( attributes.registrationNumber );
	const body = clean( attributes.registrationBody );
	if ( number && body ) {
		keys.push( 'numberAndBody' );
	} else if ( number ) {
		keys.push( 'numberOnly' );
	} else if ( body ) {
		keys.push( 'bodyOnly' );
	}
	if ( attributes.capacity === 'independent' ) {
		keys.push( 'independent' );
	} else if ( attributes.capacity === 'employer' ) {
		keys.push(
			clean( attributes.affiliation ) ? 'employerNamed' : 'employer'
		);
	}
	if ( clean( attributes.disclosures ) ) {
		keys.push( 'disclosures' );
	}
	return keys;
}

/**
 * The phrases a header with these attributes needs, in the current language.
 *
 * @param attributes Block attributes.
 * @return Only the phrases the header shows.
 */
export function labelsFor( attributes: CredentialsBlockAttributes ): Labels {
	const all = currentLabels();
	return Object.fromEntries(
		usedLabelKeys( attributes ).map( ( key ) => [ key, all[ key ] ] )
	);
}

/**
 * Fills `%s`, `%1$s`, `%2$s` in a phrase, in one pass so values are never re-read as placeholders.
 *
 * @param template Phrase with placeholders.
 * @param values   Values in placeholder order.
 * @return The phrase as plain text (React escapes it when rendered).
 */
export function fill( template: string, ...values: string[] ): string {
	let next = 0;
	return template.replace(
		/%(?:(\d)\$)?s/g,
		( _match, position?: string ) => {
			const index = position ? Number( position ) - 1 : next++;
			return values[ index ] ?? '';
		}
	);
}
